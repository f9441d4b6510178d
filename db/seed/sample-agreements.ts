import type { AgreementStatus, ValueKind } from "@/lib/domain/enums";
import type { CategoryKey } from "./categories";
import { CEREMONY_EVENT, SAMPLE_EVENTS, type EventKey } from "./sample-events";
import { SAMPLE_ORGANIZATIONS, type SampleOrganization } from "./sample-organizations";
import { SIGNATORY_NAMES, TEMPLATES, signatoryTitles, type AgreementTemplate } from "./sample-agreement-templates";
import { HEADLINES, type Headline } from "./sample-headlines";
import { sampleProgress, type SampleProgress } from "./sample-progress";
import { FEN_PER_WAN, expand, fenToDecimal, int, mulberry32, pick, shuffle, termEnd, type Rng } from "./sample-util";

/** The day the sample data describes: progress never later, "expiring soon" counted from here. */
export const SAMPLE_AS_OF = "2026-11-27";
/** Non-draft agreements signed at the 2025-07-10 ceremony add up to exactly this (325.68亿元). */
export const CEREMONY_TOTAL_FEN = 3_256_800_000_000n;

export interface SampleParty {
  organization: string;
  position: number;
  isLead: boolean;
  signatoryName: string;
  signatoryTitle: string;
}

export interface SampleAgreement {
  reference: string;
  titleZh: string;
  titleEn: string;
  summary: string;
  category: CategoryKey;
  event: EventKey | null;
  status: AgreementStatus;
  signedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  valueFen: bigint | null;
  signedValue: string | null;
  valueKind: ValueKind;
  parties: SampleParty[];
  progress: SampleProgress[];
}

interface Slot {
  event: EventKey | null;
  /** Signing date, or for a draft the date it is planned for (orders the references). */
  date: string;
  category: CategoryKey;
  status: AgreementStatus;
}

interface Shape extends Omit<AgreementTemplate, "parties" | "optionalThird" | "wan" | "lead"> {
  orgs: SampleOrganization[];
  lead: number;
  wan: number | null;
}

const BY_SHORT = new Map(SAMPLE_ORGANIZATIONS.map((o) => [o.shortName, o]));
const org = (short: string): SampleOrganization => {
  const found = BY_SHORT.get(short);
  if (!found) throw new Error(`sample organization ${short} is not in the list`);
  return found;
};

const eventDate = (key: EventKey): string => SAMPLE_EVENTS.find((e) => e.key === key)!.heldOn;

function eventSlots(rng: Rng, event: EventKey, categories: CategoryKey[], statuses: AgreementStatus[]): Slot[] {
  const shuffled = shuffle(rng, statuses);
  return categories.map((category, i) => ({ event, date: eventDate(event), category, status: shuffled[i] }));
}

const STANDALONE: Slot[] = [
  { event: null, date: "2025-11-18", category: "financial_services", status: "in_execution" },
  { event: null, date: "2026-01-08", category: "technology_innovation", status: "in_execution" },
  { event: null, date: "2026-06-30", category: "talent_cultivation", status: "signed" },
  { event: null, date: "2026-10-21", category: "financial_services", status: "signed" },
  { event: null, date: "2026-12-08", category: "technology_innovation", status: "draft" },
  { event: null, date: "2026-12-15", category: "project_training", status: "draft" },
];

type Row = Omit<SampleAgreement, "reference" | "progress"> & { date: string };

class Builder {
  private usage = new Map<SampleOrganization, number>();
  private titles = new Set<string>();
  readonly rows: Row[] = [];

  constructor(private rng: Rng) {}

  /** Half the picks go to the least-used candidate, so every party shows up while some still lead the rankings. */
  private pickOrg(types: readonly string[], taken: SampleOrganization[]): SampleOrganization {
    const pool = SAMPLE_ORGANIZATIONS.filter((o) => types.includes(o.type) && !taken.includes(o));
    if (this.rng() < 0.5) return pick(this.rng, pool);
    const least = Math.min(...pool.map((o) => this.usage.get(o) ?? 0));
    return pick(this.rng, pool.filter((o) => (this.usage.get(o) ?? 0) === least));
  }

  fromTemplate(slot: Slot): void {
    const t = pick(this.rng, TEMPLATES[slot.category]);
    for (let attempt = 0; ; attempt++) {
      const orgs: SampleOrganization[] = [];
      for (const types of t.parties) orgs.push(this.pickOrg(types, orgs));
      if (t.optionalThird && this.rng() < 0.5) orgs.push(this.pickOrg(t.optionalThird, orgs));
      if (this.titles.has(titleZh(orgs, t.zh)) && attempt < 50) continue;
      const wan = t.wan ? pick(this.rng, t.wan) : null;
      return this.add(slot, { ...t, orgs, wan }, pick(this.rng, [12, 18, 18, 24, 24, 36, 36, 60]));
    }
  }

  headline(h: Headline): void {
    const slot: Slot = { event: CEREMONY_EVENT, date: eventDate(CEREMONY_EVENT), category: h.category, status: h.status };
    this.add(slot, { ...h, orgs: h.orgs.map(org) }, h.months);
  }

