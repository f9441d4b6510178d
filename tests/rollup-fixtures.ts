/**
 * Hand-built fixture set for the rollup integration tests (tests/rollups-*.test.ts),
 * inserted directly with drizzle, and the expected rollups computed from the same
 * fixture objects in plain JS with BigInt fen (filter, group, sum) — never by
 * running the queries under test.
 *
 * `TODAY` is fixed; term ends sit before, on, within and after the 90-day window.
 */
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/db/client";
import type { RollupFilters } from "@/lib/domain/rollups";
import { agreementParties, agreements, categories, events, organizations, progressUpdates } from "@/db/schema";
import { AGREEMENT_STATUSES, PARTY_TYPES, type AgreementStatus, type PartyType, type ValueKind } from "@/lib/domain/enums";
import { fen, yuan } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";

export const TODAY = "2025-06-15"; // + 90 days = 2025-09-13

// ---------------------------------------------------------------------------
// Fixture definitions
// ---------------------------------------------------------------------------

const CATEGORIES = {
  fin: { key: "financial_services", nameZh: "金融服务", nameZhHant: "金融服務", nameEn: "Financial services", sortOrder: 10, active: true },
  tech: { key: "technology_innovation", nameZh: "科技创新", nameZhHant: "科技創新", nameEn: "Technology innovation", sortOrder: 20, active: true },
  talent: { key: "talent_cultivation", nameZh: "人才培养", nameZhHant: "人才培養", nameEn: "Talent cultivation", sortOrder: 30, active: true },
  /** Retired: holds only a draft, so it shows up only when drafts are asked for. */
  legacy: { key: "legacy_misc", nameZh: "其他（停用）", nameZhHant: "其他（停用）", nameEn: "Other (retired)", sortOrder: 40, active: false },
} as const;
type CatName = keyof typeof CATEGORIES;

const ORGS = {
  cqrcb: { nameZh: "重庆农村商业银行股份有限公司", nameEn: "Chongqing Rural Commercial Bank", shortName: "渝农商行", type: "bank" },
  cqbank: { nameZh: "重庆银行股份有限公司", nameEn: null, shortName: "重庆银行", type: "bank" },
  msxj: { nameZh: "马上消费金融股份有限公司", nameEn: "Mashang Consumer Finance", shortName: "马上消金", type: "consumer_finance" },
  cqu: { nameZh: "重庆大学", nameEn: "Chongqing University", shortName: null, type: "academic" },
  iflytek: { nameZh: "科大讯飞股份有限公司", nameEn: "iFLYTEK", shortName: "讯飞", type: "ai_tech" },
  bigdata: { nameZh: "重庆市大数据应用发展管理局", nameEn: null, shortName: null, type: "government" },
  /** Only on a draft and a deleted agreement: never in the default figures. */
  ancheng: { nameZh: "安诚财产保险股份有限公司", nameEn: "Ancheng P&C Insurance", shortName: "安诚保险", type: "insurer" },
} satisfies Record<string, { nameZh: string; nameEn: string | null; shortName: string | null; type: PartyType }>;
type OrgName = keyof typeof ORGS;

const EVENTS = {
  expo24: { nameZh: "2024中国国际智能产业博览会", nameEn: "Smart China Expo 2024", heldOn: "2024-08-22" },
  wcif25: { nameZh: "2025西部国际投资贸易洽谈会", nameEn: null, heldOn: "2025-05-20" },
} satisfies Record<string, { nameZh: string; nameEn: string | null; heldOn: string }>;
type EventName = keyof typeof EVENTS;

interface AgreementDef {
  reference: string;
  titleZh: string;
  titleEn: string | null;
  cat: CatName;
  event: EventName | null;
  status: AgreementStatus;
  signedOn: string | null;
  value: string | null;
  kind: ValueKind;
  parties: OrgName[];
  termEnd: string | null;
  deleted?: boolean;
}

const d = (
  reference: string,
  titleZh: string,
  cat: CatName,
  event: EventName | null,
  status: AgreementStatus,
  signedOn: string | null,
  value: string | null,
  kind: ValueKind,
  parties: OrgName[],
  termEnd: string | null,
  extra: Partial<AgreementDef> = {},
): AgreementDef => ({ reference, titleZh, titleEn: null, cat, event, status, signedOn, value, kind, parties, termEnd, ...extra });

