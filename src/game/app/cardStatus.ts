/**
 * Where a learner stands with each scenario, from their attempt history in this browser and the conversation
 * they have not finished: not started, in progress, their best score so far, or passed. Attempts a tutor
 * presented to a class are the class's, not the learner's, and are left out.
 */
import type { AttemptRecord } from './attempts.ts';

export type CardStatus =
  | { kind: 'not-started' }
  | { kind: 'in-progress'; best?: number }
  | { kind: 'attempted'; best: number }
  | { kind: 'passed'; best: number };

export function cardStatuses(attempts: readonly Pick<AttemptRecord, 'scenarioId' | 'percent' | 'passed' | 'presenter'>[], unfinishedId: string | undefined): Map<string, CardStatus> {
  const best = new Map<string, { percent: number; passed: boolean }>();
  for (const a of attempts) {
    if (a.presenter) continue;
    const so = best.get(a.scenarioId);
    best.set(a.scenarioId, { percent: Math.max(so?.percent ?? 0, a.percent), passed: (so?.passed ?? false) || a.passed });
  }
  const out = new Map<string, CardStatus>();
  for (const [id, b] of best) out.set(id, b.passed ? { kind: 'passed', best: b.percent } : { kind: 'attempted', best: b.percent });
  if (unfinishedId) {
    const done = best.get(unfinishedId);
    out.set(unfinishedId, done ? { kind: 'in-progress', best: done.percent } : { kind: 'in-progress' });
  }
  return out;
}

export const statusOf = (statuses: ReadonlyMap<string, CardStatus>, id: string): CardStatus => statuses.get(id) ?? { kind: 'not-started' };
