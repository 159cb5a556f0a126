/**
 * Small timing helpers shared by the benchmarks, and the shape every benchmark
 * module reports in so bench/run.ts can print one table and one JSON line.
 */

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds one call of `fn` takes: calls it in a batch for at least `minMs` (and `minCalls`) and divides. */
export function msPerCall(fn: () => void, minMs = 20, minCalls = 1): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs || calls < minCalls);
  return elapsed / calls;
}

/** Median over `samples` of msPerCall. */
export function medianMsPerCall(samples: number, fn: () => void, minMs = 20): number {
  return median(Array.from({ length: samples }, () => msPerCall(fn, minMs)));
}

/** Median of `runs` single timed runs of `fn`, in milliseconds. */
export function medianRunMs(runs: number, fn: () => void): number {
  return median(
    Array.from({ length: runs }, () => {
      const start = performance.now();
      fn();
      return performance.now() - start;
    }),
  );
}

/** Median of single timed runs of `fn` (ms): up to `maxRuns`, stopping early after `budgetMs`, but at least `minRuns`. */
export function medianRunMsWithin(maxRuns: number, budgetMs: number, fn: () => void, minRuns = 5): number {
  const times: number[] = [];
  const begin = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - begin < budgetMs)) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Calls `step` (which returns how many units of work it did) for about `ms`; returns units per second. */
export function ratePerSecond(ms: number, step: () => number): number {
  let units = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 16; i++) units += step();
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return (units * 1000) / elapsed;
}

/**
 * Runs each named measurement once per round, alternating the order every
 * round, so drift in machine load hits both sides alike. Returns every
 * round's value per name.
 */
export function interleave<K extends string>(rounds: number, measures: Record<K, () => number>): Record<K, number[]> {
  const names = Object.keys(measures) as K[];
  const out = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const n of order) out[n].push(measures[n]());
  }
  return out;
}

/** Per-round ratios a[i] / b[i]: measured side by side, so less noisy than a ratio of medians. */
export function ratios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x / b[i]!);
}

export function fmt(n: number, digits = 3): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-GB');
  return Number(n.toPrecision(digits)).toString();
}

/** One row of the printed table. `ok` is whether a stated goal is met (undefined when there is no goal). */
export interface BenchRow {
  name: string;
  value: string;
  goal?: string;
  ok?: boolean;
  detail?: string;
}

/** What a benchmark module returns: rows for the table, numbers for the JSON line. */
export interface BenchSection {
  title: string;
  rows: BenchRow[];
  json: Record<string, unknown>;
}
