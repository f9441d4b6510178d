// `npm run db:migrate`: applies db/migrations as the owner (MIGRATION_DATABASE_URL, else
// DATABASE_URL), or to the embedded database in .data/. When the owner and the app role
// (DATABASE_URL's user) differ, it then grants the app role what serving needs (db/app-role.ts).
import { appRoleToGrant, grantAppRole } from "@/db/app-role";
import { openDb } from "@/db/client";

const ownerUrl = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL || undefined;
const handle = await openDb({ url: ownerUrl, migrate: true });
console.log(`[accord] migrations applied (${handle.kind})`);
const appRole = appRoleToGrant({ DATABASE_URL: process.env.DATABASE_URL, MIGRATION_DATABASE_URL: process.env.MIGRATION_DATABASE_URL });
if (appRole) {
  await grantAppRole(handle.db, appRole);
  console.log(`[accord] grants set for the app role ${appRole} (audit_log: select, insert only)`);
}
await handle.close();
