/**
 * GET /api/v1/rollups and /api/v1/agreements called through their exported
 * handlers against a real database (PGlite, or Postgres with DATABASE_URL).
 * Every expected figure is computed here from the fixture rows below with BigInt
 * fen, never by running the queries under test.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const viewer = vi.hoisted(() => ({ acceptLanguage: null as string | null, localeCookie: undefined as string | undefined }));

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "NEXT_LOCALE" && viewer.localeCookie ? { name, value: viewer.localeCookie } : undefined) }),
  headers: async () => new Headers(viewer.acceptLanguage ? { "accept-language": viewer.acceptLanguage } : {}),
}));

import { GET as getAgreements } from "@/app/api/v1/agreements/route";
import { GET as getRollups } from "@/app/api/v1/rollups/route";
import { GET as getSummary } from "@/app/api/v1/summary/route";
import { changePercent } from "@/lib/ratios";
import { partyRole } from "@/db/queries/api-agreements";
import { agreementParties, agreements, categories, events, progressUpdates } from "@/db/schema";
import { AGREEMENT_STATUSES, type AgreementStatus, type ValueKind } from "@/lib/domain/enums";
import enPartyType from "@/messages/en/partyType.json";
import enStatus from "@/messages/en/status.json";
import twPartyType from "@/messages/zh-TW/partyType.json";
import twStatus from "@/messages/zh-TW/status.json";
import { baseFixtures, fen, signIn, state, sumYuan, yuan, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

let t: TestDb;
let fx: Fx;
let wcif: { id: number; nameZh: string; nameEn: string | null };

type Org = keyof Fx["org"];
interface Row {
  reference: string;
  cat: "fin" | "tech" | "talent";
  status: AgreementStatus;
  signedOn: string | null;
  value: string | null;
  kind: ValueKind;
  event: "expo" | "wcif" | null;
  /** In 甲乙丙 order; `true` marks the lead. */
  parties: [Org, boolean][];
  delivered: string[];
  deleted?: boolean;
}

// 11 live agreements (one draft), one soft-deleted that matches almost everything. Leads are not always 甲方.
const ROWS: Row[] = [
  { reference: "CQ-2024-0001", cat: "fin", status: "signed", signedOn: "2024-03-15", value: "350000000.00", kind: "binding", event: "expo", parties: [["cqrcb", false], ["msxj", true]], delivered: ["1000000.10", "2500000.25"] },
  { reference: "CQ-2024-0002", cat: "fin", status: "in_execution", signedOn: "2024-05-20", value: "2000000000.00", kind: "intended", event: null, parties: [["cqrcb", true], ["bigdata", false]], delivered: ["300000000.00"] },
  { reference: "CQ-2024-0003", cat: "tech", status: "signed", signedOn: "2024-06-01", value: "80000000.00", kind: "binding", event: "wcif", parties: [["iflytek", true], ["cqu", false]], delivered: [] },
  { reference: "CQ-2024-0004", cat: "tech", status: "completed", signedOn: "2024-07-08", value: "120000000.33", kind: "binding", event: "expo", parties: [["msxj", false], ["iflytek", true]], delivered: ["120000000.33"] },
  { reference: "CQ-2024-0005", cat: "talent", status: "signed", signedOn: "2024-08-22", value: "5000000.00", kind: "intended", event: "expo", parties: [["cqu", true], ["cqrcb", false]], delivered: [] },
  { reference: "CQ-2024-0006", cat: "fin", status: "terminated", signedOn: "2024-10-01", value: "500000000.00", kind: "binding", event: null, parties: [["cqrcb", true], ["bigdata", false]], delivered: ["0.01"] },
  { reference: "CQ-2024-0007", cat: "fin", status: "signed", signedOn: "2024-09-10", value: null, kind: "binding", event: "wcif", parties: [["msxj", true], ["bigdata", false]], delivered: [] },
  { reference: "CQ-2025-0001", cat: "talent", status: "signed", signedOn: "2025-01-15", value: "3000000.00", kind: "binding", event: null, parties: [["cqu", false], ["msxj", true]], delivered: ["0.99"] },
  { reference: "CQ-2025-0002", cat: "tech", status: "signed", signedOn: "2025-03-03", value: "95000000.50", kind: "intended", event: "wcif", parties: [["iflytek", true], ["msxj", false], ["cqu", false]], delivered: ["12345.67"] },
  { reference: "CQ-2025-0003", cat: "fin", status: "draft", signedOn: null, value: "10000000.00", kind: "binding", event: null, parties: [["bigdata", true]], delivered: [] },
  { reference: "CQ-2025-0004", cat: "talent", status: "completed", signedOn: "2025-04-18", value: "12345678.90", kind: "binding", event: null, parties: [["cqu", true], ["iflytek", false]], delivered: [] },
  { reference: "CQ-2024-0010", cat: "fin", status: "signed", signedOn: "2024-06-30", value: "999999999.99", kind: "binding", event: "expo", parties: [["msxj", true], ["cqu", false]], delivered: ["5.00"], deleted: true },
];
const titleOf = (r: Row) => `${r.reference} 合作协议`;
const LIVE = ROWS.filter((r) => !r.deleted);
const SIGNED_STATUSES = AGREEMENT_STATUSES.filter((s) => s !== "draft");

