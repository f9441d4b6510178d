import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import { type Role } from "@/lib/domain/enums";
import { hashPassword } from "@/lib/crypto/password";

/** Shown on the login page of the embedded database; never created on a server unless asked. */
export const DEMO_PASSWORD = "accord-demo-2026";

export const DEMO_USERS: readonly { email: string; role: Role; name: string }[] = [
  { email: "admin@accord.local", role: "admin", name: "系统管理员" },
  { email: "staff@accord.local", role: "staff", name: "业务专员" },
  { email: "exec@accord.local", role: "executive", name: "分管领导" },
];

/**
 * Creates the demo accounts that are missing. Existing ones are left untouched, so
 * a changed password or a deactivated account stays that way, and a restart pays
 * for no bcrypt work once they exist.
 */
export async function ensureDemoUsers(db: DbOrTx): Promise<number> {
  const emails = DEMO_USERS.map((u) => u.email);
  const existing = await db.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  const missing = DEMO_USERS.filter((u) => !existing.some((e) => e.email === u.email));
  if (missing.length === 0) return 0;
  const rows = await Promise.all(
    missing.map(async (u) => ({ ...u, passwordHash: await hashPassword(DEMO_PASSWORD) })),
  );
  const inserted = await db
    .insert(users)
    .values(rows)
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return inserted.length;
}
