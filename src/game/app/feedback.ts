/** What a learner is told about one turn: each criterion the response was judged against, met or not, and why. */
import type { OfferedOption, Turn } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { findCriterion } from '../../standards/catalogue.ts';

export interface FeedbackItem {
  code: string;
  /** The criterion's wording from the standards; empty if the catalogue does not know the code. */
  text: string;
  met: boolean;
  why: string;
  weight: number;
}

export function feedbackFor(turn: Pick<Turn, 'evidence'>): FeedbackItem[] {
  return turn.evidence.map((e) => ({
    code: e.criterion,
    text: findCriterion(e.criterion)?.text ?? '',
    met: e.met,
    why: e.why,
    weight: e.weight,
  }));
}

/** A turn's share of weighted evidence met, or undefined when the turn was not assessed. */
export function turnJudgement(turn: Turn): 'met' | 'partly' | 'not-met' | undefined {
  const total = turn.evidence.reduce((s, e) => s + e.weight, 0);
  if (total === 0) return undefined;
  const met = turn.evidence.reduce((s, e) => s + (e.met ? e.weight : 0), 0);
  return met === total ? 'met' : met === 0 ? 'not-met' : 'partly';
}

/**
 * What the feedback will say if `choice` is taken at `nodeId`: the same
 * evidence a turn records (the engine copies the option's own), for the tutor
 * to read before the class chooses.
 */
export function optionFeedback(scenario: Scenario, nodeId: string, choice: number): { items: FeedbackItem[]; tip?: string } {
  const option = scenario.nodes[nodeId]?.choices[choice];
  if (!option) return { items: [] };
  const items = feedbackFor({ evidence: option.evidence });
  return option.tip ? { items, tip: option.tip } : { items };
}

/** Evidence met counts for an option and evidence not met against it, each by its weight. */
const net = (evidence: readonly { met: boolean; weight: number }[]): number => evidence.reduce((s, e) => s + (e.met ? e.weight : -e.weight), 0);

export interface BetterOption {
  /** The better response on offer at that turn, as it was offered. */
  option: OfferedOption;
  /** The Next-time tip on the response the learner took (or waited through), when the author gave one. */
  tip?: string;
}

/**
 * Where a better response was on offer at a turn: the best one by its evidence (met weight less weight not met),
 * when it beats what the learner did; undefined when they took the best there was.
 */
export function betterOption(scenario: Scenario, turn: Turn): BetterOption | undefined {
  const node = scenario.nodes[turn.nodeId];
  if (!node) return undefined;
  const taken = turn.action.kind === 'choice' ? turn.action.choice : undefined;
  const takenNet = net(turn.evidence);
  let best: { option: OfferedOption; net: number } | undefined;
  for (const option of turn.offered) {
    const score = net(node.choices[option.choice]?.evidence ?? []);
    if (option.choice !== taken && score > takenNet && (!best || score > best.net)) best = { option, net: score };
  }
  if (!best) return undefined;
  const tip = turn.offered.find((o) => o.choice === taken)?.tip;
  return tip ? { option: best.option, tip } : { option: best.option };
}
