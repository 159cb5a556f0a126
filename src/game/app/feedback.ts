/** What a learner is told about one turn: each criterion the response was judged against, met or not, and why. */
import type { Turn } from '../../engine/types.ts';
import { findCriterion } from '../../standards/catalogue.ts';

export interface FeedbackItem {
  code: string;
  /** The criterion's wording from the standards; empty if the catalogue does not know the code. */
  text: string;
  met: boolean;
  why: string;
  weight: number;
}

export function feedbackFor(turn: Turn): FeedbackItem[] {
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