const ids = new Map<string, number>();

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());

beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  [wcif] = await t.db.insert(events).values({ nameZh: "2025世界智能产业博览会", nameEn: "2025 World Intelligent Industry Expo", heldOn: "2025-03-03" }).returning();
  const inserted = await t.db
    .insert(agreements)
    .values(
      ROWS.map((r) => ({
        reference: r.reference,
        titleZh: titleOf(r),
        titleEn: r.reference === "CQ-2024-0001" ? "Joint lab agreement" : null,
        categoryId: fx.cat[r.cat].id,
        eventId: eventOf(r)?.id ?? null,
        status: r.status,
        signedOn: r.signedOn,
        signedValue: r.value,
        valueKind: r.kind,
        deletedAt: r.deleted ? new Date("2025-01-01T00:00:00Z") : null,
      })),
    )
    .returning();
  inserted.forEach((a) => ids.set(a.reference, a.id));
  await t.db.insert(agreementParties).values(
    ROWS.flatMap((r, i) => r.parties.map(([org, isLead], p) => ({ agreementId: inserted[i].id, organizationId: fx.org[org].id, position: p + 1, isLead }))),
  );
  await t.db.insert(progressUpdates).values(
    ROWS.flatMap((r, i) => r.delivered.map((d, n) => ({ agreementId: inserted[i].id, occurredOn: "2025-05-01", note: `进展 ${n + 1}`, deliveredValue: d }))),
  );
  viewer.acceptLanguage = null;
  viewer.localeCookie = undefined;
  signIn(fx.users.executive);
});

// ---------------------------------------------------------------------------
// Expected figures, from the fixture rows
// ---------------------------------------------------------------------------

function eventOf(r: Row) {
  return r.event === "expo" ? fx.expo : r.event === "wcif" ? wcif : null;
}
const deliveredOf = (r: Row) => sumYuan(r.delivered);
const orgsOf = (r: Row) => r.parties.map(([o]) => fx.org[o]);

/** Live agreements in the rollups' default scope (no drafts) that satisfy `pred`. */
const inScope = (pred: (r: Row) => boolean = () => true, statuses: readonly AgreementStatus[] = SIGNED_STATUSES) =>
  LIVE.filter((r) => statuses.includes(r.status) && pred(r));

function totalsOf(rows: Row[]) {
  return {
    count: rows.length,
    signedValue: sumYuan(rows.map((r) => r.value)),
    bindingValue: sumYuan(rows.filter((r) => r.kind === "binding").map((r) => r.value)),
    intendedValue: sumYuan(rows.filter((r) => r.kind === "intended").map((r) => r.value)),
    deliveredValue: sumYuan(rows.map(deliveredOf)),
    parties: new Set(rows.flatMap((r) => orgsOf(r).map((o) => o.id))).size,
    events: new Set(rows.map((r) => eventOf(r)?.id).filter((id) => id !== undefined)).size,
  };
}

interface Item {
  key: string;
  label: string;
  count: number;
  signedValue: string;
  deliveredValue: string;
}

/** One item per key; an agreement counts once under each of its keys. Sorted by key for comparison. */
function groupBy(rows: Row[], keysOf: (r: Row) => string[], labelOf: (key: string) => string, allKeys: string[] = []): Item[] {
  const groups = new Map<string, Row[]>(allKeys.map((k) => [k, []]));
  for (const r of rows) for (const k of new Set(keysOf(r))) groups.set(k, [...(groups.get(k) ?? []), r]);
  return [...groups]
    .map(([key, rs]) => ({ key, label: labelOf(key), count: rs.length, signedValue: sumYuan(rs.map((r) => r.value)), deliveredValue: sumYuan(rs.map(deliveredOf)) }))
    .sort(byKey);
}
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const sorted = (items: Item[]) => [...items].sort(byKey);

