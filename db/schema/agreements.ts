import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { agreementStatusEnum, createdAt, money, updatedAt, valueKindEnum } from "./columns";
import { organizations } from "./organizations";
import { categories, events } from "./reference";
import { users } from "./users";

export const agreements = pgTable(
  "agreements",
  {
    id: serial("id").primaryKey(),
    reference: text("reference").notNull().unique(),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en"),
    summary: text("summary"),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    eventId: integer("event_id").references(() => events.id),
    status: agreementStatusEnum("status").notNull().default("draft"),
    signedOn: date("signed_on"),
    termStart: date("term_start"),
    termEnd: date("term_end"),
    signedValue: money("signed_value"),
    valueKind: valueKindEnum("value_kind").notNull().default("binding"),
    currency: text("currency").notNull().default("CNY"),
    isSample: boolean("is_sample").notNull().default(false),
    version: integer("version").notNull().default(1),
    /** One key per form submission: a replayed request finds its row instead of inserting again. */
    submissionKey: text("submission_key").unique(),
    createdBy: integer("created_by").references(() => users.id),
    updatedBy: integer("updated_by").references(() => users.id),
    /** 负责人: the staff member who follows the agreement up and receives its reminders; the creator unless reassigned. */
    ownerId: integer("owner_id").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("agreements_owner_idx").on(t.ownerId),
    index("agreements_category_idx").on(t.categoryId),
    index("agreements_event_idx").on(t.eventId),
    index("agreements_status_idx").on(t.status),
    index("agreements_signed_on_idx").on(t.signedOn),
    index("agreements_term_end_idx").on(t.termEnd),
    index("agreements_live_signed_idx")
      .on(t.signedOn, t.categoryId)
      .where(sql`${t.deletedAt} is null and ${t.status} <> 'draft'`),
    // The list's sorts, so a page is read off an index instead of sorting every live agreement.
    index("agreements_live_date_desc_idx").on(t.signedOn.desc().nullsLast(), t.reference.desc().nullsFirst()).where(sql`${t.deletedAt} is null`),
    index("agreements_live_value_desc_idx").on(t.signedValue.desc().nullsLast(), t.reference).where(sql`${t.deletedAt} is null`),
    index("agreements_live_value_asc_idx").on(t.signedValue.nullsLast(), t.reference).where(sql`${t.deletedAt} is null`),
    index("agreements_reference_trgm").using("gin", sql`${t.reference} gin_trgm_ops`),
    index("agreements_title_zh_trgm").using("gin", sql`${t.titleZh} gin_trgm_ops`),
    index("agreements_title_en_trgm").using("gin", sql`${t.titleEn} gin_trgm_ops`),
    // What the forms refuse, refused again by the database for every other way in (imports, scripts, SQL).
    check("agreements_signed_value_not_negative", sql`${t.signedValue} >= 0`),
    check("agreements_term_in_order", sql`${t.termEnd} >= ${t.termStart}`),
  ],
);

export const agreementParties = pgTable(
  "agreement_parties",
  {
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** 甲方 = 1, 乙方 = 2, 丙方 = 3 … */
    position: integer("position").notNull(),
    isLead: boolean("is_lead").notNull().default(false),
    signatoryName: text("signatory_name"),
    signatoryTitle: text("signatory_title"),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.organizationId] }),
    uniqueIndex("agreement_parties_position_uq").on(t.agreementId, t.position),
    check("agreement_parties_position_positive", sql`${t.position} >= 1`),
    index("agreement_parties_org_idx").on(t.organizationId),
  ],
);

export const progressUpdates = pgTable(
  "progress_updates",
  {
    id: serial("id").primaryKey(),
    agreementId: integer("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    occurredOn: date("occurred_on").notNull(),
    note: text("note").notNull(),
    deliveredValue: money("delivered_value"),
    authorId: integer("author_id").references(() => users.id),
    /** One key per form submission: a replayed request finds its row instead of inserting again. */
    submissionKey: text("submission_key").unique(),
    createdAt: createdAt(),
    /** Bumped by every correction or withdrawal; one based on an older version is refused (no lost corrections). */
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    updatedAt: updatedAt(),
    /** A withdrawn entry stays on record (and in the history) but counts nothing in any total. */
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    /** Why the latest correction or the withdrawal was made; the audit log keeps every earlier one. */
    changeReason: text("change_reason"),
  },
  (t) => [
    index("progress_updates_agreement_idx").on(t.agreementId),
    // A refund or an entry made in error is a correction of the entry it concerns, never a negative entry.
    check("progress_updates_delivered_not_negative", sql`${t.deliveredValue} >= 0`),
    check("progress_updates_change_has_reason", sql`(${t.version} = 1 and ${t.withdrawnAt} is null) or ${t.changeReason} is not null`),
  ],
);
