import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Nothing leaves the machine: Next.js would otherwise send anonymous build telemetry.
// Every script that builds or serves (start, e2e) imports this module first.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const SOURCES = ["app", "components", "db", "lib", "messages", "types", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package.json", "package-lock.json"];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** Builds the app when there is no production build or a source file is newer than it. */
export function ensureBuild() {
  const buildId = path.join(".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map(newestMtime));
  if (builtAt && builtAt >= changedAt) return;
  console.log(builtAt ? "[accord] sources changed since the last build: building…" : "[accord] first run: building the app…");
  const r = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Polls the health route until the database answers. */
export async function waitForHealth(base, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}