/** 12 live signed-or-later agreements, 2 drafts, 2 soft-deleted ones. */
export const AGREEMENT_DEFS: AgreementDef[] = [
  // Max value + 0.01 on the same day, same event, same category: exactly 100000000000.00 together.
  d("RU-2024-001", "普惠金融综合服务战略合作协议", "fin", "expo24", "signed", "2024-08-22", "99999999999.99", "binding", ["cqrcb", "msxj"], "2025-07-01", { titleEn: "Inclusive finance strategic cooperation" }),
  // Two parties of the same type (bank, bank); term ends exactly on today + 90.
  d("RU-2024-002", "银团贷款合作框架协议", "fin", "expo24", "in_execution", "2024-08-22", "0.01", "binding", ["cqrcb", "cqbank"], "2025-09-13"),
  // Three parties; ended in the past but completed: not overdue.
  d("RU-2024-003", "人工智能联合实验室共建协议", "tech", "expo24", "completed", "2024-08-23", "350000000.00", "intended", ["iflytek", "cqu", "bigdata"], "2025-01-31", { titleEn: "AI joint laboratory" }),
  // No value; term ended yesterday: overdue.
  d("RU-2024-004", "智能风控模型联合研发协议", "tech", null, "signed", "2024-11-11", null, "binding", ["iflytek", "msxj"], "2025-06-14"),
  // Terminated after its term: not overdue.
  d("RU-2024-005", "金融科技人才联合培养协议", "talent", null, "terminated", "2024-12-31", "1200000.50", "intended", ["cqu", "cqbank"], "2025-03-01"),
  // Three parties; term ends today: soon.
  d("RU-2025-001", "绿色信贷专项合作意向书", "fin", "wcif25", "signed", "2025-05-20", "2500000000.00", "intended", ["cqbank", "msxj", "bigdata"], "2025-06-15"),
  // Term ends on today + 91: not soon.
  d("RU-2025-002", "大模型客服联合实验室协议", "tech", "wcif25", "in_execution", "2025-05-20", "80000000.00", "binding", ["iflytek", "cqu"], "2025-09-14"),
  // Intended 0.01; no term end.
  d("RU-2025-003", "研究生联合培养基地协议", "talent", "wcif25", "signed", "2025-01-02", "0.01", "intended", ["cqu", "cqrcb"], null),
  // Three parties, two of them banks; term ended last year, still in execution: overdue.
  d("RU-2025-004", "数字人民币场景试点协议", "fin", null, "in_execution", "2025-03-15", "15000000.00", "binding", ["msxj", "cqrcb", "cqbank"], "2024-12-31"),
  // Max value again, completed, ends within the window: not soon.
  d("RU-2025-005", "政务数据开放平台建设协议", "tech", null, "completed", "2025-04-30", "99999999999.99", "binding", ["bigdata", "iflytek"], "2025-07-01"),
  // Signed without a signing date: in totals, not in any month.
  d("RU-2025-006", "消费者权益保护合作备忘录", "fin", null, "signed", null, "123456789.12", "binding", ["msxj"], "2026-01-01"),
  // Leap day; ends within the window.
  d("RU-2024-006", "产教融合实训基地合作协议", "talent", null, "signed", "2024-02-29", "5000.00", "binding", ["cqu", "bigdata"], "2025-08-01"),
  // Drafts: would be "soon" / "overdue" if they counted.
  d("RU-2025-D01", "保险科技合作协议（草稿）", "fin", "expo24", "draft", null, "777.77", "binding", ["msxj", "ancheng"], "2025-06-20"),
  d("RU-2025-D02", "巨灾保险试点意向（草稿）", "legacy", null, "draft", "2025-05-01", "1000.00", "intended", ["ancheng"], "2025-01-01"),
  // Soft-deleted: match almost every filter, never counted.
  d("RU-2024-X01", "普惠金融战略合作协议（已作废）", "fin", "expo24", "signed", "2024-08-22", "99999999999.99", "binding", ["cqrcb", "ancheng"], "2025-07-01", { deleted: true }),
  d("RU-2025-X02", "大模型联合实验室协议（已作废）", "tech", "wcif25", "in_execution", "2025-05-20", "0.01", "intended", ["iflytek"], "2025-01-01", { deleted: true }),
];