const categoryKeys = () => Object.values(fx.cat).map((c) => c.key);
const categoryLabel = (lang: "en" | "zhHant" | "zh") => (key: string) => {
  const c = Object.values(fx.cat).find((x) => x.key === key)!;
  return lang === "en" ? c.nameEn : lang === "zhHant" ? c.nameZhHant : c.nameZh;
};
const orgLabel = (key: string) => Object.values(fx.org).find((o) => String(o.id) === key)!.nameZh;

async function call(handler: (req: Request) => Promise<Response>, path: string, init?: RequestInit) {
  const res = await handler(new Request(`http://x/api/v1/${path}`, init));
  return { status: res.status, body: await res.json() };
}
const rollups = (qs = "") => call(getRollups, `rollups?${qs}`);
const list = (qs = "") => call(getAgreements, `agreements?${qs}`);
const summary = (qs = "") => call(getSummary, `summary?${qs}`);

// ---------------------------------------------------------------------------

describe("who may call", () => {
  it.each([
    ["rollups", getRollups],
    ["agreements", getAgreements],
  ] as const)("%s: 401 without a signed-in user, and for a deactivated one", async (name, handler) => {
    signIn(null);
    expect(await call(handler, name)).toEqual({ status: 401, body: { error: "unauthorized" } });
    signIn(fx.users.deactivated);
    expect(await call(handler, name)).toEqual({ status: 401, body: { error: "unauthorized" } });
  });
});

