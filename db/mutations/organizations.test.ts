import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb, type TestDb } from "@/tests/test-db";
import { DomainError } from "@/lib/domain-error";
import { creditCodeCheckChar } from "@/lib/credit-code";
import { fenToDecimal, toFen } from "@/lib/money";
import { fieldErrorsOf } from "@/lib/validation/common";
import { organizationSchema, type OrganizationFormInput } from "@/lib/validation/organization";
import { getOrganizationTotals, listOrganizations, searchOrganizations } from "../queries/organizations";
import { agreementParties, agreements, auditLog, categories, organizations, progressUpdates, users } from "../schema";
import { type AgreementStatus } from "@/lib/domain/enums";
import { createOrganization, updateOrganization } from "./organizations";

// DomainError lives beside the action guard, which loads next-auth (unloadable outside Next); the guard is not under test here.
vi.mock("@/lib/auth/guard", () => ({ requireSession: vi.fn() }));

let t: TestDb;
let actor: { id: number };

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  const [u] = await t.db
    .insert(users)
    .values({ email: "staff@example.test", name: "录入员", passwordHash: "x", role: "staff" })
    .returning({ id: users.id });
  actor = u;
});

/** A code with a correct check character, built from a 17-character body. */
const withCheck = (body: string) => body + creditCodeCheckChar(body);
const CODE_A = withCheck("91500000MA5U7AB12");
const CODE_B = withCheck("91500112MA61XQ023");

const form = (over: Partial<OrganizationFormInput> = {}) =>
  organizationSchema.parse({ nameZh: "马上消费金融股份有限公司", type: "consumer_finance", ...over });

const auditRows = () => t.db.select().from(auditLog).where(eq(auditLog.entity, "organization")).orderBy(auditLog.id);
const orgCount = async () => (await t.db.select({ id: organizations.id }).from(organizations)).length;

async function expectDomainError(p: Promise<unknown>, code: DomainError["code"], fieldErrors?: Record<string, string[]>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(code);
  if (fieldErrors) expect((err as DomainError).fieldErrors).toEqual(fieldErrors);
}

describe("organizationSchema", () => {
  it("normalizes a pasted credit code (full-width, lower case, spaces) and blanks become undefined", () => {
    const fullWidth = CODE_A.toLowerCase().replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const parsed = form({ creditCode: `\u3000${fullWidth} `, nameEn: "  ", website: "" });
    expect(parsed.creditCode).toBe(CODE_A);
    expect(parsed.nameEn).toBeUndefined();
    expect(parsed.website).toBeUndefined();
  });

  it("refuses a credit code whose check character is wrong", () => {
    const wrong = CODE_A.slice(0, 17) + (CODE_A[17] === "0" ? "1" : "0");
    const result = organizationSchema.safeParse({ nameZh: "某机构", type: "bank", creditCode: wrong });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ creditCode: ["invalidCreditCode"] });
  });

  it("refuses an unknown type, a missing name and a non-http website with message keys", () => {
    const result = organizationSchema.safeParse({ nameZh: " ", type: "", website: "ftp://example.com" });
    expect(fieldErrorsOf(result.error!)).toEqual({ nameZh: ["required"], type: ["invalidType"], website: ["invalidUrl"] });
  });
});

describe("createOrganization", () => {
  it("creates a party with a valid credit code and audits it in the same transaction", async () => {
    const saved = await createOrganization(t.db, actor, form({ creditCode: CODE_A, shortName: "马上消金", city: "重庆" }));
    expect(saved).toEqual({ id: saved.id, nameZh: "马上消费金融股份有限公司", nameEn: null, shortName: "马上消金", type: "consumer_finance" });
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, saved.id));
    expect(row.creditCode).toBe(CODE_A);
    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", entityId: String(saved.id), actorId: actor.id });
    expect(audit[0].after).toMatchObject({ creditCode: CODE_A, city: "重庆", website: null });
  });

  it("a double-clicked or replayed submission creates one party and one audit entry", async () => {
    const key = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    const input = form({ creditCode: CODE_A });
    const [first, second] = await Promise.all([createOrganization(t.db, actor, input, key), createOrganization(t.db, actor, input, key)]);
    const replay = await createOrganization(t.db, actor, input, key);
    expect(second).toEqual(first);
    expect(replay).toEqual(first);
    expect(await orgCount()).toBe(1);
    expect(await auditRows()).toHaveLength(1);
  });

  it("refuses a duplicate credit code with a field error, inserting and auditing nothing", async () => {
    await createOrganization(t.db, actor, form({ creditCode: CODE_A }));
    await expectDomainError(createOrganization(t.db, actor, form({ nameZh: "另一家机构", creditCode: CODE_A })), "invalid", {
      creditCode: ["creditCodeTaken"],
    });
    expect(await orgCount()).toBe(1);
    expect(await auditRows()).toHaveLength(1);
  });

  it("lets the unique constraint decide between two simultaneous saves of one code", async () => {
    const results = await Promise.allSettled([
      createOrganization(t.db, actor, form({ nameZh: "甲机构", creditCode: CODE_B })),
      createOrganization(t.db, actor, form({ nameZh: "乙机构", creditCode: CODE_B })),
    ]);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason as DomainError;
    expect(reason).toBeInstanceOf(DomainError);
    expect(reason.fieldErrors).toEqual({ creditCode: ["creditCodeTaken"] });
    expect(await orgCount()).toBe(1);
    expect(await auditRows()).toHaveLength(1);
  });
});

