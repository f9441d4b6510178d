import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { users } from "../schema";

export interface OwnerOption {
  id: number;
  name: string;
  email: string;
}

/** Who may own an agreement (负责人): active staff members and admins, by name. */
export async function listOwnerOptions(db: DbOrTx): Promise<OwnerOption[]> {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ["staff", "admin"])))
    .orderBy(asc(users.name), asc(users.id));
}
