/** What a learner is told about one turn: each criterion the response was judged against, met or not, and why. */
import type { Turn } from '../../engine/types.ts';
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