/** Progress updates: [reference, occurredOn, deliveredValue]. */
const PROGRESS: [string, string, string | null][] = [
  ["RU-2024-001", "2024-09-01", "0.01"],
  ["RU-2024-001", "2024-10-01", null],
  ["RU-2024-001", "2025-01-01", "99999999999.98"],
  ["RU-2024-002", "2024-09-10", null], // only a note: delivered stays 0
  ["RU-2024-003", "2024-12-01", "1000000.00"],
  ["RU-2024-003", "2025-01-15", "0.01"],
  ["RU-2025-001", "2025-06-01", "2500000000.00"],
  ["RU-2025-004", "2025-04-01", "0.01"],
  ["RU-2025-005", "2025-05-05", "12345.67"],
  ["RU-2025-D01", "2025-05-01", "500.00"], // draft
  ["RU-2024-X01", "2024-09-01", "1000.00"], // deleted
];

// ---------------------------------------------------------------------------
// The inserted world
// ---------------------------------------------------------------------------

export interface FxCategory {
  id: number;
  key: string;
  nameZh: string;
  nameZhHant: string;
  nameEn: string;
  sortOrder: number;
  active: boolean;
}
export interface FxOrg {
  id: number;
  name: OrgName;
  nameZh: string;
  nameEn: string | null;
  shortName: string | null;
  type: PartyType;
}
export interface FxEvent {
  id: number;
  name: EventName;
  nameZh: string;
  nameEn: string | null;
}
export interface FxAgreement {
  id: number;
  reference: string;
  titleZh: string;
  titleEn: string | null;
  categoryKey: string;
  eventId: number | null;
  status: AgreementStatus;
  signedOn: string | null;
  termEnd: string | null;
  value: string | null;
  kind: ValueKind;
  partyIds: number[];
  deleted: boolean;
  delivered: bigint;
}
export interface World {
  cats: Record<CatName, FxCategory>;
  orgs: Record<OrgName, FxOrg>;
  events: Record<EventName, FxEvent>;
  agreements: FxAgreement[];
}

export async function insertRollupFixtures(db: Db): Promise<World> {
  const catNames = Object.keys(CATEGORIES) as CatName[];
  const catRows = await db.insert(categories).values(catNames.map((n) => CATEGORIES[n])).returning();
  const orgNames = Object.keys(ORGS) as OrgName[];
  const orgRows = await db.insert(organizations).values(orgNames.map((n) => ORGS[n])).returning();
  const eventNames = Object.keys(EVENTS) as EventName[];
  const eventRows = await db.insert(events).values(eventNames.map((n) => EVENTS[n])).returning();

  const cats = Object.fromEntries(catNames.map((n, i) => [n, { ...CATEGORIES[n], id: catRows[i].id }])) as World["cats"];
  const orgs = Object.fromEntries(orgNames.map((n, i) => [n, { ...ORGS[n], name: n, id: orgRows[i].id }])) as World["orgs"];
  const evs = Object.fromEntries(
    eventNames.map((n, i): [EventName, FxEvent] => [n, { nameZh: EVENTS[n].nameZh, nameEn: EVENTS[n].nameEn, name: n, id: eventRows[i].id }]),
  ) as World["events"];

  const rows = await db
    .insert(agreements)
    .values(
      AGREEMENT_DEFS.map((a) => ({
        reference: a.reference,
        titleZh: a.titleZh,
        titleEn: a.titleEn,
        categoryId: cats[a.cat].id,
        eventId: a.event ? evs[a.event].id : null,
        status: a.status,
        signedOn: a.signedOn,
        // The database refuses a term ending before it starts: a fixture whose term ends before signing starts on that day.
        termStart: a.signedOn && a.termEnd && a.termEnd < a.signedOn ? a.termEnd : a.signedOn,
        termEnd: a.termEnd,
        signedValue: a.value,
        valueKind: a.kind,
        deletedAt: a.deleted ? new Date("2025-06-01T00:00:00Z") : null,
      })),
    )
    .returning();
  const idOf = new Map(rows.map((r) => [r.reference, r.id]));
  await db.insert(agreementParties).values(
    AGREEMENT_DEFS.flatMap((a) =>
      a.parties.map((p, i) => ({ agreementId: idOf.get(a.reference)!, organizationId: orgs[p].id, position: i + 1, isLead: i === 0 })),
    ),
  );
  await db
    .insert(progressUpdates)
    .values(PROGRESS.map(([ref, occurredOn, deliveredValue]) => ({ agreementId: idOf.get(ref)!, occurredOn, note: "进展", deliveredValue })));

  const list: FxAgreement[] = AGREEMENT_DEFS.map((a) => ({
    id: idOf.get(a.reference)!,
    reference: a.reference,
    titleZh: a.titleZh,
    titleEn: a.titleEn,
    categoryKey: cats[a.cat].key,
    eventId: a.event ? evs[a.event].id : null,
    status: a.status,
    signedOn: a.signedOn,
    termEnd: a.termEnd,
    value: a.value,
    kind: a.kind,
    partyIds: a.parties.map((p) => orgs[p].id),
    deleted: !!a.deleted,
    delivered: PROGRESS.filter(([ref, , v]) => ref === a.reference && v !== null).reduce((s, [, , v]) => s + fen(v!), 0n),
  }));
  return { cats, orgs, events: evs, agreements: list };
}

