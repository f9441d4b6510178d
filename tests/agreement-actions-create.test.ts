/**
 * createAgreementAction end to end against a real database: who may create,
 * what a create writes, and idempotent replays of one form submission.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { createAgreementAction } from "@/app/(app)/agreements/actions";
import { agreements } from "@/db/schema";
import { agreementInput, agreementRow, auditFor, baseFixtures, counts, partiesOf, signIn, state, uuid, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  signIn(null);
  vi.clearAllMocks();
});

const EMPTY = { agreements: 0, parties: 0, progress: 0, audit: 0 };

describe("createAgreementAction: who may create", () => {
  it.each(["staff", "admin"] as const)("%s creates: ok + id, the row, parties in order and one audit 'create'", async (role) => {
    const user = fx.users[role];
    signIn(user);
    const submissionKey = uuid();
    const result = await createAgreementAction({ agreement: agreementInput(fx), submissionKey });

    expect(result).toEqual({ ok: true, data: { id: expect.any(Number), replayed: false } });
    if (!result.ok) return;
    const id = result.data.id;

    const row = await agreementRow(t.db, id);
    expect(row).toMatchObject({
      reference: "CQ-2024-0001",
      titleZh: "消费金融数字化转型联合实验室合作协议",
      titleEn: "Joint lab for consumer-finance digitalisation",
      summary: null,
      categoryId: fx.cat.fin.id,
      eventId: fx.expo.id,
      status: "signed",
      signedOn: "2024-08-22",
      termStart: "2024-09-01",
      termEnd: "2027-08-31",
      signedValue: "350000000.00",
      valueKind: "binding",
      currency: "CNY",
      version: 1,
      submissionKey,
      createdBy: user.id,
      updatedBy: user.id,
      deletedAt: null,
    });

    const parties = await partiesOf(t.db, id);
    expect(parties.map((p) => [p.position, p.organizationId, p.isLead, p.signatoryName, p.signatoryTitle])).toEqual([
      [1, fx.org.cqrcb.id, false, null, null],
      [2, fx.org.msxj.id, true, "赵国庆", "董事长"],
    ]);

    const audit = await auditFor(t.db, id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", entity: "agreement", entityId: String(id), actorId: user.id, before: null });
    expect(audit[0].after).toMatchObject({
      reference: "CQ-2024-0001",
      signedValue: "350000000.00",
      parties: [
        { organizationId: fx.org.cqrcb.id, nameZh: "重庆农村商业银行股份有限公司", position: 1, isLead: false },
        { organizationId: fx.org.msxj.id, nameZh: "马上消费金融股份有限公司", position: 2, isLead: true },
      ],
    });
    expect(await counts(t.db)).toEqual({ agreements: 1, parties: 2, progress: 0, audit: 1 });
    expect(vi.mocked(revalidatePath)).toHaveBeenCalledWith("/", "layout");
  });

  it("executive is refused with FORBIDDEN and nothing is written", async () => {
    signIn(fx.users.executive);
    await expect(createAgreementAction({ agreement: agreementInput(fx), submissionKey: uuid() })).rejects.toThrow("FORBIDDEN");
    expect(await counts(t.db)).toEqual(EMPTY);
  });

  it("executive gets FORBIDDEN even for invalid input (the role check runs before parsing)", async () => {
    signIn(fx.users.executive);
    await expect(
      createAgreementAction({ agreement: agreementInput(fx, { signedValue: "abc" }), submissionKey: "not-a-uuid" }),
    ).rejects.toThrow("FORBIDDEN");
    expect(await counts(t.db)).toEqual(EMPTY);
  });

  it("signed out: redirected to sign in and nothing is written", async () => {
    signIn(null);
    await expect(createAgreementAction({ agreement: agreementInput(fx), submissionKey: uuid() })).rejects.toThrow("NEXT_REDIRECT");
    expect(await counts(t.db)).toEqual(EMPTY);
  });

  it("a deactivated user counts as signed out: redirected and nothing is written", async () => {
    signIn(fx.users.deactivated);
    await expect(createAgreementAction({ agreement: agreementInput(fx), submissionKey: uuid() })).rejects.toThrow("NEXT_REDIRECT");
    expect(await counts(t.db)).toEqual(EMPTY);
  });
});

describe("createAgreementAction: idempotent per submission key", () => {
  it("a replay with the same submissionKey returns the same id (replayed: true); one agreement, one audit 'create'", async () => {
    signIn(fx.users.staff);
    const submissionKey = uuid();
    const first = await createAgreementAction({ agreement: agreementInput(fx), submissionKey });
    const second = await createAgreementAction({ agreement: agreementInput(fx), submissionKey });

    expect(first).toEqual({ ok: true, data: { id: expect.any(Number), replayed: false } });
    if (!first.ok) return;
    expect(second).toEqual({ ok: true, data: { id: first.data.id, replayed: true } });
    expect(await counts(t.db)).toEqual({ agreements: 1, parties: 2, progress: 0, audit: 1 });
    expect((await auditFor(t.db, first.data.id)).map((a) => a.action)).toEqual(["create"]);
  });

  it("a double-click (two concurrent requests with one submissionKey) creates one agreement and answers both", async () => {
    signIn(fx.users.staff);
    const submissionKey = uuid();
    const results = await Promise.allSettled([
      createAgreementAction({ agreement: agreementInput(fx), submissionKey }),
      createAgreementAction({ agreement: agreementInput(fx), submissionKey }),
    ]);
    // A rejection is shown with its database cause (e.g. a unique violation), not just "rejected".
    const outcomes = results.map((r) => (r.status === "rejected" ? `rejected: ${String((r.reason as Error).cause ?? r.reason)}` : r.value));
    const [row] = await t.db.select({ id: agreements.id }).from(agreements).where(eq(agreements.submissionKey, submissionKey));
    expect(outcomes).toHaveLength(2);
    expect(outcomes).toEqual(
      expect.arrayContaining([
        { ok: true, data: { id: row?.id, replayed: false } },
        { ok: true, data: { id: row?.id, replayed: true } },
      ]),
    );
    expect(await counts(t.db)).toEqual({ agreements: 1, parties: 2, progress: 0, audit: 1 });
  });

  it("a new submissionKey is a new submission: the same reference is then refused as taken", async () => {
    signIn(fx.users.staff);
    await createAgreementAction({ agreement: agreementInput(fx), submissionKey: uuid() });
    const again = await createAgreementAction({ agreement: agreementInput(fx), submissionKey: uuid() });
    expect(again).toMatchObject({ ok: false, code: "invalid", fieldErrors: { "agreement.reference": ["referenceTaken"] } });
    expect(await counts(t.db)).toEqual({ agreements: 1, parties: 2, progress: 0, audit: 1 });
  });

  it("a submissionKey that is not a UUID is refused", async () => {
    signIn(fx.users.staff);
    const result = await createAgreementAction({ agreement: agreementInput(fx), submissionKey: "abc" });
    expect(result).toEqual({ ok: false, code: "invalid", message: "invalid", fieldErrors: { submissionKey: ["invalidSubmission"] } });
    expect(await counts(t.db)).toEqual(EMPTY);
  });
});

describe("createAgreementAction: the owner (负责人)", () => {
  it("is the creator by default, or the staff member or admin chosen, audited as a reassignment", async () => {
    signIn(fx.users.staff);
    const mine = await createAgreementAction({ agreement: agreementInput(fx), submissionKey: uuid(), ownerId: "" });
    if (!mine.ok) throw new Error("create failed");
    expect((await agreementRow(t.db, mine.data.id)).ownerId).toBe(fx.users.staff.id);

    const theirs = await createAgreementAction({ agreement: { ...agreementInput(fx), reference: "CQ-2024-0002" }, submissionKey: uuid(), ownerId: fx.users.admin.id });
    if (!theirs.ok) throw new Error("create failed");
    expect((await agreementRow(t.db, theirs.data.id)).ownerId).toBe(fx.users.admin.id);
    expect((await auditFor(t.db, theirs.data.id)).map((a) => [a.action, a.after && (a.after as Record<string, unknown>).ownerName])).toEqual([
      ["create", undefined],
      ["reassign", "王管理"],
    ]);
  });

  it.each(["executive", "deactivated"] as const)("refuses an %s as owner and keeps nothing", async (who) => {
    signIn(fx.users.staff);
    const result = await createAgreementAction({ agreement: agreementInput(fx), submissionKey: uuid(), ownerId: fx.users[who].id });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { ownerId: ["invalidOwner"] } });
    expect(await counts(t.db)).toEqual(EMPTY);
  });
});
