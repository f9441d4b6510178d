// Recreates the e2e scratch database on a server: migrated, sample data, one account per role.
import { sql } from "drizzle-orm";
import { openDb } from "@/db/client";
import { createUser } from "@/db/mutations/users";
import { seedSampleData } from "@/db/seed";
import { DEMO_PASSWORD, DEMO_USERS } from "@/db/seed/demo-users";

const [adminUrl, scratchUrl] = process.argv.slice(2);
const name = new URL(scratchUrl).pathname.slice(1);
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);

const admin = await openDb({ url: adminUrl });
await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
await admin.db.execute(sql.raw(`create database ${name}`));
await admin.close();

const scratch = await openDb({ url: scratchUrl, migrate: true });
await seedSampleData(scratch.db, { demoUsers: false });
// The accounts the specs sign in with, created the way an operator would (user:create's function).
for (const u of DEMO_USERS) await createUser(scratch.db, null, { ...u, password: DEMO_PASSWORD });
await scratch.close();
console.log(`[accord] e2e database ${name} ready`);