describe("updateOrganization", () => {
  it("audits only the fields that changed", async () => {
    const saved = await createOrganization(t.db, actor, form({ creditCode: CODE_A, city: "重庆" }));
    await updateOrganization(t.db, actor, saved.id, 1, form({ creditCode: CODE_A, city: "重庆市", nameEn: "Mashang Consumer Finance" }));
    const audit = await auditRows();
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ action: "update", entityId: String(saved.id) });
    expect(audit[1].before).toEqual({ city: "重庆", nameEn: null });
    expect(audit[1].after).toEqual({ city: "重庆市", nameEn: "Mashang Consumer Finance" });
  });

  it("refuses an edit based on a version someone else has since saved, naming them, and changes nothing", async () => {
    const saved = await createOrganization(t.db, actor, form({ city: "重庆" }));
    const [other] = await t.db.insert(users).values({ email: "li@example.test", name: "李编辑", passwordHash: "x", role: "staff" }).returning();
    await updateOrganization(t.db, other, saved.id, 1, form({ city: "重庆市" }));
    await expectDomainError(updateOrganization(t.db, actor, saved.id, 1, form({ city: "渝北区", shortName: "马上" })), "conflict");
    const err = await updateOrganization(t.db, actor, saved.id, 1, form({ city: "渝北区" })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "conflict", details: { by: "李编辑" } });
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, saved.id));
    expect(row).toMatchObject({ city: "重庆市", shortName: null, version: 2, updatedBy: other.id });
    expect(await auditRows()).toHaveLength(2);
  });

  it("writes no audit row for an unchanged save", async () => {
    const saved = await createOrganization(t.db, actor, form({ creditCode: CODE_A }));
    await updateOrganization(t.db, actor, saved.id, 1, form({ creditCode: CODE_A }));
    expect(await auditRows()).toHaveLength(1);
  });

  it("refused writes leave no audit row: unknown id, and a code registered to another party", async () => {
    const a = await createOrganization(t.db, actor, form({ creditCode: CODE_A }));
    const b = await createOrganization(t.db, actor, form({ nameZh: "重庆银行", type: "bank", creditCode: CODE_B }));
    await expectDomainError(updateOrganization(t.db, actor, 9999, 1, form()), "notFound");
    await expectDomainError(updateOrganization(t.db, actor, b.id, 1, form({ nameZh: "重庆银行", type: "bank", creditCode: CODE_A })), "invalid", {
      creditCode: ["creditCodeTaken"],
    });
    expect(await auditRows()).toHaveLength(2);
    const [row] = await t.db.select().from(organizations).where(eq(organizations.id, b.id));
    expect(row.creditCode).toBe(CODE_B);
    expect(a.id).not.toBe(b.id);
  });
});

