// `npm run db:seed`: categories everywhere; the sample data when the registry is empty.
// Demo accounts only on the embedded database (a server gets real users via user:create).
import { openDb } from "@/db/client";
import { seedSampleData } from "@/db/seed";

const url = process.env.DATABASE_URL || undefined;
const handle = await openDb({ url, migrate: !url });
const { seeded } = await seedSampleData(handle.db, { demoUsers: !url });
console.log(seeded ? `[accord] sample data loaded (${handle.kind})` : "[accord] the registry already has agreements; nothing loaded");
await handle.close();