  private add(slot: Slot, s: Shape, months: number): void {
    const { rng } = this;
    let valueFen = s.wan === null ? null : BigInt(s.wan) * FEN_PER_WAN;
    // Contract amounts are rarely round: a third of the binding ones carry yuan and fen.
    if (valueFen !== null && s.kind === "binding" && rng() < 0.35) {
      valueFen += BigInt(1 + int(rng, 99_999)) * 100n + (rng() < 0.3 ? 50n : 0n);
    }
    const draft = slot.status === "draft";
    const openEnded = slot.category === "talent_cultivation" && rng() < 0.25;
    const term = slot.status === "completed" ? 12 : months;
    const names: string[] = [];
    const parties = s.orgs.map((o, i) => {
      const name = pick(rng, SIGNATORY_NAMES.filter((n) => !names.includes(n)));
      names.push(name);
      this.usage.set(o, (this.usage.get(o) ?? 0) + 1);
      const title = pick(rng, signatoryTitles(o.nameZh, o.type));
      return { organization: o.nameZh, position: i + 1, isLead: i + 1 === s.lead, signatoryName: name, signatoryTitle: title };
    });
    const title = titleZh(s.orgs, s.zh);
    this.titles.add(title);
    const short = s.orgs.map((o) => o.shortName);
    this.rows.push({
      date: slot.date,
      titleZh: title,
      titleEn: `${joinNames(s.orgs.map((o) => o.shortEn), ", ", " and ")} ${s.en}`,
      summary: s.summary.replace("{A}", short[0]).replace("{B}", short[1]).replace("{C}", short[2] ?? ""),
      category: slot.category,
      event: slot.event,
      status: slot.status,
      signedOn: draft ? null : slot.date,
      termStart: draft ? null : slot.date,
      termEnd: draft || openEnded ? null : termEnd(slot.date, term),
      valueFen,
      signedValue: valueFen === null ? null : fenToDecimal(valueFen),
      valueKind: s.kind,
      parties,
    });
  }

  /**
   * Makes the ceremony's non-draft total exact: the anchor takes the remainder in
   * whole 100万元 (it is a framework amount), a binding contract the odd yuan and fen.
   */
  settleCeremonyTotal(anchor: Row, oddOne: Row): void {
    const others = this.rows
      .filter((r) => r !== anchor && r.event === CEREMONY_EVENT && r.status !== "draft")
      .reduce((sum, r) => sum + (r.valueFen ?? 0n), 0n);
    const rest = CEREMONY_TOTAL_FEN - others;
    const odd = rest % (100n * FEN_PER_WAN);
    if (rest < 100_000n * FEN_PER_WAN || rest > 1_500_000n * FEN_PER_WAN || oddOne.valueFen === null) {
      throw new Error("sample ceremony total cannot be settled; adjust the templates or headlines");
    }
    anchor.valueFen = rest - odd;
    oddOne.valueFen += odd;
    for (const r of [anchor, oddOne]) r.signedValue = fenToDecimal(r.valueFen!);
  }
}

function joinNames(names: string[], sep: string, last: string): string {
  return names.length <= 2 ? names.join(last) : `${names.slice(0, -1).join(sep)}${last}${names.at(-1)}`;
}

const titleZh = (orgs: SampleOrganization[], suffix: string): string =>
  `${joinNames(orgs.map((o) => o.shortName), "、", "与")}${suffix}`;

/** Every sample agreement with its parties and progress; pure and identical on every call. */
export function buildSampleAgreements(): SampleAgreement[] {
  const rng = mulberry32(20250710);
  const b = new Builder(rng);
  HEADLINES.forEach((h) => b.headline(h));
  const [anchor] = b.rows;
  const oddOne = b.rows.find((r) => r.titleZh.startsWith("深擎科技与马上消金"))!;
  const ceremony = expand<CategoryKey>({
    financial_services: 38,
    technology_innovation: 27,
    talent_cultivation: 14,
    project_training: 13,
  });
  const ceremonyStatuses = expand<AgreementStatus>({ draft: 3, terminated: 3, completed: 8, signed: 33, in_execution: 45 });
  const slots = [
    ...eventSlots(rng, CEREMONY_EVENT, ceremony, ceremonyStatuses),
    ...eventSlots(
      rng,
      "talent_2025_03",
      expand<CategoryKey>({ talent_cultivation: 4, project_training: 3, technology_innovation: 1 }),
      expand<AgreementStatus>({ completed: 2, in_execution: 4, terminated: 1, signed: 1 }),
    ),
    ...eventSlots(
      rng,
      "ecosystem_2025_09",
      expand<CategoryKey>({ financial_services: 4, technology_innovation: 4, project_training: 1 }),
      expand<AgreementStatus>({ signed: 3, in_execution: 5, completed: 1 }),
    ),
    ...eventSlots(
      rng,
      "projects_2026_04",
      expand<CategoryKey>({ financial_services: 3, technology_innovation: 2, talent_cultivation: 1, project_training: 2 }),
      expand<AgreementStatus>({ signed: 5, in_execution: 2, draft: 1 }),
    ),
    ...STANDALONE,
  ];
  slots.forEach((slot) => b.fromTemplate(slot));
  b.settleCeremonyTotal(anchor, oddOne);

  // Stable sort: agreements signed the same day keep their generation order.
  const ordered = [...b.rows].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const perYear = new Map<string, number>();
  return ordered.map(({ date, ...r }) => {
    const year = date.slice(0, 4);
    const seq = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, seq);
    const reference = `CQ-${year}-${String(seq).padStart(4, "0")}`;
    return { ...r, reference, progress: sampleProgress(rng, r, SAMPLE_AS_OF) };
  });
}
