import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb, type TestDb } from "@/tests/test-db";
import { agreements, auditLog, categories, events, progressUpdates, users } from "@/db/schema";
import { type AgreementStatus, type ValueKind } from "@/lib/domain/enums";
import { getEventTotals, listEvents } from "@/db/queries/events";
import { DomainError } from "@/lib/domain-error";
import { fenToDecimal, toFen } from "@/lib/money";
import { eventSchema, type EventInput } from "@/lib/validation/event";
import { createEvent, updateEvent } from "./events";

// DomainError shares a module with the action guard, which loads Auth.js; these tests need neither.
vi.mock("@/lib/auth/guard", () => ({ requireSession: vi.fn() }));

let t: TestDb;
let actor: { id: number };
let categoryId: number;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.reset();
  [actor] = await t.db.insert(users).values({ email: "staff@example.test", name: "录入员", passwordHash: "x", role: "staff" }).returning({ id: users.id });
  [{ id: categoryId }] = await t.db
    .insert(categories)
    .values({ key: "financial_services", nameZh: "金融服务", nameZhHant: "金融服務", nameEn: "Financial services" })
    .returning({ id: categories.id });
});

const ceremony: EventInput = eventSchema.parse({
  nameZh: "AI领创企业重庆行暨西部金融中心之夜",
  nameEn: "AI Leaders in Chongqing",
  heldOn: "2025-07-10",
  venue: "重庆两江新区",
  host: "",
  notes: "",
});

async function auditFor(entityId: number) {
  return t.db.select().from(auditLog).where(eq(auditLog.entityId, String(entityId))).orderBy(auditLog.id);
}

describe("createEvent / updateEvent", () => {
  it("creates the event and its audit entry in one go", async () => {
    const { id } = await createEvent(t.db, actor, ceremony);
    const [row] = await t.db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ nameZh: ceremony.nameZh, heldOn: "2025-07-10", venue: "重庆两江新区", host: null, notes: null });
    const audit = await auditFor(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actor.id, action: "create", entity: "event", before: null });
    expect(audit[0].after).toEqual({
      nameZh: ceremony.nameZh,
      nameEn: "AI Leaders in Chongqing",
      heldOn: "2025-07-10",
      venue: "重庆两江新区",
      host: null,
      notes: null,
    });
  });

  it("a double-clicked or replayed submission creates one event and one audit entry", async () => {
    const key = "6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b";
    const [first, second] = await Promise.all([createEvent(t.db, actor, ceremony, key), createEvent(t.db, actor, ceremony, key)]);
    const replay = await createEvent(t.db, actor, ceremony, key);
    expect(second.id).toBe(first.id);
    expect(replay).toEqual({ id: first.id, replayed: true });
    expect(await t.db.select().from(events)).toHaveLength(1);
    expect(await auditFor(first.id)).toHaveLength(1);

    const another = await createEvent(t.db, actor, ceremony, "0d9e8f7a-6b5c-4d3e-9f1a-2b3c4d5e6f70");
    expect(another.id).not.toBe(first.id);
  });

  it("audits only the fields an update changed", async () => {
    const { id } = await createEvent(t.db, actor, ceremony);
    const edited = eventSchema.parse({ ...ceremony, venue: "重庆悦来国际会议中心", host: "重庆市地方金融管理局" });
    await expect(updateEvent(t.db, actor, id, 1, edited)).resolves.toEqual({ id, changed: true });
    const [row] = await t.db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ venue: "重庆悦来国际会议中心", host: "重庆市地方金融管理局", nameZh: ceremony.nameZh });
    const audit = await auditFor(id);
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]).toMatchObject({ actorId: actor.id, entity: "event" });
    expect(audit[1].before).toEqual({ venue: "重庆两江新区", host: null });
    expect(audit[1].after).toEqual({ venue: "重庆悦来国际会议中心", host: "重庆市地方金融管理局" });
  });

  it("writes no audit entry when a save changes nothing", async () => {
    const { id } = await createEvent(t.db, actor, ceremony);
    await expect(updateEvent(t.db, actor, id, 1, ceremony)).resolves.toEqual({ id, changed: false });
    expect(await auditFor(id)).toHaveLength(1);
  });

  it("refuses an edit based on a version someone else has since saved, naming them, and changes nothing", async () => {
    const { id } = await createEvent(t.db, actor, ceremony);
    const [other] = await t.db.insert(users).values({ email: "li@example.test", name: "李编辑", passwordHash: "x", role: "staff" }).returning();
    await updateEvent(t.db, other, id, 1, eventSchema.parse({ ...ceremony, venue: "重庆国际博览中心" }));
    const err = await updateEvent(t.db, actor, id, 1, eventSchema.parse({ ...ceremony, host: "两江新区管委会" })).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "conflict", details: { by: "李编辑" } });
    const [row] = await t.db.select().from(events).where(eq(events.id, id));
    expect(row).toMatchObject({ venue: "重庆国际博览中心", host: null, version: 2, updatedBy: other.id });
    expect((await auditFor(id)).map((a) => a.action)).toEqual(["create", "update"]);
    // Reloaded at version 2, the same edit goes through.
    await expect(updateEvent(t.db, actor, id, 2, eventSchema.parse({ ...ceremony, venue: "重庆国际博览中心", host: "两江新区管委会" }))).resolves.toEqual({ id, changed: true });
  });

  it("refuses an unknown id with notFound and writes nothing", async () => {
    const err = await updateEvent(t.db, actor, 999, 1, ceremony).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: "notFound", message: "notFound" });
    expect(await t.db.select().from(auditLog)).toHaveLength(0);
  });
});

