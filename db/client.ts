import "server-only";
import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { dataRoot } from "@/lib/data-dir";
import * as schema from "./schema";

export type Schema = typeof schema;
/** One type for both drivers (a union of the two driver types breaks `.returning()`). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query and mutation functions accept the database or an open transaction. */
export type DbOrTx = Db | Tx;

export const MIGRATIONS_DIR = path.join(process.cwd(), "db", "migrations");

export interface DbHandle {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Apply the committed migrations on open. Default: yes for PGlite, no for a server (use `npm run db:migrate`). */
  migrate?: boolean;
}


/** Opens a connection and applies the committed migrations. The only place a connection is made. */
export async function openDb(opts: OpenOptions = {}): Promise<DbHandle> {
  if (opts.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(opts.url, { max: Number(process.env.DB_POOL_MAX ?? 10), onnotice: () => {} });
    const db = drizzle(client, { schema });
    if (opts.migrate) await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    return { db: db as unknown as Db, kind: "postgres", close: () => client.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = opts.dataDir ?? path.join(dataRoot(), "pglite");
  const release = dataDir.startsWith("memory://") ? () => {} : holdDataDir(dataDir);
  // Object form: the two-argument constructor silently drops the extensions.
  const client = new PGlite({ dataDir, extensions: { pg_trgm } });
  const db = drizzle(client, { schema });
  if (opts.migrate ?? true) await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite gives no error when a second process opens the same directory; the two
 * silently diverge. A lock file with the holder's pid makes the second one refuse.
 */
function holdDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = `${dataDir}.lock`;
  const holder = Number(fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : 0);
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(`The embedded database ${dataDir} is in use by process ${holder}. Stop the app first.`);
  }
  fs.writeFileSync(lock, String(process.pid));
  const release = () => {
    if (fs.existsSync(lock) && fs.readFileSync(lock, "utf8") === String(process.pid)) fs.rmSync(lock);
  };
  process.once("exit", release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const store = globalThis as unknown as { __accordDb?: Promise<DbHandle> };

/**
 * The process-wide database, opened lazily on first use (never at import time:
 * Next's build workers import server modules, and two processes must never open
 * the same PGlite directory).
 */
export function getDbHandle(): Promise<DbHandle> {
  if (!store.__accordDb) {
    store.__accordDb = openDb({ url: process.env.DATABASE_URL || undefined }).catch((err) => {
      store.__accordDb = undefined; // let the next request retry instead of failing forever
      throw err;
    });
  }
  return store.__accordDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Rows of a raw `sql` query; postgres.js returns an array, PGlite an object with `rows`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
