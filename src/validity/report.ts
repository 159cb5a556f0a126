/**
 * The validity report of a scenario and of the library: how blind strategies
 * score and how often they pass, and whether the best option stands out by its
 * length. Findings are the errors `npm run scenarios -- check` reports, each
 * placed where an author would mend it.
 */
import { mulberry32 } from '../engine/random.ts';
import type { Finding } from '../scenario/graphChecks.ts';
import type { Scenario } from '../scenario/schema.ts';
import { choiceCues, playBlind, type OptionSetSeen } from './blindPlay.ts';
import { evidenceFindings } from './evidenceChecks.ts';
import { lengthsOf, type OptionSetLengths } from './optionSets.ts';
import { RANDOM, SURFACE_STRATEGIES, type Strategy } from './strategies.ts';
import { VALIDITY_LIMITS } from './thresholds.ts';

export interface StrategyResult {
  id: string;
  label: string;
  attempts: number;
  /** Mean score of the attempts, in percent. */
  mean: number;
  /** Share of attempts that passed, 0 to 1. */
  passShare: number;
  /** Nodes where every pick this strategy would make is the set's single best option. */
  givenAway: string[];
}

export interface ScenarioValidity {
  id: string;
  strategies: StrategyResult[];
  optionSets: OptionSetLengths[];
  /** Option sets with a single best option. */
  withBest: number;
  longestBest: number;
  twiceLong: number;
  findings: Finding[];
}

