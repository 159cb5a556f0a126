/**
 * Whether the best option stands out by its length. An option's value is its
 * weighted evidence met less its weighted evidence missed; the best option of
 * a set is the one with the highest value, when exactly one has it and some
 * option carries evidence (otherwise the set has no single right answer to give away).
 */
import type { Choice, Scenario } from '../scenario/schema.ts';
import type { OptionSetSeen } from './blindPlay.ts';

export interface OptionSetLengths {
  node: string;
  /** Authored choice indices open in this set, with each one's length in characters and its value. */
  options: { choice: number; length: number; value: number }[];
  /** The single best choice, or null when the set has none. */
  best: number | null;
  /** The best option is longer than every other. */
  bestIsLongest: boolean;
  /** Where the best option's length falls among the set's: a cue if it falls in one place too often. */
  rank: 'longest' | 'shortest' | 'middle' | null;
  /** The best option is at least twice as long as every other. */
  bestIsTwiceAsLong: boolean;
  /** Length of the best option over the longest other (1 when they are equal). */
  ratio: number | null;
}

export const valueOf = (choice: Choice): number => choice.evidence.reduce((v, e) => v + (e.met ? e.weight : -e.weight), 0);

export function lengthsOf(scenario: Scenario, set: OptionSetSeen): OptionSetLengths {
  const node = scenario.nodes[set.node]!;
  const options = set.open.map((i) => ({ choice: i, length: node.choices[i]!.text.length, value: valueOf(node.choices[i]!) }));
  const top = Math.max(...options.map((o) => o.value));
  const atTop = options.filter((o) => o.value === top);
  const hasEvidence = set.open.some((i) => node.choices[i]!.evidence.length > 0);
  const bestOption = atTop.length === 1 && options.length > 1 && hasEvidence ? atTop[0]! : null;
  if (!bestOption) return { node: set.node, options, best: null, bestIsLongest: false, rank: null, bestIsTwiceAsLong: false, ratio: null };
  const others = options.filter((o) => o !== bestOption).map((o) => o.length);
  const longestOther = Math.max(...others);
  const shortestOther = Math.min(...others);
  return {
    node: set.node,
    options,
    best: bestOption.choice,
    bestIsLongest: bestOption.length > longestOther,
    rank: bestOption.length > longestOther ? 'longest' : bestOption.length < shortestOther ? 'shortest' : 'middle',
    bestIsTwiceAsLong: others.every((l) => bestOption.length >= 2 * l),
    ratio: Math.round((bestOption.length / Math.max(1, longestOther)) * 100) / 100,
  };
}
