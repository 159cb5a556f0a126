/**
 * Blind strategies: ways to pick an option that read only the options' words,
 * never the customer's line or the meters. Each returns the indices (into the
 * options on offer) it would be happy with; ties are broken at random by the
 * player, so a strategy is a distribution over attempts, like a learner's.
 */
import type { Cues } from './cues.ts';

export interface Strategy {
  id: string;
  /** What the learner does, for the report: "always picks the longest option". */
  label: string;
  /** Indices of the options this strategy would pick; all of them means a random guess. */
  pick(cues: readonly Cues[]): number[];
}

function argBest(values: readonly number[], better: (a: number, b: number) => boolean): number[] {
  let best: number[] = [];
  values.forEach((v, i) => {
    if (best.length === 0 || better(v, values[best[0]!]!)) best = [i];
    else if (v === values[best[0]!]) best.push(i);
  });
  return best;
}

const most = (feature: keyof Cues) => (cues: readonly Cues[]) => argBest(cues.map((c) => c[feature]), (a, b) => a > b);
const all = (cues: readonly Cues[]) => cues.map((_, i) => i);

/** Everything but the options that score highest on a cue: the learner who has learnt that cue is a trap. */
const avoid = (feature: keyof Cues) => (cues: readonly Cues[]) => {
  const top = Math.max(...cues.map((c) => c[feature]));
  const rest = cues.flatMap((c, i) => (c[feature] < top ? [i] : []));
  return rest.length > 0 ? rest : all(cues);
};

export const RANDOM: Strategy = { id: 'random', label: 'picks at random', pick: all };

/** The surface cues a test-wise learner tries, besides guessing. */
export const SURFACE_STRATEGIES: readonly Strategy[] = [
  { id: 'longest', label: 'always picks the longest option', pick: most('length') },
  { id: 'shortest', label: 'always picks the shortest option', pick: (cues) => argBest(cues.map((c) => c.length), (a, b) => a < b) },
  { id: 'warmest', label: 'picks the warmest-sounding option (sorry, understand, thank you, please…)', pick: most('warmth') },
  { id: 'question', label: 'picks an option that asks a question', pick: most('question') },
  { id: 'name', label: "picks an option that uses the customer's name", pick: most('name') },
  { id: 'promise', label: 'picks an option that promises action (I will, today, straight away…)', pick: most('promise') },
  { id: 'specific', label: 'picks the option with the most specifics (numbers, days, times)', pick: most('specific') },
  {
    // A learner who has noticed that long options are often wrong.
    id: 'not-longest',
    label: 'never picks the longest option, guessing among the others',
    pick: (cues) => {
      const longest = Math.max(...cues.map((c) => c.length));
      const rest = cues.flatMap((c, i) => (c.length < longest ? [i] : []));
      return rest.length > 0 ? rest : all(cues);
    },
  },
  {
    id: 'not-shortest',
    label: 'never picks the shortest option, guessing among the others',
    pick: (cues) => {
      const shortest = Math.min(...cues.map((c) => c.length));
      const rest = cues.flatMap((c, i) => (c.length > shortest ? [i] : []));
      return rest.length > 0 ? rest : all(cues);
    },
  },
  {
    // Neither extreme: the test-taker's "when in doubt, pick the middle one".
    id: 'middle',
    label: 'picks an option that is neither the longest nor the shortest',
    pick: (cues) => {
      const lengths = cues.map((c) => c.length);
      const [lo, hi] = [Math.min(...lengths), Math.max(...lengths)];
      const rest = lengths.flatMap((l, i) => (l > lo && l < hi ? [i] : []));
      return rest.length > 0 ? rest : all(cues);
    },
  },
  { id: 'not-warmest', label: 'never picks the warmest-sounding option, guessing among the others', pick: avoid('warmth') },
  { id: 'no-question', label: 'never picks an option that asks a question, when another does not', pick: avoid('question') },
  { id: 'no-name', label: "never picks an option that uses the customer's name, when another does not", pick: avoid('name') },
  { id: 'no-promise', label: 'never picks an option that promises action, when another does not', pick: avoid('promise') },
  { id: 'no-specifics', label: 'never picks the option with the most specifics, when another has fewer', pick: avoid('specific') },
  { id: 'stage-direction', label: 'picks a stage direction whenever one is offered', pick: most('stageDirection') },
  {
    id: 'spoken',
    label: 'never picks a stage direction, guessing among the spoken options',
    pick: (cues) => {
      const spoken = cues.flatMap((c, i) => (c.stageDirection ? [] : [i]));
      return spoken.length > 0 ? spoken : all(cues);
    },
  },
  {
    id: 'longest-spoken',
    label: 'picks the longest option that is not a stage direction',
    pick: (cues) => {
      const spoken = cues.flatMap((c, i) => (c.stageDirection ? [] : [i]));
      const pool = spoken.length > 0 ? spoken : all(cues);
      const best = argBest(pool.map((i) => cues[i]!.length), (a, b) => a > b);
      return best.map((k) => pool[k]!);
    },
  },
];