/** A migrated test database holding the fixture set, shared by every test of the calling file (read-only). */
export function setupRollupWorld(): { t: TestDb; w: World } {
  const ctx = {} as { t: TestDb; w: World };
  beforeAll(async () => {
    ctx.t = await createTestDb();
    ctx.w = await insertRollupFixtures(ctx.t.db);
  });
  afterAll(() => ctx.t?.close());
  return ctx;
}

// ---------------------------------------------------------------------------
// Expected values, computed in JS
// ---------------------------------------------------------------------------

const NOT_DRAFT = AGREEMENT_STATUSES.filter((s) => s !== "draft");

export function orgOf(w: World, id: number): FxOrg {
  const o = Object.values(w.orgs).find((x) => x.id === id);
  if (!o) throw new Error(`no org ${id}`);
  return o;
}

/** The live agreements a rollup under `f` covers (drafts only when asked for by status). */
export function matching(w: World, f: RollupFilters): FxAgreement[] {
  const statuses = f.status?.length ? f.status : NOT_DRAFT;
  const q = f.q?.toLowerCase();
  return w.agreements.filter((a) => {
    if (a.deleted || !statuses.includes(a.status)) return false;
    if (f.category?.length && !f.category.includes(a.categoryKey)) return false;
    if (f.event === "none" ? a.eventId !== null : f.event !== undefined && a.eventId !== f.event) return false;
    if (f.partyType?.length && !a.partyIds.some((id) => f.partyType!.includes(orgOf(w, id).type))) return false;
    if (f.party !== undefined && !a.partyIds.includes(f.party)) return false;
    if (f.from && (a.signedOn === null || a.signedOn < f.from)) return false;
    if (f.to && (a.signedOn === null || a.signedOn > f.to)) return false;
    if (f.minValue && (a.value === null || fen(a.value) < fen(f.minValue))) return false;
    if (f.maxValue && (a.value === null || fen(a.value) > fen(f.maxValue))) return false;
    if (f.termEndFrom && (a.termEnd === null || a.termEnd < f.termEndFrom)) return false;
    if (f.termEndTo && (a.termEnd === null || a.termEnd > f.termEndTo)) return false;
    if (q) {
      const texts = [a.reference, a.titleZh, a.titleEn, ...a.partyIds.flatMap((id) => [orgOf(w, id).nameZh, orgOf(w, id).nameEn, orgOf(w, id).shortName])];
      if (!texts.some((s) => s?.toLowerCase().includes(q))) return false;
    }
    return true;
  });
}

const val = (a: FxAgreement) => (a.value === null ? 0n : fen(a.value));

interface Measures {
  count: number;
  signedValue: string;
  deliveredValue: string;
  bindingValue: string;
  intendedValue: string;
}

export function measuresOf(list: FxAgreement[]): Measures & { signedFen: bigint } {
  const sum = (pick: (a: FxAgreement) => bigint) => list.reduce((s, a) => s + pick(a), 0n);
  const signedFen = sum(val);
  return {
    count: list.length,
    signedValue: yuan(signedFen),
    deliveredValue: yuan(sum((a) => a.delivered)),
    bindingValue: yuan(sum((a) => (a.kind === "binding" ? val(a) : 0n))),
    intendedValue: yuan(sum((a) => (a.kind === "intended" ? val(a) : 0n))),
    signedFen,
  };
}