describe("organization queries", () => {
  interface Fixture {
    status: AgreementStatus;
    deleted?: boolean;
    withOrg: boolean;
    value: string | null;
    kind?: "binding" | "intended";
    delivered: (string | null)[];
  }
  // Only live, non-draft agreements the organization signed count; terminated ones still do (as on the dashboard).
  const FIXTURES: Fixture[] = [
    { status: "signed", withOrg: true, value: "100000000.50", delivered: ["10.10", "20.20"] },
    { status: "in_execution", withOrg: true, value: "2500.25", kind: "intended", delivered: [null, "5.05"] },
    { status: "completed", withOrg: true, value: null, delivered: ["7.00"] },
    { status: "terminated", withOrg: true, value: "0.01", delivered: [] },
    { status: "draft", withOrg: true, value: "999.00", delivered: ["1000.00"] },
    { status: "signed", deleted: true, withOrg: true, value: "777.00", delivered: ["300.00"] },
    { status: "signed", withOrg: false, value: "55555.55", delivered: ["50.00"] },
  ];

  async function insertFixtures() {
    const [cat] = await t.db
      .insert(categories)
      .values({ key: "financial_services", nameZh: "金融服务", nameZhHant: "金融服務", nameEn: "Financial services" })
      .returning();
    const org = await createOrganization(t.db, actor, form({ creditCode: CODE_A, shortName: "马上消金" }));
    const other = await createOrganization(t.db, actor, form({ nameZh: "火山引擎", type: "ai_tech", shortName: "100%_科技" }));
    for (const [i, f] of FIXTURES.entries()) {
      const [a] = await t.db
        .insert(agreements)
        .values({
          reference: `CQ-2025-${String(i + 1).padStart(4, "0")}`,
          titleZh: `协议 ${i + 1}`,
          categoryId: cat.id,
          status: f.status,
          signedOn: f.status === "draft" ? null : "2025-07-10",
          signedValue: f.value,
          valueKind: f.kind ?? "binding",
          deletedAt: f.deleted ? new Date() : null,
        })
        .returning({ id: agreements.id });
      const parties = f.withOrg ? [org.id, other.id] : [other.id];
      await t.db.insert(agreementParties).values(parties.map((organizationId, p) => ({ agreementId: a.id, organizationId, position: p + 1, isLead: p === 0 })));
      for (const d of f.delivered) {
        await t.db.insert(progressUpdates).values({ agreementId: a.id, occurredOn: "2025-08-01", note: "进展", deliveredValue: d, authorId: actor.id });
      }
    }
    return { org, other };
  }

  const counted = FIXTURES.filter((f) => f.withOrg && f.status !== "draft" && !f.deleted);
  const sumFen = (values: (string | null)[]) => fenToDecimal(values.reduce((s, v) => s + (v ? toFen(v) : 0n), 0n));

  it("getOrganizationTotals counts live non-draft agreements and sums signed and delivered values exactly", async () => {
    const { org } = await insertFixtures();
    expect(await getOrganizationTotals(t.db, org.id)).toEqual({
      count: counted.length,
      signedValue: sumFen(counted.map((f) => f.value)),
      bindingValue: sumFen(counted.filter((f) => f.kind !== "intended").map((f) => f.value)),
      intendedValue: sumFen(counted.filter((f) => f.kind === "intended").map((f) => f.value)),
      deliveredValue: sumFen(counted.flatMap((f) => f.delivered)),
    });
    expect(await getOrganizationTotals(t.db, 9999)).toEqual({ count: 0, signedValue: "0.00", bindingValue: "0.00", intendedValue: "0.00", deliveredValue: "0.00" });
  });

  it("listOrganizations gives each party the same count and signed value, with the total over all pages", async () => {
    const { org, other } = await insertFixtures();
    const all = await listOrganizations(t.db, { page: 1, pageSize: 25 });
    expect(all.total).toBe(2);
    const mine = all.items.find((i) => i.id === org.id)!;
    expect(mine).toMatchObject({ agreementCount: counted.length, signedValue: sumFen(counted.map((f) => f.value)) });
    const theirs = FIXTURES.filter((f) => f.status !== "draft" && !f.deleted);
    expect(all.items.find((i) => i.id === other.id)).toMatchObject({ agreementCount: theirs.length, signedValue: sumFen(theirs.map((f) => f.value)) });
    const paged = await listOrganizations(t.db, { page: 2, pageSize: 1 });
    expect(paged.total).toBe(2);
    expect(paged.items).toHaveLength(1);
    expect((await listOrganizations(t.db, { type: "ai_tech", page: 1, pageSize: 25 })).items.map((i) => i.id)).toEqual([other.id]);
  });

  it("searchOrganizations matches names and credit codes and takes % and _ literally", async () => {
    const { org, other } = await insertFixtures();
    expect((await searchOrganizations(t.db, { q: "马上", limit: 20 })).map((o) => o.id)).toEqual([org.id]);
    expect((await searchOrganizations(t.db, { q: CODE_A.slice(2, 10).toLowerCase(), limit: 20 })).map((o) => o.id)).toEqual([org.id]);
    expect((await searchOrganizations(t.db, { q: "100%_", limit: 20 })).map((o) => o.id)).toEqual([other.id]);
    expect(await searchOrganizations(t.db, { q: "%", limit: 20 })).toEqual([expect.objectContaining({ id: other.id })]);
    expect(await searchOrganizations(t.db, { limit: 1 })).toHaveLength(1);
    expect(await searchOrganizations(t.db, { q: "火山", limit: 20 })).toEqual([
      { id: other.id, nameZh: "火山引擎", nameEn: null, shortName: "100%_科技", type: "ai_tech", creditCode: null },
    ]);
  });
});
