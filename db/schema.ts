import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  bigserial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

export const ROLES = ["admin", "staff", "executive"] as const;
export type Role = (typeof ROLES)[number];

export const PARTY_TYPES = [
  "bank",
  "consumer_finance",
  "insurer",
  "securities_fund",
  "microlender",
  "other_financial",
  "academic",
  "ai_tech",
  "big_data",
  "government",
  "other",
] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const AGREEMENT_STATUSES = ["draft", "signed", "in_execution", "completed", "terminated"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const VALUE_KINDS = ["binding", "intended"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const roleEnum = pgEnum("role", ROLES);
export const partyTypeEnum = pgEnum("party_type", PARTY_TYPES);
export const agreementStatusEnum = pgEnum("agreement_status", AGREEMENT_STATUSES);
export const valueKindEnum = pgEnum("value_kind", VALUE_KINDS);

/** Money columns: exact yuan with two decimals (fen), up to 10万亿 per row. */
const money = (name: string) => numeric(name, { precision: 16, scale: 2 });
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull(),
  active: boolean("active").notNull().default(true),
  lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  createdAt: createdAt(),
});

export const categories = pgTable("categories", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameZhHant: text("name_zh_hant").notNull(),
  nameEn: text("name_en").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
  active: boolean("active").notNull().default(true),
});

export const organizations = pgTable(
  "organizations",
  {
    id: serial("id").primaryKey(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en"),
    shortName: text("short_name"),
    type: partyTypeEnum("type").notNull(),
    creditCode: text("credit_code").unique(),
    city: text("city"),
    website: text("website"),
    notes: text("notes"),
    isSample: boolean("is_sample").notNull().default(false),
    /** One key per form submission: a replayed request finds its row instead of inserting again. */
    submissionKey: text("submission_key").unique(),
    /** Bumped by every edit; an edit based on an older version is refused (no lost edits). */
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("organizations_type_idx").on(t.type),
    index("organizations_name_zh_trgm").using("gin", sql`${t.nameZh} gin_trgm_ops`),
    index("organizations_name_en_trgm").using("gin", sql`${t.nameEn} gin_trgm_ops`),
    index("organizations_short_name_trgm").using("gin", sql`${t.shortName} gin_trgm_ops`),
    index("organizations_credit_code_trgm").using("gin", sql`${t.creditCode} gin_trgm_ops`),
  ],
);

export const events = pgTable(
  "events",
  {
    id: serial("id").primaryKey(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en"),
    heldOn: date("held_on").notNull(),
    venue: text("venue"),
    host: text("host"),
    notes: text("notes"),
    isSample: boolean("is_sample").notNull().default(false),
    /** One key per form submission: a replayed request finds its row instead of inserting again. */
    submissionKey: text("submission_key").unique(),
    /** Bumped by every edit; an edit based on an older version is refused (no lost edits). */
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("events_held_on_idx").on(t.heldOn)],
);

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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("agreements_category_idx").on(t.categoryId),
    index("agreements_event_idx").on(t.eventId),
    index("agreements_status_idx").on(t.status),
    index("agreements_signed_on_idx").on(t.signedOn),
    index("agreements_term_end_idx").on(t.termEnd),
    index("agreements_live_signed_idx")
      .on(t.signedOn, t.categoryId)
      .where(sql`${t.deletedAt} is null and ${t.status} <> 'draft'`),
    index("agreements_reference_trgm").using("gin", sql`${t.reference} gin_trgm_ops`),
    index("agreements_title_zh_trgm").using("gin", sql`${t.titleZh} gin_trgm_ops`),
    index("agreements_title_en_trgm").using("gin", sql`${t.titleEn} gin_trgm_ops`),
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
  },
  (t) => [index("progress_updates_agreement_idx").on(t.agreementId)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: integer("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId), index("audit_log_at_idx").on(t.at)],
);

/**
 * Read-only API tokens for BI tools. Only the sha-256 of the secret is kept; the
 * prefix (first 8 characters) lets admins tell tokens apart without revealing them.
 */
export const apiTokens = pgTable("api_tokens", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  prefix: text("prefix").notNull(),
  createdBy: integer("created_by")
    .notNull()
    .references(() => users.id),
  createdAt: createdAt(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/** Sign-in attempts per email, so repeated failures can be throttled across app instances. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    succeeded: boolean("succeeded").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_email_at_idx").on(t.email, t.at), index("sign_in_attempts_at_idx").on(t.at)],
);

export type User = typeof users.$inferSelect;
export type Category = typeof categories.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type Event = typeof events.$inferSelect;
export type Agreement = typeof agreements.$inferSelect;
export type NewAgreement = typeof agreements.$inferInsert;
export type AgreementParty = typeof agreementParties.$inferSelect;
export type ProgressUpdate = typeof progressUpdates.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type NewApiToken = typeof apiTokens.$inferInsert;