export function expectedTotals(w: World, f: RollupFilters) {
  const list = matching(w, f);
  const { signedFen: _ignored, ...m } = measuresOf(list);
  return {
    ...m,
    parties: new Set(list.flatMap((a) => a.partyIds)).size,
    events: new Set(list.map((a) => a.eventId).filter((e) => e !== null)).size,
  };
}

interface Group<T> {
  key: string;
  items: FxAgreement[];
  meta: T;
}

/** Groups agreements (one agreement may fall in several groups) and builds rollup items, sorted by `cmp`. */
function rollup<T>(groups: Group<T>[], cmp: (a: Group<T> & { signedFen: bigint }, b: Group<T> & { signedFen: bigint }) => number, label?: (g: Group<T>) => object | undefined) {
  return groups
    .map((g) => ({ ...g, signedFen: measuresOf(g.items).signedFen }))
    .sort(cmp)
    .map((g) => {
      const { signedFen: _s, ...m } = measuresOf(g.items);
      return { key: g.key, ...(label ? { label: label(g) } : {}), ...m };
    });
}

const bySignedDesc = (a: { signedFen: bigint }, b: { signedFen: bigint }) => (a.signedFen === b.signedFen ? 0 : a.signedFen > b.signedFen ? -1 : 1);

export function expectedByCategory(w: World, f: RollupFilters) {
  const list = matching(w, f);
  const groups = Object.values(w.cats)
    .map((c) => ({ key: c.key, items: list.filter((a) => a.categoryKey === c.key), meta: c }))
    .filter((g) => g.meta.active || g.items.length > 0)
    .filter((g) => !f.category?.length || f.category.includes(g.key));
  return rollup(groups, (a, b) => bySignedDesc(a, b) || a.meta.sortOrder - b.meta.sortOrder, (g) => ({
    zh: g.meta.nameZh,
    zhHant: g.meta.nameZhHant,
    en: g.meta.nameEn,
  }));
}

export function expectedByPartyType(w: World, f: RollupFilters) {
  const list = matching(w, f);
  const groups = PARTY_TYPES.map((type, order) => ({
    key: type,
    items: list.filter((a) => a.partyIds.some((id) => orgOf(w, id).type === type)),
    meta: order,
  }))
    .filter((g) => g.items.length > 0)
    .filter((g) => !f.partyType?.length || f.partyType.includes(g.key));
  return rollup(groups, (a, b) => bySignedDesc(a, b) || a.meta - b.meta);
}

/** Sorted by key: the query orders by value only, so ties have no defined order. */
export function expectedByEvent(w: World, f: RollupFilters) {
  const list = matching(w, f);
  const keys = [...new Set(list.map((a) => a.eventId))];
  const groups = keys.map((id) => ({ key: id === null ? "none" : String(id), items: list.filter((a) => a.eventId === id), meta: id }));
  return rollup(groups, (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0), (g) => {
    const e = Object.values(w.events).find((x) => x.id === g.meta);
    return e ? { zh: e.nameZh, zhHant: e.nameZh, en: e.nameEn ?? e.nameZh } : undefined;
  }).map(({ label, ...rest }) => (label ? { ...rest, label } : rest));
}

export function expectedByMonth(w: World, f: RollupFilters) {
  const list = matching(w, f).filter((a) => a.signedOn !== null);
  const keys = [...new Set(list.map((a) => a.signedOn!.slice(0, 7)))];
  const groups = keys.map((k) => ({ key: k, items: list.filter((a) => a.signedOn!.startsWith(k)), meta: null }));
  return rollup(groups, (a, b) => (a.key < b.key ? -1 : 1));
}

export function expectedByStatus(w: World, f: RollupFilters) {
  const list = matching(w, f);
  const groups = AGREEMENT_STATUSES.map((s, order) => ({ key: s as string, items: list.filter((a) => a.status === s), meta: order })).filter(
    (g) => g.items.length > 0,
  );
  return rollup(groups, (a, b) => a.meta - b.meta);
}

export function expectedTopParties(w: World, f: RollupFilters, limit = 10) {
  const list = matching(w, f);
  const ids = [...new Set(list.flatMap((a) => a.partyIds))].filter((id) => !f.party || id === f.party);
  const groups = ids.map((id) => ({ key: String(id), items: list.filter((a) => a.partyIds.includes(id)), meta: orgOf(w, id) }));
  return rollup(
    groups,
    (a, b) => bySignedDesc(a, b) || b.items.length - a.items.length || a.meta.id - b.meta.id,
    (g) => ({ zh: g.meta.nameZh, zhHant: g.meta.nameZh, en: g.meta.nameEn ?? g.meta.nameZh }),
  ).slice(0, limit);
}