describe("eventSchema", () => {
  const issues = (input: Record<string, unknown>) => {
    const r = eventSchema.safeParse({ ...ceremony, ...input });
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };

  it("refuses a date that does not exist or is not ISO", () => {
    expect(issues({ heldOn: "2025-02-30" })).toEqual({ heldOn: "invalidDate" });
    expect(issues({ heldOn: "10/07/2025" })).toEqual({ heldOn: "invalidDate" });
  });

  it("requires a name and a date", () => {
    expect(issues({ nameZh: "   " })).toEqual({ nameZh: "required" });
    expect(issues({ heldOn: "" })).toEqual({ heldOn: "required" });
    expect(issues({ nameZh: undefined, heldOn: undefined })).toEqual({ nameZh: "required", heldOn: "required" });
  });

  it("limits lengths and turns blank optional fields into undefined", () => {
    expect(issues({ nameZh: "名".repeat(201), notes: "x".repeat(2001) })).toEqual({ nameZh: "tooLong", notes: "tooLong" });
    expect(eventSchema.parse({ nameZh: " 签约仪式 ", heldOn: "2025-07-10", venue: "  " })).toEqual({ nameZh: "签约仪式", heldOn: "2025-07-10" });
  });
});

interface Fixture {
  event: "main" | "other";
  status: AgreementStatus;
  value: string | null;
  kind: ValueKind;
  deleted?: boolean;
  delivered: (string | null)[];
}

// Includes a draft and a soft-deleted agreement with progress, which every figure must leave out.
const FIXTURES: Fixture[] = [
  { event: "main", status: "signed", value: "3000000000.00", kind: "intended", delivered: ["0.01", "0.01", "1250000.00"] },
  { event: "main", status: "in_execution", value: "150000000.01", kind: "binding", delivered: ["0.01", null] },
  { event: "main", status: "completed", value: "0.01", kind: "binding", delivered: ["0.01"] },
  { event: "main", status: "terminated", value: "20000000.50", kind: "intended", delivered: [] },
  { event: "main", status: "signed", value: null, kind: "binding", delivered: ["3.33"] },
  { event: "main", status: "draft", value: "999999.99", kind: "binding", delivered: ["100.00"] },
  { event: "main", status: "signed", value: "88888888.88", kind: "intended", deleted: true, delivered: ["200.00"] },
  { event: "other", status: "signed", value: "5000.00", kind: "binding", delivered: ["7.00"] },
];

