// The bench's table, and its section in docs/BENCHMARKS.md (one per database and size, replaced on each run).
import fs from "node:fs";
import os from "node:os";
import type { Result } from "./stats.mjs";
import type { Soak } from "./http.mjs";

export interface Run {
  size: number;
  database: "postgres" | "pglite";
  results: Result[];
  soak?: Soak;
  generatedSeconds: number;
  command: string;
  versions: string;
}

const verdict = (r: Result) => (r.target === null ? "" : r.p95 <= r.target ? "ok" : "MISSED");

/** The run as a Markdown section: the table, the ratios, the soak figures. */
export function markdown(run: Run): string {
  const rows = run.results.map((r) => [r.name, r.kind, r.p50.toFixed(1), r.p95.toFixed(1), r.target === null ? "" : String(r.target), verdict(r)]);
  const header = ["name", "kind", "p50 ms", "p95 ms", "target p95 ms", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  const out = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line), ""];
  const http = (name: string) => run.results.find((r) => r.kind === "http" && r.name === name);
  const staticPage = http("static");
  const dashboard = http("dashboard");
  if (staticPage && dashboard) {
    out.push(`HTTP dashboard p95 / static page p95 = ${(dashboard.p95 / staticPage.p95).toFixed(2)} (target ≤ 2)`);
  }
  for (const r of run.results.filter((x) => x.kind === "query" && x.name.startsWith("rollup-"))) {
    const plan = run.results.find((x) => x.kind === "explain" && x.name === r.name);
    if (plan) out.push(`${r.name}: measured p50 ${r.p50.toFixed(1)} ms, EXPLAIN ANALYZE ${plan.p50.toFixed(1)} ms (ratio ${(r.p50 / Math.max(plan.p50, 0.1)).toFixed(1)})`);
  }
  if (run.soak) {
    const s = run.soak;
    out.push(
      `Soak: ${s.users} signed-in users for ${s.seconds} s, ${s.requests} requests, errors ${(s.errorRate * 100).toFixed(2)}% (target < 1%), ` +
        `p95 ${s.p95.toFixed(0)} ms, server RSS max ${s.maxRssMb} MB (target ≤ 400 MB)`,
    );
  }
  return out.join("\n");
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}`;
}

/** Replaces (or appends) the section for this database and size in docs/BENCHMARKS.md. */
export function writeDoc(file: string, run: Run): void {
  const key = `${run.database}-${run.size}`;
  const start = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const section = [
    start,
    `### ${run.database}, ${run.size.toLocaleString("en")} agreements (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `Command: \`${run.command}\` · machine: ${machine()} · ${run.versions} · data generated in ${run.generatedSeconds.toFixed(1)} s`,
    "",
    markdown(run),
    end,
  ].join("\n");
  const doc = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const at = doc.indexOf(start);
  const next = at >= 0 ? doc.slice(0, at) + section + doc.slice(doc.indexOf(end) + end.length) : `${doc.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
