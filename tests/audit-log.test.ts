/**
 * The audit log as /admin/audit reads it: filters by actor, entity, action and
 * Shanghai calendar days, newest first, keyset pages that neither skip nor
 * repeat, entries others add (sign-ins, refusals) shown as stored.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/db/queries/audit";
import { auditLog } from "@/db/schema";
import { auditRecordHref } from "@/lib/audit/record-links";
import { parseAuditParams } from "@/lib/validation/audit";
import { baseFixtures, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());
beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
});

const entry = (actorId: number | null, action: string, entity: string, entityId: string, at: string) => ({ actorId, action, entity, entityId, at: new Date(at) });

describe("listAuditEntries", () => {
  it("filters by actor, entity, action and Shanghai days, newest first", async () => {
    await t.db.insert(auditLog).values([
      entry(fx.users.staff.id, "create", "agreement", "1", "2025-07-09T15:59:59Z"), // 07-09 23:59:59 in Shanghai
      entry(fx.users.staff.id, "update", "agreement", "1", "2025-07-09T16:00:00Z"), // 07-10 00:00 in Shanghai
      entry(fx.users.admin.id, "retire", "category", "3", "2025-07-10T08:00:00Z"),
      entry(null, "sign_in_failed", "session", "someone@example.com", "2025-07-10T15:59:59Z"), // 07-10 23:59:59
      entry(fx.users.staff.id, "delete", "event", "2", "2025-07-10T16:00:00Z"), // 07-11
    ]);
    const actions = async (f: Parameters<typeof listAuditEntries>[1]) => (await listAuditEntries(t.db, f)).entries.map((e) => e.action);

    expect(await actions({})).toEqual(["delete", "sign_in_failed", "retire", "update", "create"]);
    expect(await actions({ actor: fx.users.staff.id })).toEqual(["delete", "update", "create"]);
    expect(await actions({ entity: "agreement" })).toEqual(["update", "create"]);
    expect(await actions({ action: "retire" })).toEqual(["retire"]);
    expect(await actions({ from: "2025-07-10", to: "2025-07-10" })).toEqual(["sign_in_failed", "retire", "update"]);
    expect(await actions({ actor: fx.users.staff.id, from: "2025-07-10" })).toEqual(["delete", "update"]);
    expect(await actions({ actor: fx.users.executive.id })).toEqual([]);
  });

  it("names the actor; an entry by no one (the system, a failed sign-in) has none", async () => {
    await t.db.insert(auditLog).values([entry(fx.users.admin.id, "create", "category", "9", "2025-07-10T08:00:00Z"), entry(null, "seed", "database", "sample", "2025-07-10T09:00:00Z")]);
    const { entries } = await listAuditEntries(t.db, {});
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([["seed", null], ["create", "王管理"]]);
  });

  it("pages through a long log by id without skipping or repeating, forwards and back", async () => {
    const total = AUDIT_PAGE_SIZE * 2 + 7;
    await t.db.insert(auditLog).values(Array.from({ length: total }, (_, i) => entry(fx.users.staff.id, "update", "agreement", String(i + 1), "2025-07-10T08:00:00Z")));
    const first = await listAuditEntries(t.db, {});
    expect(first).toMatchObject({ hasNewer: false, hasOlder: true });
    const second = await listAuditEntries(t.db, {}, { before: first.entries.at(-1)!.id });
    const third = await listAuditEntries(t.db, {}, { before: second.entries.at(-1)!.id });
    expect(third).toMatchObject({ hasNewer: true, hasOlder: false });
    const seen = [...first.entries, ...second.entries, ...third.entries].map((e) => Number(e.entityId));
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => total - i));

    const back = await listAuditEntries(t.db, {}, { after: second.entries[0].id });
    expect(back.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(back).toMatchObject({ hasNewer: false, hasOlder: true });
  });
});

describe("the page's parameters and links", () => {
  it("drops unusable parameters and names them, never throwing", () => {
    const { params, ignored } = parseAuditParams({ actor: "abc", entity: "<script>", action: "retire", from: "2025-02-30", to: "2025-07-10", before: "-1", after: ["1", "2"] });
    expect(params).toEqual({ action: "retire", to: "2025-07-10", actor: undefined, entity: undefined, from: undefined, before: undefined, after: undefined });
    expect(ignored).toEqual(["actor", "entity", "from", "before", "after"]);
  });

  it("links each entry to its record, and an entity the app has no page for to nothing", () => {
    expect(auditRecordHref("agreement", "42")).toBe("/agreements/42");
    expect(auditRecordHref("organization", "7")).toBe("/parties/7");
    expect(auditRecordHref("event", "3")).toBe("/events/3");
    expect(auditRecordHref("category", "3")).toBe("/admin/categories");
    expect(auditRecordHref("agreement", "../admin")).toBeNull();
    expect(auditRecordHref("session", "someone@example.com")).toBeNull();
  });
});
