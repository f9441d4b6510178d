// `npm run db:restore FILE`: restores a db:backup file into an empty database (DATABASE_URL,
// or the embedded data directory, which must not exist yet). Then run `npm run db:migrate`
// to set the app role's grants on a server.
import fs from "node:fs";
import { restoreDatabase } from "@/db/backup";

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error("Usage: npm run db:restore -- FILE (a file written by npm run db:backup)");
  process.exit(2);
}
try {
  const kind = await restoreDatabase({ url: process.env.DATABASE_URL || undefined }, file);
  console.log(`[accord] ${file} restored into the ${kind === "postgres" ? "server" : "embedded"} database`);
} catch (err) {
  console.error(`[accord] ${(err as Error).message}`);
  process.exit(1);
}
