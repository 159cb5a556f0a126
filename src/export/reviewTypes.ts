/**
 * The assessor's record about a transcript. It sits beside the transcript in
 * the exported file and never inside it: the transcript stays exactly what the
 * learner's session produced, so it still verifies by replay. It lives with
 * the exports because the files they write carry it (the reviewed record, the
 * printed report); the review page makes it and imports it from here.
 */
import type { CriterionStatus } from '../engine/types.ts';

export type Judgement =
  | { verdict: 'agree' }
  /** The assessor records a different status; the reason is what makes an override auditable. */
  | { verdict: 'override'; status: CriterionStatus; reason: string };

export interface ReviewComment {
  /** Transcript turn index the comment is about, or none for the conversation as a whole. */
  turn?: number;
  text: string;
}

export interface Review {
  /** By criterion code. */
  judgements: Record<string, Judgement>;
  comments: ReviewComment[];
  signedBy?: string;
  /** Date of sign-off, YYYY-MM-DD. */
  signedAt?: string;
}