describe("GET /api/v1/rollups", () => {
  it("default scope: every figure, exact money strings, drafts and deleted rows left out", async () => {
    const { status, body } = await rollups("locale=en");
    expect(status).toBe(200);
    const rows = inScope();
    expect(rows).toHaveLength(10);
    expect(Object.keys(body).sort()).toEqual(
      ["filters", "count", "signedValue", "bindingValue", "intendedValue", "deliveredValue", "parties", "events", "byCategory", "byPartyType", "byEvent", "byMonth", "byStatus", "topParties"].sort(),
    );
    expect(body.filters).toEqual({ status: SIGNED_STATUSES });
    expect(body).toMatchObject(totalsOf(rows));
    expect(body.signedValue).toBe(yuan(fen(body.bindingValue) + fen(body.intendedValue)));

    expect(sorted(body.byCategory)).toEqual(groupBy(rows, (r) => [fx.cat[r.cat].key], categoryLabel("en"), categoryKeys()));
    expect(sorted(body.byPartyType)).toEqual(groupBy(rows, (r) => orgsOf(r).map((o) => o.type), (k) => enPartyType[k as keyof typeof enPartyType]));
    expect(sorted(body.byEvent)).toEqual(
      groupBy(rows, (r) => [String(eventOf(r)?.id ?? "none")], (k) => (k === "none" ? "No event" : k === String(wcif.id) ? wcif.nameEn! : fx.expo.nameZh)),
    );
    expect(body.byMonth).toEqual(groupBy(rows, (r) => [r.signedOn!.slice(0, 7)], (k) => k));
    expect(sorted(body.byStatus)).toEqual(groupBy(rows, (r) => [r.status], (k) => enStatus[k as keyof typeof enStatus]));
  });

  it("topParties: every party in scope (fewer than 10), highest signed value first", async () => {
    const { body } = await rollups("locale=en");
    const want = groupBy(inScope(), (r) => orgsOf(r).map((o) => String(o.id)), orgLabel).sort(
      (a, b) => Number(fen(b.signedValue) - fen(a.signedValue)) || b.count - a.count || Number(a.key) - Number(b.key),
    );
    expect(body.topParties).toEqual(want);
  });

  it("byCategory adds up to the total", async () => {
    const { body } = await rollups();
    expect(body.byCategory.reduce((n: number, c: Item) => n + c.count, 0)).toBe(body.count);
    expect(sumYuan(body.byCategory.map((c: Item) => c.signedValue))).toBe(body.signedValue);
    expect(sumYuan(body.byCategory.map((c: Item) => c.deliveredValue))).toBe(body.deliveredValue);
  });

  it("category filter", async () => {
    const { body } = await rollups("category=financial_services");
    const rows = inScope((r) => r.cat === "fin");
    expect(body.filters).toEqual({ category: ["financial_services"], status: SIGNED_STATUSES });
    expect(body).toMatchObject(totalsOf(rows));
    expect(body.byCategory.find((c: Item) => c.key === "financial_services")).toMatchObject({ count: rows.length, signedValue: totalsOf(rows).signedValue });
    expect(body.byCategory.filter((c: Item) => c.key !== "financial_services").every((c: Item) => c.count === 0 && c.signedValue === "0.00")).toBe(true);
  });

  it("from/to (inclusive) filter", async () => {
    const { body } = await rollups("from=2024-05-20&to=2024-10-01");
    const rows = inScope((r) => r.signedOn! >= "2024-05-20" && r.signedOn! <= "2024-10-01");
    expect(rows.map((r) => r.reference)).toContain("CQ-2024-0006");
    expect(body.filters).toEqual({ from: "2024-05-20", to: "2024-10-01", status: SIGNED_STATUSES });
    expect(body).toMatchObject(totalsOf(rows));
    expect(body.byMonth).toEqual(groupBy(rows, (r) => [r.signedOn!.slice(0, 7)], (k) => k));
  });

  it("partyType filter (and minValue normalised in the echo)", async () => {
    const { body } = await rollups("partyType=bank,academic&minValue=1亿");
    const rows = inScope((r) => orgsOf(r).some((o) => o.type === "bank" || o.type === "academic") && r.value !== null && fen(r.value) >= fen("100000000.00"));
    expect(body.filters).toEqual({ partyType: ["bank", "academic"], minValue: "100000000.00", status: SIGNED_STATUSES });
    expect(body).toMatchObject(totalsOf(rows));
  });

  it("status given: drafts included on request, and the echo is the list asked for", async () => {
    const { body } = await rollups("status=draft,signed");
    const rows = inScope(() => true, ["draft", "signed"]);
    expect(body.filters).toEqual({ status: ["draft", "signed"] });
    expect(body).toMatchObject(totalsOf(rows));
  });

  it("event=none keeps the agreements signed outside any event", async () => {
    const { body } = await rollups("event=none&locale=zh-CN");
    const rows = inScope((r) => r.event === null);
    expect(body).toMatchObject(totalsOf(rows));
    expect(body.byEvent).toEqual([{ key: "none", label: "未关联签约活动", count: rows.length, signedValue: totalsOf(rows).signedValue, deliveredValue: totalsOf(rows).deliveredValue }]);
  });

  it("sort/page/pageSize are accepted and change no figure", async () => {
    const plain = await rollups();
    const paged = await rollups("sort=value_asc&page=3&pageSize=10");
    expect(paged).toEqual(plain);
  });

  it("a NUL in the search text is dropped, not a server error", async () => {
    expect((await rollups("q=%00")).status).toBe(200);
    expect((await list("q=CQ-2025%00")).body.total).toBe(LIVE.filter((r) => r.reference.startsWith("CQ-2025")).length);
  });

  it("an inactive category's key is still a valid filter", async () => {
    await t.db.insert(categories).values({ key: "legacy_programme", nameZh: "旧项目", nameZhHant: "舊項目", nameEn: "Legacy", sortOrder: 99, active: false });
    const { status, body } = await rollups("category=legacy_programme");
    expect(status).toBe(200);
    expect(body.count).toBe(0);
  });
});

describe("GET /api/v1/rollups: labels", () => {
  const labels = (body: Record<string, Item[]>) => ({
    fin: body.byCategory.find((c) => c.key === "financial_services")!.label,
    bank: body.byPartyType.find((c) => c.key === "bank")!.label,
    none: body.byEvent.find((c) => c.key === "none")!.label,
    signed: body.byStatus.find((c) => c.key === "signed")!.label,
    expo: body.byEvent.find((c) => c.key === String(fx.expo.id))!.label,
  });

  it("?locale=zh-TW: DB names in 繁體, enum keys from the zh-TW messages", async () => {
    const { body } = await rollups("locale=zh-TW");
    expect(labels(body)).toEqual({ fin: fx.cat.fin.nameZhHant, bank: twPartyType.bank, none: "未關聯簽約活動", signed: twStatus.signed, expo: fx.expo.nameZh });
  });

  it("?locale=en: English names, the Chinese one where no English name is stored", async () => {
    const { body } = await rollups("locale=en");
    expect(labels(body)).toEqual({ fin: "Financial services", bank: "Bank", none: "No event", signed: "Signed", expo: fx.expo.nameZh });
  });

  it("without ?locale: the viewer's locale (cookie, else Accept-Language, else 简体)", async () => {
    expect(labels((await rollups()).body)).toMatchObject({ fin: "金融服务", bank: "银行", none: "未关联签约活动", signed: "已签约" });
    viewer.acceptLanguage = "en-GB,en;q=0.9";
    expect(labels((await rollups()).body)).toMatchObject({ fin: "Financial services", none: "No event" });
    viewer.localeCookie = "zh-TW";
    expect(labels((await rollups()).body)).toMatchObject({ fin: "金融服務", none: "未關聯簽約活動" });
    expect(labels((await rollups("locale=en")).body)).toMatchObject({ fin: "Financial services" });
  });
});

