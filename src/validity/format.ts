/** The validity report as a terminal reads it. */
import type { LibraryValidity, ScenarioValidity } from './report.ts';
import { VALIDITY_LIMITS } from './thresholds.ts';

const pct = (x: number) => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function scenarioTable(v: ScenarioValidity, withSets: boolean): string {
  const lines = [v.id, `  ${pad('strategy', 18)} ${lpad('attempts', 8)} ${lpad('mean', 7)} ${lpad('passes', 7)}`];
  for (const s of v.strategies) {
    const flag = s.passShare > VALIDITY_LIMITS.maxBlindPassShare ? '  <- passes' : '';
    lines.push(`  ${pad(s.id, 18)} ${lpad(String(s.attempts), 8)} ${lpad(`${s.mean.toFixed(1)}%`, 7)} ${lpad(pct(s.passShare), 7)}${flag}`);
  }
  const share = v.withBest === 0 ? 0 : v.longestBest / v.withBest;
  lines.push(`  option sets: ${v.optionSets.length}, ${v.withBest} with one best option; best is the longest in ${v.longestBest} (${pct(share)}), at least twice as long as every other in ${v.twiceLong}`);
  if (withSets) {
    for (const s of v.optionSets) {
      if (s.best === null) continue;
      const best = s.options.find((o) => o.choice === s.best)!;
      const others = s.options.filter((o) => o !== best).map((o) => o.length);
      const mark = s.bestIsTwiceAsLong ? 'longest, twice' : (s.rank ?? '');
      lines.push(`    ${pad(s.node, 26)} best ${lpad(String(best.length), 4)} chars, others ${others.join(', ')}  ratio ${s.ratio?.toFixed(2)} ${mark}`);
    }
  }
  return lines.join('\n');
}

export function libraryTable(lib: LibraryValidity): string {
  const lines = ['', `library: ${lib.scenarios.length} scenarios, ${lib.withBest} option sets with one best option`];
  lines.push(`  best option is the longest:                        ${pct(lib.longestBestShare)}  (goal at most ${pct(VALIDITY_LIMITS.maxLongestBestShareLibrary)})`);
  lines.push(`  best option at least twice as long as every other: ${pct(lib.twiceLongShare)}  (goal at most ${pct(VALIDITY_LIMITS.maxTwiceLongShareLibrary)})`);
  lines.push(`  best option the shortest: ${pct(lib.shortestBestShare)}; between the others: ${pct(lib.middleBestShare)}`);
  lines.push(`  ${pad('strategy', 18)} ${lpad('mean', 7)} ${lpad('gain', 6)} ${lpad('passes', 7)}  scenarios passed (over ${pct(VALIDITY_LIMITS.maxBlindPassShare)} of attempts)`);
  lines.push(`  ${' '.repeat(18)} ${' '.repeat(7)} ${lpad(`<=${VALIDITY_LIMITS.maxMeanGainOverRandom}`, 6)}`);
  for (const s of lib.strategies) {
    lines.push(`  ${pad(s.id, 18)} ${lpad(`${s.mean.toFixed(1)}%`, 7)} ${lpad(s.id === 'random' ? '' : s.gainOverRandom.toFixed(1), 6)} ${lpad(pct(s.meanPassShare), 7)}  ${s.scenariosPassed} of ${lib.scenarios.length}`);
  }
  return lines.join('\n');
}
