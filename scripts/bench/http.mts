// The HTTP half of `npm run bench`: `next start` on the bench database, a signed-in session cookie,
// and autocannon against each page with a static page as the baseline under the same load.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { SESSION_ABSOLUTE_MS } from "@/lib/auth/session-limits";
import { ensureBuild, waitForHealth } from "../lib/build.mjs";
import { summarize, type Result } from "./stats.mjs";

export interface Server {
  base: string;
  pid: number;
  stop: () => Promise<void>;
}

/** `next start` (built first if the sources changed) on `env`'s database, stopped by `stop()`. */
export async function startServer(port: number, env: Record<string, string | undefined>): Promise<Server> {
  ensureBuild();
  const child: ChildProcess = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    env: { ...process.env, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  if (!(await waitForHealth(base))) {
    child.kill("SIGTERM");
    throw new Error(`next start did not answer on ${base}/api/health`);
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { base, pid: child.pid!, stop };
}

/** A session cookie for user `uid` and its live session `sid` (a row in `sessions`), signed the way Auth.js signs its own (JWT strategy). */
export async function sessionCookie(uid: number, sid: string, secret: string): Promise<string> {
  const name = "authjs.session-token";
  const token = await encode({ token: { uid: String(uid), sub: String(uid), sid }, secret, salt: name, maxAge: SESSION_ABSOLUTE_MS / 1000 });
  return `${name}=${token}`;
}

export interface Route {
  name: string;
  path: string;
  target: number | null;
  /** Sent without the session cookie (the static baseline). */
  anonymous?: boolean;
}

interface Load {
  samples: number[];
  requests: number;
  errors: number;
}

/** Runs autocannon, keeping every response time (its summary has no p95) and counting 4xx/5xx as errors. */
function run(opts: autocannon.Options): Promise<Load> {
  const samples: number[] = [];
  let failed = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => {
      if (err) return reject(err);
      // autocannon's `errors` already include its timeouts.
      resolve({ samples, requests: samples.length + result.errors, errors: failed + result.errors });
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      samples.push(ms);
      if (status >= 400) failed += 1;
    });
  });
}

/** `requests` responses with `connections` in flight: a count, not a duration, so a slow page still yields its samples. */
const load = (url: string, headers: Record<string, string>, connections: number, requests: number) =>
  run({ url, headers, connections, amount: requests, timeout: 120 });

/** Each route under `connections` concurrent signed-in clients for `requests` responses, one route after another. */
export async function timeRoutes(base: string, cookie: string, routes: Route[], connections: number, requests: number): Promise<Result[]> {
  const results: Result[] = [];
  for (const r of routes) {
    const headers: Record<string, string> = r.anonymous ? {} : { cookie };
    await load(`${base}${r.path}`, headers, 1, 2); // warm-up: caches, connection pool
    const { samples, errors } = await load(`${base}${r.path}`, headers, connections, requests);
    if (errors) throw new Error(`${r.path}: ${errors} of ${samples.length} responses failed (is the session cookie accepted?)`);
    results.push({ ...summarize(r.name, "http", samples, r.target) });
  }
  return results;
}

/** The resident memory of process `pid` and its descendants, MB (Linux /proc). */
export function rssOf(pid: number): number {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of parent) if (tree.has(pp) && !tree.has(p)) grew = tree.add(p) !== undefined;
  }
  let kb = 0;
  for (const p of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return Math.round(kb / 1024);
}

export interface Soak {
  users: number;
  seconds: number;
  requests: number;
  errors: number;
  errorRate: number;
  p95: number;
  maxRssMb: number;
}

/** `users` signed-in clients cycling through `paths` for `seconds`, the server's RSS sampled every second. */
export async function soak(server: Server, cookie: string, paths: string[], users: number, seconds: number): Promise<Soak> {
  let maxRssMb = rssOf(server.pid);
  const timer = setInterval(() => (maxRssMb = Math.max(maxRssMb, rssOf(server.pid))), 1000);
  const { samples, requests, errors } = await run({
    url: server.base,
    connections: users,
    duration: seconds,
    timeout: 30,
    requests: paths.map((p) => ({ method: "GET", path: p, headers: { cookie } })),
  });
  clearInterval(timer);
  return { users, seconds, requests, errors, errorRate: requests ? errors / requests : 1, p95: summarize("soak", "http", samples, null).p95, maxRssMb };
}
