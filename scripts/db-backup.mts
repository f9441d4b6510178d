// `npm run db:backup [FILE]`: the whole database in one file (pg_dump custom format for
// DATABASE_URL, the embedded data directory's dump otherwise). Default file: backups/accord-<time>.
import path from "node:path";
import fs from "node:fs";
import { backupDatabase } from "@/db/backup";

const url = process.env.DATABASE_URL || undefined;
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(process.argv[2] ?? path.join("backups", `accord-${stamp}.${url ? "dump" : "tar.gz"}`));
fs.mkdirSync(path.dirname(file), { recursive: true });
const kind = await backupDatabase({ url }, file);
console.log(`[accord] backup of the ${kind === "postgres" ? "server" : "embedded"} database written to ${file} (${fs.statSync(file).size} bytes)`);