export interface LibraryValidity {
  scenarios: ScenarioValidity[];
  withBest: number;
  longestBestShare: number;
  twiceLongShare: number;
  /** Shares of option sets whose best option is the shortest and lies between (the longest share is above). */
  shortestBestShare: number;
  middleBestShare: number;
  /** Per strategy: mean score over scenarios, and in how many scenarios it passes more than the limit allows. */
  strategies: { id: string; label: string; mean: number; meanPassShare: number; scenariosPassed: number; gainOverRandom: number }[];
  findings: string[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const percent = (x: number) => `${round1(x * 100)}%`;

function run(scenario: Scenario, strategy: Strategy, attempts: number, cues: ReturnType<typeof choiceCues>, seen: Map<string, OptionSetSeen>, seed: number): Omit<StrategyResult, 'givenAway'> {
  const rand = mulberry32(seed);
  let total = 0;
  let passed = 0;
  for (let a = 0; a < attempts; a++) {
    const attempt = playBlind(scenario, strategy, rand, cues, VALIDITY_LIMITS.maxTurns, seen);
    total += attempt.percent;
    if (attempt.passed) passed++;
  }
  return { id: strategy.id, label: strategy.label, attempts, mean: round1(total / attempts), passShare: passed / attempts };
}

export function scenarioValidity(scenario: Scenario): ScenarioValidity {
  const cues = choiceCues(scenario);
  const seen = new Map<string, OptionSetSeen>();
  const plays = [
    { strategy: RANDOM, attempts: VALIDITY_LIMITS.randomAttempts },
    ...SURFACE_STRATEGIES.map((strategy) => ({ strategy, attempts: VALIDITY_LIMITS.cueAttempts })),
  ].map(({ strategy, attempts }, k) => ({ strategy, result: run(scenario, strategy, attempts, cues, seen, 0x5eed + k) }));
  const optionSets = [...seen.values()].map((set) => lengthsOf(scenario, set)).sort((a, b) => a.node.localeCompare(b.node));

  const strategies: StrategyResult[] = plays.map(({ strategy, result }) => ({
    ...result,
    givenAway: [
      ...new Set(
        optionSets
          .filter((s) => {
            if (s.best === null) return false;
            const picks = strategy.pick(s.options.map((o) => cues.get(s.node)![o.choice]!));
            return picks.length < s.options.length && picks.every((p) => s.options[p]!.choice === s.best);
          })
          .map((s) => s.node),
      ),
    ],
  }));

  const withBest = optionSets.filter((s) => s.best !== null);
  const longestBest = withBest.filter((s) => s.bestIsLongest).length;
  const twiceLong = withBest.filter((s) => s.bestIsTwiceAsLong).length;
  const findings: Finding[] = [];
  const limit = VALIDITY_LIMITS.maxBlindPassShare;
  for (const s of strategies) {
    if (s.passShare <= limit) continue;
    const who = s.id === RANDOM.id ? 'random guessing' : `a learner who ${s.label}`;
    if (s.id === RANDOM.id) {
      findings.push({ keys: ['pass'], message: `random guessing passes ${percent(s.passShare)} of attempts (at most ${percent(limit)}): the pass mark and critical criteria let guessing through, or too many options meet the evidence` });
    } else {
      const where = s.givenAway.slice(0, 4);
      findings.push({
        keys: where.length > 0 ? ['nodes', where[0]!, 'choices'] : ['pass'],
        message: `${who} passes ${percent(s.passShare)} of attempts (mean score ${s.mean}%) without reading the customer${where.length > 0 ? `; the best option gives itself away at ${where.map((n) => `"${n}"`).join(', ')}` : ''}`,
      });
    }
  }
  if (share(longestBest, withBest.length) > VALIDITY_LIMITS.maxLongestBestShareScenario) {
    const nodes = withBest.filter((s) => s.bestIsLongest).map((s) => s.node);
    findings.push({
      keys: ['nodes', nodes[0]!, 'choices'],
      message: `the best option is the longest in ${longestBest} of ${withBest.length} option sets (at most ${percent(VALIDITY_LIMITS.maxLongestBestShareScenario)}): ${[...new Set(nodes)].slice(0, 6).map((n) => `"${n}"`).join(', ')}${nodes.length > 6 ? ', …' : ''}`,
    });
  }
  findings.push(...evidenceFindings(scenario));
  return { id: scenario.id, strategies, optionSets, withBest: withBest.length, longestBest, twiceLong, findings };
}

export function libraryValidity(scenarios: readonly Scenario[]): LibraryValidity {
  const each = scenarios.map(scenarioValidity);
  const withBest = each.reduce((n, s) => n + s.withBest, 0);
  const longestBestShare = share(each.reduce((n, s) => n + s.longestBest, 0), withBest);
  const twiceLongShare = share(each.reduce((n, s) => n + s.twiceLong, 0), withBest);
  const ranked = (rank: string) => share(each.reduce((n, s) => n + s.optionSets.filter((o) => o.rank === rank).length, 0), withBest);
  const ids = [RANDOM, ...SURFACE_STRATEGIES];
  const meanOf = (id: string) => round1(each.reduce((t, s) => t + s.strategies.find((r) => r.id === id)!.mean, 0) / Math.max(1, each.length));
  const randomMean = meanOf(RANDOM.id);
  const strategies = ids.map(({ id, label }) => {
    const results = each.map((s) => s.strategies.find((r) => r.id === id)!);
    return {
      id,
      label,
      mean: meanOf(id),
      meanPassShare: results.reduce((t, r) => t + r.passShare, 0) / Math.max(1, results.length),
      scenariosPassed: results.filter((r) => r.passShare > VALIDITY_LIMITS.maxBlindPassShare).length,
      gainOverRandom: round1(meanOf(id) - randomMean),
    };
  });
  const findings: string[] = [];
  if (longestBestShare > VALIDITY_LIMITS.maxLongestBestShareLibrary) {
    findings.push(`across the library the best option is the longest in ${percent(longestBestShare)} of option sets (goal at most ${percent(VALIDITY_LIMITS.maxLongestBestShareLibrary)})`);
  }
  if (twiceLongShare > VALIDITY_LIMITS.maxTwiceLongShareLibrary) {
    findings.push(`across the library the best option is at least twice as long as every other in ${percent(twiceLongShare)} of option sets (goal at most ${percent(VALIDITY_LIMITS.maxTwiceLongShareLibrary)})`);
  }
  for (const s of strategies) {
    if (s.gainOverRandom > VALIDITY_LIMITS.maxMeanGainOverRandom) {
      findings.push(`a learner who ${s.label} averages ${s.mean}%, ${s.gainOverRandom} points above random guessing (goal at most ${VALIDITY_LIMITS.maxMeanGainOverRandom})`);
    }
  }
  return { scenarios: each, withBest, longestBestShare, twiceLongShare, shortestBestShare: ranked('shortest'), middleBestShare: ranked('middle'), strategies, findings };
}
