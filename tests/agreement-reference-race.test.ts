/**
 * Saving an agreement while one of its organisations is merged away (or its
 * event deleted) in another transaction: the user gets a field error on the
 * party that went, never a 500 from the foreign key.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq, sql } from "drizzle-orm";
import { createAgreementAction } from "@/app/(app)/agreements/actions";
import { queryRows } from "@/db/client";
import { referenceGoneError } from "@/db/mutations/agreements";
import { agreements, organizations } from "@/db/schema";
import { DomainError } from "@/lib/domain-error";
import { agreementSchema } from "@/lib/validation/agreement";
import { agreementInput, baseFixtures, insertOrganization, signIn, state, uuid, type Fx } from "./fixtures";
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

describe("a referenced row removed between the check and the write", () => {
  it("maps the foreign-key failure to the party that named the organisation", () => {
    const input = agreementSchema.parse(agreementInput(fx));
    const err = { code: "23503", constraint_name: "agreement_parties_organization_id_organizations_id_fk", detail: `Key (organization_id)=(${fx.org.msxj.id}) is not present in table "organizations".` };
    const mapped = referenceGoneError(new Error("insert failed", { cause: err }), input, "agreement.");
    expect(mapped).toBeInstanceOf(DomainError);
    expect((mapped as DomainError).fieldErrors).toEqual({ "agreement.parties.1.organizationId": ["unknownParty"] });
    const event = referenceGoneError({ code: "23503", constraint: "agreements_event_id_events_id_fk" }, input, "agreement.");
    expect((event as DomainError).fieldErrors).toEqual({ "agreement.eventId": ["unknownEvent"] });
    const other = new Error("connection lost");
    expect(referenceGoneError(other, input, "agreement.")).toBe(other);
  });

  // Two transactions at once need a server: PGlite runs one at a time.
  it.skipIf(!process.env.DATABASE_URL)("a save waiting on a merge that deletes its party answers unknownParty, and stores nothing", async () => {
    const doomed = await insertOrganization(t.db, "重庆大学（重复录入）", "academic");
    let save: Promise<unknown> | undefined;
    let settled = false;
    await t.db.transaction(async (tx) => {
      await tx.select().from(organizations).where(eq(organizations.id, doomed.id)).for("update");
      await tx.delete(organizations).where(eq(organizations.id, doomed.id));
      save = createAgreementAction({
        agreement: agreementInput(fx, { parties: [
          { organizationId: fx.org.cqrcb.id, isLead: true, signatoryName: "", signatoryTitle: "" },
          { organizationId: doomed.id, isLead: false, signatoryName: "", signatoryTitle: "" },
        ] }),
        submissionKey: uuid(),
      }).finally(() => {
        settled = true;
      });
      // Commit only once the save is blocked behind this transaction's lock.
      for (let waiting = 0; waiting === 0 && !settled; ) {
        const [row] = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
        waiting = row.n;
      }
    });
    await expect(save).resolves.toMatchObject({ ok: false, code: "invalid", fieldErrors: { "agreement.parties.1.organizationId": ["unknownParty"] } });
    expect(await t.db.select().from(agreements)).toEqual([]);
  });
});
