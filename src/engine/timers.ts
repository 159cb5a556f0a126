/**
 * How long a customer waits (WCAG 2.2.1 Timing Adjustable). A learner or tutor may extend every timer or turn
 * timers off; which they chose changes when a timer's turn happens, so it is part of the record like the mode
 * and the seed: kept in the save, written to the transcript as its `access` arrangement, replayed and verified.
 */

/** What a caller asks for when a session starts. */
export type TimerArrangement = { mode: 'standard' } | { mode: 'extended'; factor: number } | { mode: 'off' };

/** The transcript's record of it; absent means standard timers. */
export type AccessArrangement = { timers: 'off' } | { timers: 'extended'; factor: number };

/** The largest extension: beyond this a timer is as good as off (and a browser's setTimeout overflows near 24 days). */
export const MAX_TIMER_FACTOR = 100;

export function isAccessArrangement(x: unknown): x is AccessArrangement {
  const a = x as { timers?: unknown; factor?: unknown } | null;
  if (!a || typeof a !== 'object') return false;
  if (a.timers === 'off') return Object.keys(a).length === 1;
  return a.timers === 'extended' && Object.keys(a).length === 2 && isFactor(a.factor);
}

const isFactor = (f: unknown): f is number => typeof f === 'number' && Number.isFinite(f) && f > 1 && f <= MAX_TIMER_FACTOR;

/** The arrangement as the transcript records it (undefined for standard); refuses a factor it could not honour. */
export function accessFor(timers: TimerArrangement | undefined): AccessArrangement | undefined {
  if (!timers || timers.mode === 'standard') return undefined;
  if (timers.mode === 'off') return { timers: 'off' };
  if (!isFactor(timers.factor)) throw new Error(`a timer can be extended by more than 1 and at most ${MAX_TIMER_FACTOR} times, not ${timers.factor}`);
  return { timers: 'extended', factor: timers.factor };
}

/** The arrangement a record describes, for a caller (settings, the review page). */
export function arrangementOf(access: AccessArrangement | undefined): TimerArrangement {
  if (!access) return { mode: 'standard' };
  return access.timers === 'off' ? { mode: 'off' } : { mode: 'extended', factor: access.factor };
}

/**
 * How many seconds the customer waits at a node whose author gave `seconds`. With timers off the customer never
 * acts on their own; a tutor's "let them wait" still moves the story on, after the authored time.
 */
export function waitSeconds(seconds: number, access: AccessArrangement | undefined): number {
  return access?.timers === 'extended' ? seconds * access.factor : seconds;
}

/**
 * How long after the customer spoke a timer's turn is recorded. In a written channel the timer is the story's
 * time without a reply (the author's, never extended: nobody is kept waiting on a clock while a learner drafts).
 */
export function timerTurnSeconds(channel: string, seconds: number, access: AccessArrangement | undefined): number {
  return channel === 'written' ? seconds : waitSeconds(seconds, access);
}

/** Whether a timer runs by itself (it does unless timers are off). */
export const timersRun = (access: AccessArrangement | undefined): boolean => access?.timers !== 'off';
