import "server-only";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { sql } from "drizzle-orm";
import { openDb, queryRows, type OpenOptions } from "./client";

/** Where a backup goes or comes from: a server URL, else the embedded data directory. */
export type BackupTarget = Pick<OpenOptions, "url" | "dataDir">;

// A pg_dump custom-format archive starts with these bytes; PGlite's dump is a gzipped tar.
const PG_DUMP_MAGIC = "PGDMP";

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (err) => reject(new Error(`${command} could not start (${err.message}); install the PostgreSQL client tools.`)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`))));
  });
}

/**
 * Writes the whole database to one file: pg_dump's custom format on a server
 * (schema, data, the audit trigger, the migration journal), or the embedded
 * database's data directory as PGlite dumps it.
 */
export async function backupDatabase(target: BackupTarget, file: string): Promise<"postgres" | "pglite"> {
  if (target.url) {
    await run("pg_dump", ["--format=custom", "--no-owner", "--file", file, "--dbname", target.url]);
    return "postgres";
  }
  const handle = await openDb({ dataDir: target.dataDir });
  try {
    const dump = await handle.dumpDataDir!();
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await handle.close();
  }
  return "pglite";
}

/**
 * Restores a backup into an empty database (a server database without tables, or
 * an embedded data directory that does not exist yet); refuses anything else, so
 * a restore never mixes two registries.
 */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<"postgres" | "pglite"> {
  const bytes = fs.readFileSync(file);
  const isPgDump = bytes.subarray(0, PG_DUMP_MAGIC.length).toString("latin1") === PG_DUMP_MAGIC;
  if (target.url) {
    if (!isPgDump) throw new Error(`${file} is not a pg_dump archive: restore an embedded backup with DATABASE_URL unset.`);
    const handle = await openDb({ url: target.url });
    const [{ tables }] = await queryRows<{ tables: number }>(handle.db, sql`select count(*)::int as tables from pg_tables where schemaname = 'public'`);
    await handle.close();
    if (tables > 0) throw new Error("The target database is not empty: restore into a newly created database.");
    await run("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", target.url, file]);
    return "postgres";
  }
  if (isPgDump) throw new Error(`${file} is a pg_dump archive: restore it into a server database (set DATABASE_URL).`);
  const dataDir = target.dataDir;
  if (dataDir && !dataDir.startsWith("memory://") && fs.existsSync(dataDir) && fs.readdirSync(dataDir).length) {
    throw new Error(`${dataDir} is not empty: move it away first, or restore into another ACCORD_DATA_DIR.`);
  }
  const handle = await openDb({ dataDir, loadDataDir: new Blob([bytes]) });
  await handle.close();
  return "pglite";
}
