import { sql } from "drizzle-orm";
import { index, integer, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { organizations } from "./organizations";
import { users } from "./users";

/**
 * Other names an organisation is known by: the names of duplicates merged into it.
 * The party search, the list's `q` and the API's organisation search match them,
 * so a name that once pointed at the absorbed record still finds the survivor.
 */
export const organizationAliases = pgTable(
  "organization_aliases",
  {
    id: serial("id").primaryKey(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The merged organisation the name came from (no foreign key: that row is gone; the audit log keeps it). */
    mergedFromId: integer("merged_from_id"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("organization_aliases_org_name_uq").on(t.organizationId, t.name),
    index("organization_aliases_name_trgm").using("gin", sql`${t.name} gin_trgm_ops`),
  ],
);
