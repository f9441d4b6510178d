// `npm run db:migrate`: applies db/migrations to DATABASE_URL, or to the embedded database in .data/.
import { openDb } from "@/db/client";

const handle = await openDb({ url: process.env.DATABASE_URL || undefined, migrate: true });
console.log(`[accord] migrations applied (${handle.kind})`);
await handle.close();
