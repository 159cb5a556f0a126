/**
 * The transcript: the record an assessor reviews. Plain JSON, complete enough
 * that replaying its choices through the same scenario reproduces it exactly.
 */
import type { Outcome, Scenario } from '../scenario/schema.ts';
import { passResult, type PassResult } from './passRule.ts';
import { rollUp, type RollUp } from './scoring.ts';
import type { AccessArrangement } from './timers.ts';
import type { Turn } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

export const TRANSCRIPT_FORMAT = 'rapport-transcript/1';

export interface Transcript {
  format: typeof TRANSCRIPT_FORMAT;
  engineVersion: string;
  scenario: { id: string; title: string; hash: string; units: string[] };
  learner: string;
  seed: number;
  startedAt: string;
  endedAt?: string;
  outcome?: Outcome;
  /** Practice or assessment: only an assessment transcript is evidence. */
  mode: Mode;
  /** Timers extended or turned off for this learner (WCAG 2.2.1); absent means standard timers. */
  access?: AccessArrangement;
  turns: Turn[];
  rollUp: RollUp;
  /** Present once the conversation has ended. */
  pass?: PassResult;
}

export type Mode = 'practice' | 'assessment';

export interface TranscriptParts {
  seed: number;
  learner: string;
  startedAt: string;
  endedAt?: string | undefined;
  outcome?: Outcome | undefined;
  mode: Mode;
  access?: AccessArrangement | undefined;
  turns: readonly Turn[];
}

/**
 * The record of a conversation. Its turns are a copy, so the record stays as it was whatever happens to the
 * session; `shareTurns` leaves them uncopied for a caller that only reads the record at once (verify).
 */
export function buildTranscript(scenario: Scenario, hash: string, parts: TranscriptParts, shareTurns = false): Transcript {
  const t: Transcript = {
    format: TRANSCRIPT_FORMAT,
    engineVersion: ENGINE_VERSION,
    scenario: { id: scenario.id, title: scenario.title, hash, units: [...scenario.units] },
    learner: parts.learner,
    seed: parts.seed,
    startedAt: parts.startedAt,
    mode: parts.mode,
    ...(parts.access ? { access: { ...parts.access } } : {}),
    turns: shareTurns ? [...parts.turns] : structuredClone([...parts.turns]),
    rollUp: rollUp(parts.turns, scenario),
  };
  if (parts.endedAt) {
    t.endedAt = parts.endedAt;
    t.pass = passResult(scenario, t.rollUp);
  }
  if (parts.outcome) t.outcome = parts.outcome;
  return t;
}
