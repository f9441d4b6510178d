import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { queryRows, type DbOrTx } from "../client";
import { agreements, events, type Event } from "../schema";
import { agreementWhere, likePattern } from "./agreement-filters";
import { SIGNED, sumAgreements } from "./rollups";
import { scopeOf, type RollupFilters, type ValueTotals } from "@/lib/domain/rollups";

export interface EventListItem {
  id: number;
  nameZh: string;
  nameEn: string | null;
  heldOn: string;
  venue: string | null;
  host: string | null;
  /** Signed agreements only: past draft and not soft-deleted. */
  agreementCount: number;
  /** Exact yuan, two decimals; then its binding (合同) and intended (意向) parts. */
  signedValue: string;
  bindingValue: string;
  intendedValue: string;
}

export interface EventPage {
  items: EventListItem[];
  total: number;
}

export type EventTotals = ValueTotals;

/** The agreements `a` an event's figures cover: those counted under the filters, else every signed one. */
const agreementScope = (counted: RollupFilters | undefined): SQL => (counted ? agreementWhere(scopeOf(counted)) : SIGNED);

function eventWhere(q?: string, counted?: RollupFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (q) {
    const like = likePattern(q);
    parts.push(sql`(e.name_zh ilike ${like} or e.name_en ilike ${like} or e.venue ilike ${like} or e.host ilike ${like})`);
  }
  // The same events getTotals counts: those holding a counted agreement.
  if (counted) parts.push(sql`e.id in (select a.event_id from agreements a where ${agreementScope(counted)})`);
  return sql.join(parts, sql` and `);
}

/**
 * One page of events, newest first, each with its signed agreements' count and value.
 * `counted`: only the events of the agreements these filters count (the dashboard's 签约活动 figure), with their figures.
 */
export async function listEvents(db: DbOrTx, opts: { q?: string; counted?: RollupFilters; page: number; pageSize: number }): Promise<EventPage> {
  const where = eventWhere(opts.q, opts.counted);
  const [{ total }] = await queryRows<{ total: number }>(db, sql`select count(*)::int as total from events e where ${where}`);
  const rows = await queryRows<{
    id: number;
    name_zh: string;
    name_en: string | null;
    held_on: string;
    venue: string | null;
    host: string | null;
    agreement_count: number;
    signed_value: string;
    binding_value: string;
    intended_value: string;
  }>(
    db,
    sql`select e.id, e.name_zh, e.name_en, e.held_on::text as held_on, e.venue, e.host,
               count(a.id)::int as agreement_count,
               coalesce(sum(a.signed_value), 0)::numeric(38,2)::text as signed_value,
               coalesce(sum(a.signed_value) filter (where a.value_kind = 'binding'), 0)::numeric(38,2)::text as binding_value,
               coalesce(sum(a.signed_value) filter (where a.value_kind = 'intended'), 0)::numeric(38,2)::text as intended_value
          from events e
          left join agreements a on a.event_id = e.id and ${agreementScope(opts.counted)}
         where ${where}
         group by e.id
         order by e.held_on desc, e.id desc
         limit ${opts.pageSize} offset ${(opts.page - 1) * opts.pageSize}`,
  );
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      nameZh: r.name_zh,
      nameEn: r.name_en,
      heldOn: r.held_on,
      venue: r.venue,
      host: r.host,
      agreementCount: Number(r.agreement_count),
      signedValue: r.signed_value,
      bindingValue: r.binding_value,
      intendedValue: r.intended_value,
    })),
    total: Number(total),
  };
}

export async function getEvent(db: DbOrTx, id: number): Promise<Event | undefined> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row;
}

/** The event's signed agreements: count, value split by kind, and what progress updates report delivered. */
export async function getEventTotals(db: DbOrTx, id: number): Promise<EventTotals> {
  return sumAgreements(db, sql`a.event_id = ${id} and ${SIGNED}`);
}

/** Agreements signed at the event, deleted ones included (they can be restored): what keeps it from being deleted. */
export async function countEventReferences(db: DbOrTx, id: number): Promise<number> {
  return db.$count(agreements, eq(agreements.eventId, id));
}
