/** Ceremony batch entry: every row validated like one agreement, saved all or nothing, replay-safe. */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { createBatchAction } from "@/app/(forms)/events/[id]/batch/actions";
import { agreementInput, agreementRow, baseFixtures, counts, signIn, state, uuid, type Fx } from "./fixtures";
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
  signIn(fx.users.staff);
});

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    agreementInput(fx, { reference: `CQ-2024-${String(i + 1).padStart(4, "0")}`, titleZh: `批量协议 ${i + 1}`, signedOn: "2024-08-22" }),
  );

describe("createBatchAction", () => {
  it("saves every row under the event, one audit entry each", async () => {
    const result = await createBatchAction({ eventId: fx.expo.id, submissionKey: uuid(), rows: rows(3) });
    expect(result).toMatchObject({ ok: true, data: { replayed: false } });
    if (!result.ok) return;
    expect(result.data.ids).toHaveLength(3);
    for (const id of result.data.ids) {
      expect(await agreementRow(t.db, id)).toMatchObject({ eventId: fx.expo.id, signedOn: "2024-08-22", signedValue: "350000000.00" });
    }
    expect(await counts(t.db)).toMatchObject({ agreements: 3, parties: 6, audit: 3 });
  });

  it("stores nothing when one row is invalid, and names the row and field", async () => {
    const bad = rows(3);
    bad[1] = { ...bad[1], signedValue: "3.5.1亿" };
    bad[2] = { ...bad[2], parties: bad[2].parties.slice(1) };
    const result = await createBatchAction({ eventId: fx.expo.id, submissionKey: uuid(), rows: bad });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { "rows.1.signedValue": ["amount.invalid"], "rows.2.parties": ["twoPartiesRequired"] },
    });
    expect(await counts(t.db)).toMatchObject({ agreements: 0, parties: 0, audit: 0 });
  });

  it("rolls back the rows already written when a later row fails inside the transaction", async () => {
    const batch = rows(3);
    // Passes the schema; only the database check on row 3, after rows 1 and 2 are inserted, refuses it.
    batch[2] = { ...batch[2], parties: [{ ...batch[2].parties[0], organizationId: 999_999 }, batch[2].parties[1]] };
    const result = await createBatchAction({ eventId: fx.expo.id, submissionKey: uuid(), rows: batch });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "rows.2.parties.0.organizationId": ["unknownParty"] } });
    expect(await counts(t.db)).toMatchObject({ agreements: 0, parties: 0, audit: 0 });
  });

  it("names every row whose reference is already used, and writes none of the batch", async () => {
    await createBatchAction({ eventId: fx.expo.id, submissionKey: uuid(), rows: rows(2) });
    const clash = rows(4).map((r, i) => ({ ...r, reference: `CQ-2024-${String(i + 10).padStart(4, "0")}` }));
    clash[1] = { ...clash[1], reference: "CQ-2024-0001" };
    clash[3] = { ...clash[3], reference: "CQ-2024-0002" };
    const result = await createBatchAction({ eventId: fx.expo.id, submissionKey: uuid(), rows: clash });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "rows.1.reference": ["referenceTaken"], "rows.3.reference": ["referenceTaken"] } });
    expect(await counts(t.db)).toMatchObject({ agreements: 2, audit: 2 });
  });

  it("refuses two rows with one reference, and a replayed batch creates nothing new", async () => {
    const dup = rows(2).map((r) => ({ ...r, reference: "CQ-2024-0007" }));
    expect(await createBatchAction({ eventId: fx.expo.id, submissionKey: uuid(), rows: dup })).toMatchObject({
      ok: false,
      fieldErrors: { "rows.1.reference": ["referenceTaken"] },
    });
    const key = uuid();
    const first = await createBatchAction({ eventId: fx.expo.id, submissionKey: key, rows: rows(2) });
    const again = await createBatchAction({ eventId: fx.expo.id, submissionKey: key, rows: rows(2) });
    expect(again).toEqual({ ok: true, data: { ids: first.ok ? first.data.ids : [], replayed: true } });
    expect(await counts(t.db)).toMatchObject({ agreements: 2 });
  });

  it("is refused to an executive", async () => {
    signIn(fx.users.executive);
    await expect(createBatchAction({ eventId: fx.expo.id, submissionKey: uuid(), rows: rows(1) })).rejects.toThrow("FORBIDDEN");
    expect(await counts(t.db)).toMatchObject({ agreements: 0 });
  });
});
