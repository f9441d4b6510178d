import { sql } from "drizzle-orm";
import { date, index, integer, numeric, pgTable, unique } from "drizzle-orm/pg-core";
import { agreementStatusEnum, money, partyTypeEnum, valueKindEnum } from "./columns";

/*
 * Exact summaries of the live (not soft-deleted) agreements, kept in the write
 * transaction by triggers (migration `0011_rollup_triggers`), so the dashboard sums a
 * few thousand cells instead of every agreement. A cell whose agreements all
 * left keeps a count of 0 (deleting it would cost more than it saves); readers skip those. `rollup_facts` remembers what
 * each agreement last added to the cells, so a change subtracts exactly that and
 * adds its new contribution. Nothing in the app writes these tables.
 */

const sums = {
  agreements: integer("agreements").notNull(),
  /** Exact yuan; an agreement without a value adds 0. */
  signedValue: numeric("signed_value", { precision: 20, scale: 2 }).notNull(),
  deliveredValue: numeric("delivered_value", { precision: 20, scale: 2 }).notNull(),
};

/** What each live agreement contributes to the cells. */
export const rollupFacts = pgTable(
  "rollup_facts",
  {
    agreementId: integer("agreement_id").primaryKey(),
    categoryId: integer("category_id").notNull(),
    eventId: integer("event_id"),
    status: agreementStatusEnum("status").notNull(),
    valueKind: valueKindEnum("value_kind").notNull(),
    signedOn: date("signed_on"),
    signedValue: money("signed_value"),
    deliveredValue: numeric("delivered_value", { precision: 20, scale: 2 }).notNull(),
    partyTypes: partyTypeEnum("party_types").array().notNull(),
    organizationIds: integer("organization_ids").array().notNull(),
  },
  // The dashboard's 超额落地 count reads only the few over-delivered agreements.
  (t) => [index("rollup_facts_over_delivered_idx").on(t.status).where(sql`${t.deliveredValue} > ${t.signedValue}`)],
);

/**
 * Agreements by the dimensions the dashboard filters on: category, event, status, value kind and
 * signing month (the first day of it), so a date range of whole months is served from here.
 */
export const rollupCells = pgTable(
  "rollup_cells",
  {
    categoryId: integer("category_id").notNull(),
    eventId: integer("event_id"),
    status: agreementStatusEnum("status").notNull(),
    valueKind: valueKindEnum("value_kind").notNull(),
    signedMonth: date("signed_month"),
    ...sums,
  },
  (t) => [unique("rollup_cells_key").on(t.categoryId, t.eventId, t.status, t.valueKind, t.signedMonth).nullsNotDistinct()],
);

/** Per party type among an agreement's parties (it counts once per type); without the event, which would multiply the cells. */
export const rollupPartyTypeCells = pgTable(
  "rollup_party_type_cells",
  {
    partyType: partyTypeEnum("party_type").notNull(),
    categoryId: integer("category_id").notNull(),
    status: agreementStatusEnum("status").notNull(),
    valueKind: valueKindEnum("value_kind").notNull(),
    signedMonth: date("signed_month"),
    ...sums,
  },
  (t) => [unique("rollup_party_type_cells_key").on(t.partyType, t.categoryId, t.status, t.valueKind, t.signedMonth).nullsNotDistinct()],
);

/** Agreements per party, status and value kind: the top parties and the party count when only the status scope applies. */
export const rollupPartyCells = pgTable(
  "rollup_party_cells",
  {
    organizationId: integer("organization_id").notNull(),
    status: agreementStatusEnum("status").notNull(),
    valueKind: valueKindEnum("value_kind").notNull(),
    ...sums,
  },
  (t) => [unique("rollup_party_cells_key").on(t.organizationId, t.status, t.valueKind)],
);
