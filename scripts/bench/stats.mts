/** One timed thing: a query function or an HTTP route, by the stable name the JSON output uses. */
export interface Case {
  name: string;
  /** The p95 target in ms, or null where there is none (the static baseline). */
  target: number | null;
  run: () => Promise<unknown>;
}

export interface Result {
  name: string;
  kind: "query" | "http" | "explain";
  p50: number;
  p95: number;
  target: number | null;
}

/** The q-th percentile (0–1) of the samples, nearest rank. */
export function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

export function summarize(name: string, kind: Result["kind"], samples: number[], target: number | null): Result {
  const round = (x: number) => Math.round(x * 10) / 10;
  return { name, kind, p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), target };
}

/** Runs each case once to warm up, then `runs` times one after another. */
export async function timeCases(cases: Case[], runs: number): Promise<Result[]> {
  const results: Result[] = [];
  for (const c of cases) {
    await c.run();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await c.run();
      samples.push(performance.now() - t0);
    }
    results.push(summarize(c.name, "query", samples, c.target));
  }
  return results;
}
