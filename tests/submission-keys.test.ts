/**
 * A submission key answers a replay only for the user who first sent it and with
 * the same input (issue 7, finding 8): another user, or other input, is refused
 * with a message, and nothing of theirs is stored or handed back.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { addProgressAction, createAgreementAction } from "@/app/(app)/agreements/actions";
import { createEventAction } from "@/app/(app)/events/actions";
import { createOrganizationAction } from "@/app/(app)/parties/actions";
import { createBatchAction } from "@/app/(forms)/events/[id]/batch/actions";
import { agreements, auditLog, events, organizations, progressUpdates } from "@/db/schema";
import { agreementInput, baseFixtures, insertAgreementRows, signIn, state, uuid, type Fx } from "./fixtures";
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
});

const tally = async () => ({
  agreements: await t.db.$count(agreements),
  events: await t.db.$count(events),
  organizations: await t.db.$count(organizations),
  progress: await t.db.$count(progressUpdates),
  audit: await t.db.$count(auditLog),
});

const REFUSED = { ok: false, code: "conflict", message: "submissionReused" };

// Each create form, sent with a given key and a variant of its input (0 = the first one).
const CREATES: Record<string, (key: string, variant: number) => Promise<unknown>> = {
  agreement: (key, v) => createAgreementAction({ agreement: agreementInput(fx, { titleZh: `联合实验室合作协议${v}` }), submissionKey: key }),
  event: (key, v) => createEventAction({ event: { nameZh: `西部金融论坛签约仪式${v}`, heldOn: "2025-11-20" }, submissionKey: key }),
  organization: (key, v) => createOrganizationAction({ organization: { nameZh: `重庆两江数智研究院${v}`, type: "academic" }, submissionKey: key }),
  batch: (key, v) =>
    createBatchAction({ eventId: fx.expo.id, submissionKey: key, rows: [{ ...agreementInput(fx, { reference: "CQ-2024-0101", titleZh: `批量签约协议${v}` }), eventId: fx.expo.id }] }),
  progress: (key, v) =>
    addProgressAction({ submissionKey: key, agreementId: signedId, occurredOn: "2024-10-15", note: `资金到位${v}`, deliveredValue: "100万" }),
};

let signedId = 0;
beforeEach(async () => {
  const [row] = await insertAgreementRows(t.db, [
    { reference: "CQ-2024-0900", titleZh: "进展目标协议", categoryId: fx.cat.fin.id, status: "signed", signedOn: "2024-08-22", signedValue: "10000000.00", partyIds: [fx.org.msxj.id, fx.org.cqu.id] },
  ]);
  signedId = row.id;
});

describe.each(Object.keys(CREATES))("a %s submission key", (name) => {
  const send = CREATES[name];

  it("replays to its own user with the same input", async () => {
    signIn(fx.users.staff);
    const key = uuid();
    const first = await send(key, 0);
    expect(first).toMatchObject({ ok: true });
    const after = await tally();
    expect(await send(key, 0)).toMatchObject({ ok: true });
    expect(await tally()).toEqual(after);
  });

  it("is refused to another user, who gets neither the first row nor a new one", async () => {
    signIn(fx.users.staff);
    const key = uuid();
    expect(await send(key, 0)).toMatchObject({ ok: true });
    const after = await tally();
    signIn(fx.users.admin);
    expect(await send(key, 0)).toEqual(REFUSED);
    expect(await send(key, 1)).toEqual(REFUSED);
    expect(await tally()).toEqual(after);
  });

  it("is refused with different input from the same user, storing nothing of it", async () => {
    signIn(fx.users.staff);
    const key = uuid();
    expect(await send(key, 0)).toMatchObject({ ok: true });
    const after = await tally();
    expect(await send(key, 1)).toEqual(REFUSED);
    expect(await tally()).toEqual(after);
  });
});
