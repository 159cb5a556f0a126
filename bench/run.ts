/**
 * `npm run bench`: runs the benchmark modules, prints a table per module and,
 * last, one JSON line with every number (for CI or comparing runs).
 *
 *   npm run bench                 # everything
 *   npm run bench -- engine       # only modules whose key contains "engine"
 *   BENCH_QUICK=1 npm run bench   # short windows, for trying the script out
 *
 * Adding a benchmark: write a module whose function returns a BenchSection
 * (bench/measure.ts) and add it to `modules` below.
 */
import { readEnvironmentOnce } from '../src/cli/environment.ts';
import { browserBench } from './browserBench.ts';
import { checkBench } from './checkBench.ts';
import { engineBench } from './engineBench.ts';
import type { BenchSection } from './measure.ts';

// As `npm run scenarios` does, so the checker is timed as that command runs it.
readEnvironmentOnce();
const quick = process.env.BENCH_QUICK === '1';

const modules: Record<string, () => Promise<BenchSection>> = {
  engine: () => engineBench(quick ? { rounds: 3, stepWindowMs: 300, saveSamples: 40 } : {}),
  check: () => checkBench(quick ? { runs: 3, generatedRuns: 1 } : {}),
  browser: () => browserBench(quick ? { coldLoads: 2, frameWindowMs: 3000, playedScenarios: 3 } : {}),
};

function printSection(section: BenchSection): void {
  const width = (pick: (r: BenchSection['rows'][number]) => string) => Math.max(...section.rows.map((r) => pick(r).length));
  const nameW = width((r) => r.name);
  const valueW = width((r) => r.value);
  const goalW = Math.max(4, width((r) => r.goal ?? ''));
  console.log(`\n${section.title}`);
  console.log(`${'measure'.padEnd(nameW)}  ${'value'.padStart(valueW)}  ${'goal'.padEnd(goalW)}  ok  detail`);
  console.log('-'.repeat(nameW + valueW + goalW + 12));
  for (const r of section.rows) {
    const ok = r.ok === undefined ? '  ' : r.ok ? 'ok' : 'NO';
    console.log(`${r.name.padEnd(nameW)}  ${r.value.padStart(valueW)}  ${(r.goal ?? '').padEnd(goalW)}  ${ok}  ${r.detail ?? ''}`);
  }
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const chosen = Object.entries(modules).filter(([key]) => filters.length === 0 || filters.some((f) => key.includes(f)));
  if (chosen.length === 0) throw new Error(`no benchmark matches ${filters.join(', ')}; known: ${Object.keys(modules).join(', ')}`);
  console.log(`Rapport benchmarks: node ${process.version}, ${process.platform}/${process.arch}${quick ? ' (quick)' : ''}`);
  const results: Record<string, unknown> = { node: process.version, quick };
  let failed = false;
  for (const [key, run] of chosen) {
    const section = await run();
    printSection(section);
    results[key] = section.json;
    failed ||= section.rows.some((r) => r.ok === false);
  }
  results.allGoalsMet = !failed;
  console.log(`\n${JSON.stringify(results)}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