export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Last calendar day of a "YYYY-MM" month. */
export function monthEnd(ym: string): string {
  const [y, m] = ym.split("-").map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export function expectedExpiring(w: World, f: RollupFilters, today: string, limit = 8) {
  const list = matching(w, f).filter((a) => a.termEnd !== null);
  const horizon = addDays(today, 90);
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const order = (a: FxAgreement, b: FxAgreement) => cmp(a.termEnd!, b.termEnd!) || cmp(a.reference, b.reference);
  const item = (a: FxAgreement) => ({ id: a.id, reference: a.reference, titleZh: a.titleZh, titleEn: a.titleEn, termEnd: a.termEnd!, status: a.status });
  const soon = list
    .filter((a) => a.termEnd! >= today && a.termEnd! <= horizon && (a.status === "signed" || a.status === "in_execution"))
    .sort(order);
  const overdue = list.filter((a) => a.termEnd! < today && !["draft", "completed", "terminated"].includes(a.status)).sort(order);
  return {
    soon: soon.slice(0, limit).map(item),
    soonCount: soon.length,
    overdue: overdue.slice(0, limit).map(item),
    overdueCount: overdue.length,
  };
}

// ---------------------------------------------------------------------------
// Filter combinations shared by the test files
// ---------------------------------------------------------------------------

/** [name, filters]: every filter alone, a few combinations, and ones that select nothing. */
export const FILTER_CASES: [string, (w: World) => RollupFilters][] = [
  ["no filter", () => ({})],
  ["category fin", () => ({ category: ["financial_services"] })],
  ["category tech+talent", () => ({ category: ["technology_innovation", "talent_cultivation"] })],
  ["category legacy (only a draft)", () => ({ category: ["legacy_misc"] })],
  ["from/to 2025", () => ({ from: "2025-01-01", to: "2025-12-31" })],
  ["from/to one day 2024-08-22", () => ({ from: "2024-08-22", to: "2024-08-22" })],
  ["to only 2024-12-31", () => ({ to: "2024-12-31" })],
  ["from only 2024-08-23", () => ({ from: "2024-08-23" })],
  ["event expo24", (w) => ({ event: w.events.expo24.id })],
  ["event wcif25", (w) => ({ event: w.events.wcif25.id })],
  ["event none", () => ({ event: "none" })],
  ["partyType bank", () => ({ partyType: ["bank"] })],
  ["partyType academic+government", () => ({ partyType: ["academic", "government"] })],
  ["partyType insurer (draft/deleted only)", () => ({ partyType: ["insurer"] })],
  ["party msxj", (w) => ({ party: w.orgs.msxj.id })],
  ["status draft", () => ({ status: ["draft"] })],
  ["status completed+terminated", () => ({ status: ["completed", "terminated"] })],
  ["status draft+signed", () => ({ status: ["draft", "signed"] })],
  ["minValue=maxValue=0.01", () => ({ minValue: "0.01", maxValue: "0.01" })],
  ["minValue 100000000.00", () => ({ minValue: "100000000.00" })],
  ["maxValue 1200000.50", () => ({ maxValue: "1200000.50" })],
  ["q short name 讯飞", () => ({ q: "讯飞" })],
  ["q English name, other case", () => ({ q: "IFLYTEK" })],
  ["q title 联合实验室", () => ({ q: "联合实验室" })],
  ["q reference, lower case", () => ({ q: "ru-2025" })],
  ["q literal %", () => ({ q: "%" })],
  ["fin + bank + from 2025", () => ({ category: ["financial_services"], partyType: ["bank"], from: "2025-01-01" })],
  ["expo24 + signed/in_execution", (w) => ({ event: w.events.expo24.id, status: ["signed", "in_execution"] })],
  ["fin + draft", () => ({ category: ["financial_services"], status: ["draft"] })],
  ["tech + party iflytek + minValue 0.01 + 2024", (w) => ({ category: ["technology_innovation"], party: w.orgs.iflytek.id, minValue: "0.01", from: "2024-01-01", to: "2024-12-31" })],
];
