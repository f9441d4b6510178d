import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, serial, text } from "drizzle-orm/pg-core";
import { createdAt, partyTypeEnum, updatedAt } from "./columns";
import { users } from "./users";

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
