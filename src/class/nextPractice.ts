/**
 * Each learner across the class: what they have attempted, the criteria they
 * have shown in an assessment, those they have not yet shown, and their next
 * practice: the scenarios that assess most of what they have not yet shown.
 * "Not yet shown" is measured against the criteria the class's scenarios
 * assess (what the tutor has set), whether the learner failed one or has not
 * met it yet.
 */
import type { Counted } from './countedAttempts.ts';

/** A scenario a learner could practise next: what the library holds of it. */
export interface PracticeScenario {
  id: string;
  title: string;
  criteria: ReadonlySet<string>;
}

export interface Suggestion {
  id: string;
  title: string;
  /** The criteria not yet shown that it assesses, in code order. */
  covers: string[];
}

export interface LearnerSummary {
  learner: string;
  /** As first written on a transcript; empty for an unnamed practice attempt. */
  name: string;
  /** The file of an unnamed attempt, so it can be told apart. */
  source: string;
  attempts: number;
  assessments: number;
  passed: number;
  scenarios: string[];
  shown: string[];
  notYet: string[];
  next: Suggestion[];
}

/** How many scenarios are suggested to each learner. */
export const SUGGESTIONS = 3;

const codeOrder = new Intl.Collator('en', { numeric: true });
const sorted = (codes: Iterable<string>): string[] => [...codes].sort(codeOrder.compare);

export function suggest(notYet: ReadonlySet<string>, library: readonly PracticeScenario[], assessedIn: ReadonlySet<string>): Suggestion[] {
  return library
    .map((s) => ({ id: s.id, title: s.title, covers: sorted([...s.criteria].filter((c) => notYet.has(c))) }))
    .filter((s) => s.covers.length > 0)
    // Most of what is missing first; then a scenario not yet assessed, since a fresh one shows more than a repeat; then by title.
    .sort((a, b) => b.covers.length - a.covers.length || Number(assessedIn.has(a.id)) - Number(assessedIn.has(b.id)) || a.title.localeCompare(b.title, 'en'))
    .slice(0, SUGGESTIONS);
}

export function learnerSummaries(counted: readonly Counted[], library: readonly PracticeScenario[]): LearnerSummary[] {
  const set = new Set<string>();
  const byId = new Map(library.map((s) => [s.id, s]));
  for (const a of counted) for (const c of byId.get(a.transcript.scenario.id)?.criteria ?? a.transcript.rollUp.criteria.map((r) => r.code)) set.add(c);

  const groups = new Map<string, Counted[]>();
  for (const a of counted) (groups.get(a.learner) ?? groups.set(a.learner, []).get(a.learner)!).push(a);
  const rows = [...groups].map(([learner, attempts]): LearnerSummary => {
    const assessments = attempts.filter((a) => a.transcript.mode === 'assessment');
    const shown = new Set(assessments.flatMap((a) => a.transcript.rollUp.criteria.filter((c) => c.status === 'demonstrated').map((c) => c.code)));
    const notYet = new Set([...set].filter((c) => !shown.has(c)));
    const assessedIn = new Set(assessments.map((a) => a.transcript.scenario.id));
    return {
      learner,
      name: attempts[0]!.transcript.learner.trim(),
      source: attempts[0]!.source,
      attempts: attempts.length,
      assessments: assessments.length,
      passed: assessments.filter((a) => a.transcript.pass?.passed).length,
      scenarios: [...new Set(attempts.map((a) => a.transcript.scenario.title))].sort((a, b) => a.localeCompare(b, 'en')),
      shown: sorted(shown),
      notYet: sorted(notYet),
      next: suggest(notYet, library, assessedIn),
    };
  });
  return rows.sort((a, b) => (a.name || '\uffff').localeCompare(b.name || '\uffff', 'en') || a.source.localeCompare(b.source));
}
