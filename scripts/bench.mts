// `npm run bench`: generates a registry of each size in a scratch database, times the queries the pages run,
// EXPLAIN ANALYZEs each rollup, then times the pages over HTTP against `next start` with a signed-in session
// and a static page as baseline, and writes the tables to docs/BENCHMARKS.md. See docs/BENCHMARKS.md.
//
//   npm run bench                      sizes 100, 10,000 and 100,000
//   npm run bench -- --scale 1m        1,000,000
//   npm run bench -- --size 100000     one size
//   --json        one JSON document per size on stdout ({ size, database, results }), logs on stderr
//   --no-http     queries only          --soak        50 users for 2 minutes, server RSS and errors
//   --no-write    leave docs/ alone     --keep        keep the scratch database (Postgres)
//   --reuse       use a kept scratch database of the same size instead of generating it again
//   --import      time the 10,000-row spreadsheet import at this size too (always at the 10,000 size)
//
// DATABASE_URL set → a scratch database `<that database>_bench_<size>` on the same server, dropped afterwards;
// unset → embedded PGlite in a temporary folder. Times are reported, never asserted: the exit code is 0.
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDb, queryRows, type DbHandle } from "@/db/client";
import { startSession } from "@/db/mutations/sessions";
import { BENCH_EMAIL, generateRegistry } from "./bench/generate.mjs";
import { sessionCookie, soak, startServer, timeRoutes, type Route } from "./bench/http.mjs";
import { explainRollups, queryCases } from "./bench/queries.mjs";
import { markdown, writeDoc, type Run } from "./bench/report.mjs";
import { benchImport } from "./bench/import";
import { timeCases, type Result } from "./bench/stats.mjs";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SCALES: Record<string, number> = { "1m": 1_000_000, "100k": 100_000, "10k": 10_000 };
const sizes = option("size") ? [Number(option("size"))] : option("scale") ? [SCALES[option("scale")!]] : [100, 10_000, 100_000];
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--size takes a whole number ≥ 10, --scale one of ${Object.keys(SCALES).join(", ")}`);
const json = flag("json");
const log = (...m: unknown[]) => (json ? console.error(...m) : console.log(...m));
const port = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 3199);
const secret = process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789";
const url = process.env.DATABASE_URL;

interface Scratch {
  handle: DbHandle;
  /** The environment a server needs to open the same database. */
  env: Record<string, string>;
  drop: () => Promise<void>;
  /** A kept database of this size is used as it is (`--reuse`). */
  reuse: boolean;
}

async function scratch(size: number): Promise<Scratch> {
  if (url) {
    const admin = await openDb({ url });
    const name = `${new URL(url).pathname.slice(1) || "accord"}_bench_${size}`;
    const [kept] = await queryRows<{ n: number }>(admin.db, sql`select 1 as n from pg_database where datname = ${name}`);
    const reuse = flag("reuse") && Boolean(kept);
    if (!reuse) {
      await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.db.execute(sql.raw(`create database ${name}`));
    }
    const target = new URL(url);
    target.pathname = `/${name}`;
    const handle = await openDb({ url: target.toString(), migrate: true });
    const drop = async () => {
      if (!flag("keep")) await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await admin.close();
    };
    return { handle, env: { DATABASE_URL: target.toString() }, drop, reuse };
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "accord-bench-"));
  const handle = await openDb({ dataDir: path.join(root, "pglite") });
  return { handle, env: { ACCORD_DATA_DIR: root }, drop: async () => fs.rmSync(root, { recursive: true, force: true }), reuse: false };
}

const HTTP_ROUTES = (detailId: number): Route[] => [
  { name: "static", path: "/login", target: null, anonymous: true },
  { name: "dashboard", path: "/", target: 150 },
  { name: "list-first-page", path: "/agreements", target: 100 },
  { name: "list-search", path: `/agreements?q=${encodeURIComponent("消金")}`, target: 100 },
  { name: "list-page-40-by-value", path: "/agreements?sort=value_desc&page=40", target: 150 },
  { name: "detail", path: `/agreements/${detailId}`, target: 60 },
];

function versions(kind: string): string {
  const pg = kind === "postgres" && url ? execSync(`psql "${url}" -Atc "show server_version"`).toString().trim().split(" ")[0] : "PGlite";
  const pkg = (name: string) => JSON.parse(fs.readFileSync(path.join("node_modules", name, "package.json"), "utf8")).version;
  return `Node ${process.versions.node}, Postgres ${pg}, Next ${pkg("next")}, drizzle-orm ${pkg("drizzle-orm")}, autocannon ${pkg("autocannon")}`;
}

async function benchSize(size: number): Promise<Run> {
  const s = await scratch(size);
  const { db, kind } = s.handle;
  const t0 = performance.now();
  if (!s.reuse) await generateRegistry(db, size);
  const generatedSeconds = (performance.now() - t0) / 1000;
  log(s.reuse ? `reusing the kept ${size}-agreement database` : `generated ${size} agreements on ${kind} in ${generatedSeconds.toFixed(1)} s`);
  const results: Result[] = await timeCases(await queryCases(db), size >= 1_000_000 ? 10 : 15);
  for (const e of await explainRollups(db)) results.push({ name: e.name, kind: "explain", p50: e.ms, p95: e.ms, target: 50 });
  if (size === 10_000 || flag("import")) {
    for (const [name, ms, target] of await benchImport(db)) results.push({ name, kind: "query", p50: Number(ms), p95: Number(ms), target: Number(target) });
  }
  const [{ id: uid }] = await queryRows<{ id: number }>(db, sql`select id from users where email = ${BENCH_EMAIL}`);
  const [{ id: detailId }] = await queryRows<{ id: number }>(db, sql`select min(id) as id from agreements where deleted_at is null`);
  const run: Run = { size, database: kind, results, generatedSeconds, command: `npm run bench -- ${args.join(" ")}`.trim(), versions: versions(kind) };
  if (!flag("no-http")) {
    const sid = await startSession(db, uid, new Date());
    if (kind === "pglite") await s.handle.close(); // one process per PGlite folder: the server takes it over
    const server = await startServer(port, { ...s.env, AUTH_SECRET: secret });
    try {
      const cookie = await sessionCookie(uid, sid, secret);
      results.push(...(await timeRoutes(server.base, cookie, HTTP_ROUTES(detailId), 4, size <= 100 ? 40 : 100)));
      if (flag("soak")) run.soak = await soak(server, cookie, HTTP_ROUTES(detailId).filter((r) => !r.anonymous).map((r) => r.path), 50, 120);
    } finally {
      await server.stop();
    }
  }
  if (kind === "postgres" || flag("no-http")) await s.handle.close();
  await s.drop();
  return run;
}

for (const size of sizes) {
  const run = await benchSize(size);
  log(`\n${run.database}, ${size} agreements\n\n${markdown(run)}\n`);
  if (json) console.log(JSON.stringify({ size, database: run.database, results: run.results, ...(run.soak ? { soak: run.soak } : {}) }));
  if (!flag("no-write")) writeDoc(path.join("docs", "BENCHMARKS.md"), run);
}
