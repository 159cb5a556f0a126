/**
 * Which loaded attempts the class view counts. Only a transcript that
 * verifies by replay is counted; everything else is set apart with its
 * reason, so a tutor sees what was left out and why. The same attempt loaded
 * twice (a file and the LRS, or an export and its transcript) counts once.
 */
import type { Transcript } from '../engine/transcript.ts';
import type { EnvelopeRefusal } from '../export/attemptsEnvelope.ts';
import { attemptKey } from '../export/xapiStatements.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Finding, OpenedRecord } from '../review/openRecord.ts';

/** A verified attempt, with the scenario it replays through. */
export interface Counted {
  source: string;
  transcript: Transcript;
  scenario: Scenario;
  /** Whom the attempt belongs to in the class's figures (see learnerKey). */
  learner: string;
}

/** Why something loaded is not counted. */
export type SetApartReason =
  | Exclude<Finding, { kind: 'verified' }>
  | { kind: 'duplicate'; of: string }
  | { kind: 'too-big' }
  | { kind: 'unreadable'; message: string }
  | { kind: 'scenario-unavailable'; id: string; message: string }
  | { kind: 'history-refused'; refusal: EnvelopeRefusal };

export interface SetApart {
  source: string;
  reason: SetApartReason;
  /** What the file says it is, when it is shaped like a transcript, to help the tutor find it. */
  learner?: string;
  scenarioTitle?: string;
}

/**
 * One person in the class, however their name was typed: spacing and case
 * are not part of a name. A practice attempt with no name belongs to nobody
 * else, so each is its own anonymous learner.
 */
export function learnerKey(name: string, source: string): string {
  const key = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return key ? `name:${key}` : `unnamed:${source}`;
}

export interface Sorted {
  counted: Counted[];
  setApart: SetApart[];
}

/** Sorts opened records into counted and set apart; the longest copy of an attempt is the one counted. */
export function sortAttempts(records: readonly OpenedRecord[], earlier: readonly Counted[] = []): Sorted {
  const setApart: SetApart[] = [];
  const byAttempt = new Map<string, Counted>(earlier.map((c) => [attemptKey(c.transcript), c]));
  const counted: Counted[] = [...earlier];
  for (const r of records) {
    const described = r.transcript ? { learner: r.transcript.learner, scenarioTitle: r.transcript.scenario.title } : {};
    if (r.finding.kind !== 'verified' || !r.transcript || !r.scenario) {
      setApart.push({ source: r.file, reason: r.finding as SetApartReason, ...described });
      continue;
    }
    const attempt: Counted = { source: r.file, transcript: r.transcript, scenario: r.scenario, learner: learnerKey(r.transcript.learner, r.file) };
    const key = attemptKey(r.transcript);
    const held = byAttempt.get(key);
    if (!held) {
      byAttempt.set(key, attempt);
      counted.push(attempt);
      continue;
    }
    // An unfinished copy and the finished one are the same attempt: keep the fuller record.
    if (r.transcript.turns.length > held.transcript.turns.length) {
      counted[counted.indexOf(held)] = attempt;
      byAttempt.set(key, attempt);
      setApart.push({ source: held.source, reason: { kind: 'duplicate', of: attempt.source }, ...described });
    } else {
      setApart.push({ source: r.file, reason: { kind: 'duplicate', of: held.source }, ...described });
    }
  }
  return { counted, setApart };
}
