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
  /** The embedded database's whole data directory as one gzipped tar (backups); absent on a server. */
  dumpDataDir?: () => Promise<Blob>;
}

export interface OpenOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** Apply the committed migrations on open. Default: yes for PGlite, no for a server (use `npm run db:migrate`). */
  migrate?: boolean;
  /** PGlite only: start from this dump (`dumpDataDir`) instead of an empty directory (restores). */
  loadDataDir?: Blob;
  /** Server only: called once when a transaction fails because its connection died (see isConnectionError). */
  onBroken?: () => void;
}

/**
 * A failure of the connection rather than of the query: a backend terminated
 * (57P01–57P03), a socket closed or a connect timed out (postgres.js CONNECT_* /
 * CONNECTION_*), or a class-08 connection exception.
 */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^(CONNECT_|CONNECTION_|57P0[1-3]$|08)/.test(code);
}


/** Opens a connection and applies the committed migrations. The only place a connection is made. */
export async function openDb(opts: OpenOptions = {}): Promise<DbHandle> {
  if (opts.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    // Idle connections are dropped after a minute and every connection after 30, so one
    // killed while idle is replaced quietly; a connect that hangs fails after 10 s.
    const client = postgres(opts.url, { max: Number(process.env.DB_POOL_MAX ?? 10), idle_timeout: 60, max_lifetime: 30 * 60, connect_timeout: 10, onnotice: () => {} });
    const db = drizzle(client, { schema });
    if (opts.migrate) await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
    if (opts.onBroken) reportBrokenTransactions(db, opts.onBroken);
    return { db: db as unknown as Db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = opts.dataDir ?? path.join(dataRoot(), "pglite");
  const release = dataDir.startsWith("memory://") ? () => {} : holdDataDir(dataDir);
  // Object form: the two-argument constructor silently drops the extensions.
  const client = new PGlite({ dataDir, extensions: { pg_trgm }, loadDataDir: opts.loadDataDir });
  const db = drizzle(client, { schema });
  if (opts.migrate ?? true) await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
    dumpDataDir: () => client.dumpDataDir("gzip"),
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

/**
 * postgres.js 3.4.9 (the latest) does not recover when a backend dies inside a
 * transaction: the transaction's remaining queries are written to the closed
 * connection (`Cannot read properties of null (reading 'write')`), one stays in its
 * queue, and the reconnected connection then never answers (porsager/postgres#1154,
 * #1208, fix proposed in #1155). A transaction failing that way therefore reports the
 * pool broken, and getDbHandle replaces the pool.
 */
function reportBrokenTransactions(db: { transaction: (...args: never[]) => Promise<unknown> }, onBroken: () => void) {
  const transaction = db.transaction.bind(db);
  let reported = false;
  db.transaction = (async (...args: never[]) => {
    try {
      return await transaction(...args);
    } catch (err) {
      if (isConnectionError(err) && !reported) {
        reported = true;
        onBroken();
      }
      throw err;
    }
  }) as typeof db.transaction;
}

const store = globalThis as unknown as { __accordDb?: Promise<DbHandle> };

/**
 * The process-wide database, opened lazily on first use (never at import time:
 * Next's build workers import server modules, and two processes must never open
 * the same PGlite directory).
 */
export function getDbHandle(): Promise<DbHandle> {
  if (!store.__accordDb) {
    const opened: Promise<DbHandle> = openDb({ url: process.env.DATABASE_URL || undefined, onBroken: () => replacePool(opened) }).catch((err) => {
      store.__accordDb = undefined; // let the next request retry instead of failing forever
      throw err;
    });
    store.__accordDb = opened;
  }
  return store.__accordDb;
}

/** Later requests get a fresh pool; requests still holding the old one finish or fail, then it closes. */
function replacePool(broken: Promise<DbHandle>) {
  if (store.__accordDb !== broken) return;
  store.__accordDb = undefined;
  console.warn("[accord] a connection died inside a transaction: the database pool is replaced");
  void broken.then((h) => h.close()).catch(() => {});
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** Rows of a raw `sql` query; postgres.js returns an array, PGlite an object with `rows`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