// One table of bad parameters for both endpoints: the 400 names the parameter and a message key.
const BAD: [query: string, details: Record<string, string[]>][] = [
  ["category=no_such_category", { category: ["unknownCategory"] }],
  ["category=financial_services,no_such_category", { category: ["unknownCategory"] }],
  ["category=Bad-Key", { category: ["invalidCategory"] }],
  ["from=notadate", { from: ["invalidDate"] }],
  ["to=2024-02-30", { to: ["invalidDate"] }],
  ["from=2024-05-01&to=2024-01-01", { to: ["toBeforeFrom"] }],
  ["minValue=-1", { minValue: ["invalidAmount"] }],
  ["minValue=5亿&maxValue=1亿", { maxValue: ["maxBelowMin"] }],
  ["status=bogus", { status: ["invalidOption"] }],
  ["status=signed,bogus", { status: ["invalidOption"] }],
  ["partyType=bogus", { partyType: ["invalidOption"] }],
  ["event=abc", { event: ["invalidOption"] }],
  ["party=0", { party: ["tooSmall"] }],
  ["sort=newest", { sort: ["invalidOption"] }],
  ["page=0", { page: ["tooSmall"] }],
  ["page=abc", { page: ["invalidNumber"] }],
  ["pageSize=7", { pageSize: ["invalidPageSize"] }],
  ["locale=fr", { locale: ["invalidLocale"] }],
  ["categroy=financial_services", { categroy: ["unknownParam"] }],
  ["format=xlsx", { format: ["unknownParam"] }],
  ["from=notadate&status=bogus&category=no_such_category", { from: ["invalidDate"], status: ["invalidOption"], category: ["unknownCategory"] }],
];

describe.each([
  ["rollups", rollups],
  ["agreements", list],
] as const)("GET /api/v1/%s: bad parameters", (_name, fetch) => {
  it.each(BAD)("%s → 400 %j", async (query, details) => {
    expect(await fetch(query)).toEqual({ status: 400, body: { error: "invalidParams", details } });
  });
});