async function insertFixtures() {
  const [main, other, empty] = await t.db
    .insert(events)
    .values([
      { nameZh: "AI领创企业重庆行暨西部金融中心之夜", heldOn: "2025-07-10", venue: "重庆两江新区" },
      { nameZh: "西部科学城产学研合作签约会", heldOn: "2025-09-01" },
      { nameZh: "人才培养合作签约仪式", heldOn: "2024-11-20" },
    ])
    .returning({ id: events.id });
  const eventIds = { main: main.id, other: other.id };
  for (const [i, f] of FIXTURES.entries()) {
    const [a] = await t.db
      .insert(agreements)
      .values({
        reference: `CQ-2025-${String(i + 1).padStart(4, "0")}`,
        titleZh: `测试协议 ${i + 1}`,
        categoryId,
        eventId: eventIds[f.event],
        status: f.status,
        signedOn: f.status === "draft" ? null : "2025-07-10",
        signedValue: f.value,
        valueKind: f.kind,
        deletedAt: f.deleted ? new Date() : null,
      })
      .returning({ id: agreements.id });
    for (const d of f.delivered) {
      await t.db.insert(progressUpdates).values({ agreementId: a.id, occurredOn: "2025-08-01", note: "进展", deliveredValue: d });
    }
  }
  return { main: main.id, other: other.id, empty: empty.id };
}

/** What the fixtures say an event's figures are: signed agreements only, summed in exact fen. */
function expectedFor(event: Fixture["event"]) {
  const counted = FIXTURES.filter((f) => f.event === event && f.status !== "draft" && !f.deleted);
  const sum = (values: (string | null)[]) => fenToDecimal(values.reduce((s, v) => s + (v ? toFen(v) : 0n), 0n));
  return {
    count: counted.length,
    signedValue: sum(counted.map((f) => f.value)),
    bindingValue: sum(counted.filter((f) => f.kind === "binding").map((f) => f.value)),
    intendedValue: sum(counted.filter((f) => f.kind === "intended").map((f) => f.value)),
    deliveredValue: sum(counted.flatMap((f) => f.delivered)),
  };
}

describe("getEventTotals", () => {
  it("counts and sums the event's signed agreements exactly, binding and intended apart", async () => {
    const ids = await insertFixtures();
    const totals = await getEventTotals(t.db, ids.main);
    expect(totals).toEqual(expectedFor("main"));
    // Spelled out once, so a mistake shared by the fixtures' arithmetic and the query cannot hide.
    expect(totals).toEqual({
      count: 5,
      signedValue: "3170000000.52",
      bindingValue: "150000000.02",
      intendedValue: "3020000000.50",
      deliveredValue: "1250003.37",
    });
    expect(await getEventTotals(t.db, ids.other)).toEqual(expectedFor("other"));
  });

  it("answers zeros for an event without agreements", async () => {
    const ids = await insertFixtures();
    expect(await getEventTotals(t.db, ids.empty)).toEqual({
      count: 0,
      signedValue: "0.00",
      bindingValue: "0.00",
      intendedValue: "0.00",
      deliveredValue: "0.00",
    });
  });
});

describe("listEvents", () => {
  it("lists newest first with each event's signed count and value", async () => {
    const ids = await insertFixtures();
    const page = await listEvents(t.db, { page: 1, pageSize: 25 });
    expect(page.total).toBe(3);
    expect(page.items.map((e) => e.id)).toEqual([ids.other, ids.main, ids.empty]);
    const byId = new Map(page.items.map((e) => [e.id, e]));
    expect(byId.get(ids.main)).toMatchObject({
      heldOn: "2025-07-10",
      venue: "重庆两江新区",
      agreementCount: expectedFor("main").count,
      signedValue: expectedFor("main").signedValue,
      bindingValue: expectedFor("main").bindingValue,
      intendedValue: expectedFor("main").intendedValue,
    });
    expect(byId.get(ids.other)).toMatchObject({ agreementCount: 1, signedValue: expectedFor("other").signedValue });
    expect(byId.get(ids.empty)).toMatchObject({ agreementCount: 0, signedValue: "0.00" });
  });

  it("searches names and venues, and pages with the total over all pages", async () => {
    const ids = await insertFixtures();
    const found = await listEvents(t.db, { q: "两江", page: 1, pageSize: 25 });
    expect(found).toMatchObject({ total: 1, items: [{ id: ids.main }] });
    expect(await listEvents(t.db, { q: "100%", page: 1, pageSize: 25 })).toEqual({ total: 0, items: [] });
    const second = await listEvents(t.db, { page: 2, pageSize: 2 });
    expect(second.total).toBe(3);
    expect(second.items.map((e) => e.id)).toEqual([ids.empty]);
  });
});
