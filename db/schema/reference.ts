import { sql } from "drizzle-orm";
import { boolean, date, index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { users } from "./users";

export const categories = pgTable(
  "categories",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull().unique(),
    nameZh: text("name_zh").notNull(),
    nameZhHant: text("name_zh_hant").notNull(),
    nameEn: text("name_en").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    /** Retired (false): gone from the agreement forms, still in filters and history. */
    active: boolean("active").notNull().default(true),
  },
  (t) => [
    uniqueIndex("categories_name_zh_uq").on(t.nameZh),
    uniqueIndex("categories_name_zh_hant_uq").on(t.nameZhHant),
    uniqueIndex("categories_name_en_uq").on(sql`lower(${t.nameEn})`),
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