describe("GET /api/v1/summary", () => {
  it("repeated parameters filter the figures exactly as validated; 同比 of the total against the same dates a year earlier", async () => {
    const both = [fx.cat.fin.key, fx.cat.tech.key];
    const qs = `from=2025-01-01&to=2025-12-31&status=signed&status=completed&category=${both[0]}&category=${both[1]}`;
    const pick = (from: string, to: string) =>
      inScope((r) => both.includes(fx.cat[r.cat].key) && r.signedOn !== null && r.signedOn >= from && r.signedOn <= to, ["signed", "completed"]);
    const now = totalsOf(pick("2025-01-01", "2025-12-31"));
    const before = totalsOf(pick("2024-01-01", "2024-12-31"));
    const { status, body } = await summary(qs);
    expect(status).toBe(200);
    expect(body).toMatchObject({ count: now.count, signedValue: now.signedValue, yoy: changePercent(fen(now.signedValue), fen(before.signedValue)) });
    expect(body.byCategory.map((r: { key: string }) => r.key).sort()).toEqual([...both].sort());
    expect(body.filters.status).toEqual(["signed", "completed"]);
  });

  it("format=xlsx answers a spreadsheet; a misspelt parameter is refused, not ignored", async () => {
    const res = await getSummary(new Request("http://x/api/v1/summary?format=xlsx&from=2025-01-01&to=2025-12-31"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(await summary("format=xlsx&categroy=fin")).toEqual({ status: 400, body: { error: "invalidParams", details: { categroy: ["unknownParam"] } } });
  });
});

describe("GET /api/v1/agreements", () => {
  it("item shape: category key, event, exact money, parties with role letter and lead flag", async () => {
    const { status, body } = await list("q=CQ-2024-0001");
    expect(status).toBe(200);
    expect(body).toEqual({
      items: [
        {
          id: ids.get("CQ-2024-0001"),
          reference: "CQ-2024-0001",
          titleZh: "CQ-2024-0001 合作协议",
          titleEn: "Joint lab agreement",
          category: "financial_services",
          event: { id: fx.expo.id, nameZh: fx.expo.nameZh },
          status: "signed",
          signedOn: "2024-03-15",
          signedValue: "350000000.00",
          deliveredValue: yuan(fen("1000000.10") + fen("2500000.25")),
          owner: null,
          parties: [
            { id: fx.org.cqrcb.id, nameZh: fx.org.cqrcb.nameZh, type: "bank", role: "A", lead: false },
            { id: fx.org.msxj.id, nameZh: fx.org.msxj.nameZh, type: "consumer_finance", role: "B", lead: true },
          ],
        },
      ],
      page: 1,
      pageSize: 25,
      total: 1,
      signedValue: "350000000.00",
    });
  });

  it("no event → null; a third party is C; no signed value → null", async () => {
    const { body } = await list("q=CQ-2025-0002");
    expect(body.items[0].parties.map((p: { role: string; lead: boolean }) => [p.role, p.lead])).toEqual([["A", true], ["B", false], ["C", false]]);
    const other = await list("q=CQ-2024-0007");
    expect(other.body.items[0]).toMatchObject({ signedValue: null, deliveredValue: "0.00" });
    const none = await list("q=CQ-2024-0002");
    expect(none.body.items[0].event).toBeNull();
  });

  it("pagination: total and signedValue cover all pages, items follow sort=value_desc across pages", async () => {
    const want = [...LIVE].sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
      return Number(fen(b.value) - fen(a.value)) || a.reference.localeCompare(b.reference);
    });
    const p1 = await list("sort=value_desc&pageSize=10");
    const p2 = await list("sort=value_desc&pageSize=10&page=2");
    for (const p of [p1.body, p2.body]) {
      expect(p).toMatchObject({ pageSize: 10, total: LIVE.length, signedValue: sumYuan(LIVE.map((r) => r.value)) });
    }
    expect(p1.body.page).toBe(1);
    expect(p2.body.page).toBe(2);
    expect(p1.body.items).toHaveLength(10);
    expect(p2.body.items).toHaveLength(LIVE.length - 10);
    expect([...p1.body.items, ...p2.body.items].map((i: { reference: string }) => i.reference)).toEqual(want.map((r) => r.reference));
  });

  it("sort=date_asc: oldest signing first, undated last", async () => {
    const want = [...LIVE].sort((a, b) => {
      if (a.signedOn === null || b.signedOn === null) return a.signedOn === b.signedOn ? 0 : a.signedOn === null ? 1 : -1;
      return a.signedOn.localeCompare(b.signedOn) || a.reference.localeCompare(b.reference);
    });
    const { body } = await list("sort=date_asc&pageSize=50");
    expect(body.items.map((i: { reference: string }) => i.reference)).toEqual(want.map((r) => r.reference));
  });

  it("filters apply to the items and to the totals: category + partyType + from/to", async () => {
    const hits = LIVE.filter(
      (r) => r.cat === "fin" && orgsOf(r).some((o) => o.type === "big_data") && r.signedOn !== null && r.signedOn >= "2024-05-01" && r.signedOn <= "2024-12-31",
    );
    const { body } = await list("category=financial_services&partyType=big_data&from=2024-05-01&to=2024-12-31&sort=reference_asc");
    expect(body.items.map((i: { reference: string }) => i.reference)).toEqual(hits.map((r) => r.reference).sort());
    expect(body).toMatchObject({ total: hits.length, signedValue: sumYuan(hits.map((r) => r.value)) });
  });

  it("like the list page, drafts are included unless status says otherwise; deleted never", async () => {
    const all = await list("pageSize=50");
    expect(all.body.items.map((i: { reference: string }) => i.reference)).toContain("CQ-2025-0003");
    expect(all.body.items.map((i: { reference: string }) => i.reference)).not.toContain("CQ-2024-0010");
    const deleted = await list("deleted=1&pageSize=50");
    expect(deleted.body).toEqual(all.body);
    const signed = await list("status=signed&pageSize=50");
    expect(signed.body.total).toBe(LIVE.filter((r) => r.status === "signed").length);
  });
});

describe("partyRole", () => {
  it("numbers positions A, B, … Z, AA", () => {
    expect([1, 2, 3, 26, 27, 28].map(partyRole)).toEqual(["A", "B", "C", "Z", "AA", "AB"]);
  });
});
