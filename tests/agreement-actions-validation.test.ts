/**
 * The agreement schema as the server applies it: every case goes through
 * createAgreementAction, so the server-side parse (not the form's) is exercised,
 * and a refused write must leave every table as it was.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import { createAgreementAction } from "@/app/(app)/agreements/actions";
import { agreements } from "@/db/schema";
import type { AgreementFormInput } from "@/lib/validation/agreement";
import { agreementInput, agreementRow, baseFixtures, counts, partiesOf, signIn, state, uuid, type Fx } from "./fixtures";
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

async function create(over: Partial<AgreementFormInput>) {
  return createAgreementAction({ agreement: agreementInput(fx, over), submissionKey: uuid() });
}

/** Submits, expects exactly these field errors, and checks nothing was written. */
async function expectRefused(over: Partial<AgreementFormInput>, fieldErrors: Record<string, string[]>) {
  const before = await counts(t.db);
  const result = await create(over);
  expect(result).toEqual({ ok: false, code: "invalid", message: "invalid", fieldErrors });
  expect(await counts(t.db)).toEqual(before);
}

describe("amounts as staff type them", () => {
  it.each([
    ["3.5亿", "350000000.00"],
    ["３５００万", "35000000.00"],
    ["35,000,000", "35000000.00"],
    ["¥1234.56", "1234.56"],
    ["10000000000000", "10000000000000.00"], // the 10万亿 ceiling itself
  ])("%s is stored as signed_value %s", async (typed, stored) => {
    const result = await create({ signedValue: typed });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await agreementRow(t.db, result.data.id)).signedValue).toBe(stored);
  });

  it("a blank amount is stored as null", async () => {
    const result = await create({ signedValue: "  " });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await agreementRow(t.db, result.data.id)).signedValue).toBeNull();
  });

  it.each([
    ["-5", "amount.negative"],
    ["1.234", "amount.tooManyDecimals"],
    ["10000000000001", "amount.tooLarge"],
    ["abc", "amount.invalid"],
  ])("%s is refused with agreement.signedValue: %s", async (typed, key) => {
    await expectRefused({ signedValue: typed }, { "agreement.signedValue": [key] });
  });
});

describe("cross-field rules", () => {
  it("a draft may have one party, no signing date and no lead-free error", async () => {
    const result = await create({
      status: "draft",
      signedOn: "",
      parties: [{ organizationId: fx.org.cqu.id, isLead: true }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await agreementRow(t.db, result.data.id)).toMatchObject({ status: "draft", signedOn: null });
    expect((await partiesOf(t.db, result.data.id)).map((p) => p.organizationId)).toEqual([fx.org.cqu.id]);
  });

  it("the reference is normalised to upper case", async () => {
    const result = await create({ reference: " cq-2024-0007 " });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await agreementRow(t.db, result.data.id)).reference).toBe("CQ-2024-0007");
  });

  it("signed without a signing date → agreement.signedOn: signedOnRequired", async () => {
    await expectRefused({ status: "signed", signedOn: "" }, { "agreement.signedOn": ["signedOnRequired"] });
  });

  it("in execution without a signing date → signedOnRequired too", async () => {
    await expectRefused({ status: "in_execution", signedOn: undefined }, { "agreement.signedOn": ["signedOnRequired"] });
  });

  it("term end before term start → agreement.termEnd: termEndBeforeStart", async () => {
    await expectRefused({ termStart: "2025-01-01", termEnd: "2024-12-31" }, { "agreement.termEnd": ["termEndBeforeStart"] });
  });

  it("an impossible calendar date → invalidDate", async () => {
    await expectRefused({ signedOn: "2024-02-30" }, { "agreement.signedOn": ["invalidDate"] });
  });

  it("one party on a signed agreement → agreement.parties: twoPartiesRequired", async () => {
    await expectRefused({ parties: [{ organizationId: fx.org.msxj.id, isLead: true }] }, { "agreement.parties": ["twoPartiesRequired"] });
  });

  it("the same organization twice → duplicateParty on the second row", async () => {
    await expectRefused(
      {
        parties: [
          { organizationId: fx.org.msxj.id, isLead: true },
          { organizationId: fx.org.cqrcb.id, isLead: false },
          { organizationId: fx.org.msxj.id, isLead: false },
        ],
      },
      { "agreement.parties.2.organizationId": ["duplicateParty"] },
    );
  });

  it.each([
    ["no lead", [false, false]],
    ["two leads", [true, true]],
  ])("%s → agreement.parties: oneLeadRequired", async (_label, leads) => {
    await expectRefused(
      {
        parties: [
          { organizationId: fx.org.msxj.id, isLead: leads[0] },
          { organizationId: fx.org.cqrcb.id, isLead: leads[1] },
        ],
      },
      { "agreement.parties": ["oneLeadRequired"] },
    );
  });

  it("a malformed reference → agreement.reference: invalidReference", async () => {
    await expectRefused({ reference: "2024-1" }, { "agreement.reference": ["invalidReference"] });
  });

  it("a pasted NUL or other control character → invalidCharacters on that field, nothing stored (not a server error)", async () => {
    await expectRefused({ titleZh: "合作协议\u0000", summary: "第一行\n第二行\u0007" }, {
      "agreement.titleZh": ["invalidCharacters"],
      "agreement.summary": ["invalidCharacters"],
    });
    // Tabs and line breaks are ordinary text.
    expect((await create({ summary: "第一行\n第二行\t备注" })).ok).toBe(true);
  });
});

describe("rules checked against the database", () => {
  it("an unknown category id → categoryId: unknownCategory", async () => {
    await expectRefused({ categoryId: 9999 }, { "agreement.categoryId": ["unknownCategory"] });
  });

  it("an unknown organization → parties.N.organizationId: unknownParty", async () => {
    await expectRefused(
      {
        parties: [
          { organizationId: fx.org.msxj.id, isLead: true },
          { organizationId: 9999, isLead: false },
        ],
      },
      { "agreement.parties.1.organizationId": ["unknownParty"] },
    );
  });

  it("a reference already in use (even soft-deleted, any case) → reference: referenceTaken", async () => {
    const first = await create({});
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    await t.db.update(agreements).set({ deletedAt: new Date() }).where(eq(agreements.id, first.data.id));
    await expectRefused({ reference: "cq-2024-0001", titleZh: "另一份协议" }, { "agreement.reference": ["referenceTaken"] });
  });
});
