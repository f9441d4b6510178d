/**
 * The event and party (organization) server actions, called as a browser would:
 * who may write, what a refused call leaves behind (nothing), replays and stale edits.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { createEventAction, updateEventAction } from "@/app/(app)/events/actions";
import { createOrganizationAction, updateOrganizationAction } from "@/app/(app)/parties/actions";
import { auditLog, events, organizations } from "@/db/schema";
import { baseFixtures, signIn, state, uuid, type Fx } from "./fixtures";
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
});

const tally = async () => ({ events: await t.db.$count(events), organizations: await t.db.$count(organizations), audit: await t.db.$count(auditLog) });
const event = { nameZh: "西部金融论坛签约仪式", heldOn: "2025-11-20", venue: "重庆国际博览中心" };
const party = { nameZh: "重庆两江数智研究院", type: "academic" };

// Each call as the browser sends it: the create forms carry a submission key, the edit forms the version they opened.
const WRITES = {
  createEvent: () => createEventAction({ event, submissionKey: uuid() }),
  updateEvent: () => updateEventAction({ id: fx.expo.id, version: 1, event }),
  createOrganization: () => createOrganizationAction({ organization: party, submissionKey: uuid() }),
  updateOrganization: () => updateOrganizationAction({ id: fx.org.cqu.id, version: 1, organization: { ...party, nameZh: "重庆大学（更名）" } }),
} as const;

describe.each(Object.entries(WRITES))("%s", (_name, write) => {
  it("refuses a signed-out caller and an executive, writing nothing", async () => {
    const before = await tally();
    await expect(write()).rejects.toThrow("NEXT_REDIRECT");
    signIn(fx.users.deactivated);
    await expect(write()).rejects.toThrow("NEXT_REDIRECT");
    signIn(fx.users.executive);
    await expect(write()).rejects.toThrow("FORBIDDEN");
    expect(await tally()).toEqual(before);
  });

  it.each(["staff", "admin"] as const)("lets %s write, with one audit entry", async (role) => {
    signIn(fx.users[role]);
    const before = await tally();
    expect(await write()).toMatchObject({ ok: true });
    expect((await tally()).audit).toBe(before.audit + 1);
  });
});

describe("field errors and conflicts come back to the form", () => {
  it("an event without a date, a party with a bad credit code: field errors, nothing written", async () => {
    signIn(fx.users.staff);
    const before = await tally();
    expect(await createEventAction({ event: { ...event, heldOn: "" }, submissionKey: uuid() })).toMatchObject({
      ok: false,
      fieldErrors: { "event.heldOn": ["required"] },
    });
    expect(await createOrganizationAction({ organization: { ...party, creditCode: "91500000MA5U7AB12X" }, submissionKey: uuid() })).toMatchObject({
      ok: false,
      fieldErrors: { "organization.creditCode": ["invalidCreditCode"] },
    });
    expect(await tally()).toEqual(before);
  });

  it("a second save on the version both opened is a conflict naming the first saver", async () => {
    signIn(fx.users.admin);
    expect(await WRITES.updateEvent()).toMatchObject({ ok: true });
    signIn(fx.users.staff);
    const stale = await updateEventAction({ id: fx.expo.id, version: 1, event: { ...event, venue: "悦来国际会议中心" } });
    expect(stale).toMatchObject({ ok: false, code: "conflict", details: { by: fx.users.admin.name } });
  });
});
