/**
 * How a customer looks at a given mood: face and body language as numbers the
 * figure drawing reads. Pure, so "an angry customer crosses their arms" is a
 * tested rule rather than a drawing detail.
 */
import type { Meters } from '../../scenario/meters.ts';
import type { Scenario } from '../../scenario/schema.ts';

export type Arms = 'crossed' | 'down' | 'open';

export interface Pose {
  /** -1 (corners down) .. 1 (smile). */
  smile: number;
  /** -1 (brows drawn together and down) .. 1 (raised, relaxed). */
  brows: number;
  /** 0.5 (narrowed) .. 1 (open). */
  eyes: number;
  arms: Arms;
  /** 0 .. 1: leaning in towards the counter, as an exasperated customer does. */
  lean: number;
  /** 0 .. 1: colour in the cheeks. */
  flush: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The mood meter on a 0..100 scale; without one, the average of the meters the scenario has. */
export function moodOf(scenario: Pick<Scenario, 'meters'>, meters: Meters): number {
  const scaled = (name: string) => {
    const spec = scenario.meters[name];
    const value = meters[name];
    if (value === undefined) return undefined;
    const min = spec?.min ?? 0;
    const max = spec?.max ?? 100;
    return ((value - min) / Math.max(1, max - min)) * 100;
  };
  const mood = scaled('mood');
  if (mood !== undefined) return clamp(mood, 0, 100);
  const all = Object.keys(meters).map(scaled).filter((v): v is number => v !== undefined);
  return all.length ? clamp(all.reduce((a, b) => a + b, 0) / all.length, 0, 100) : 50;
}

export function poseFor(mood: number): Pose {
  const m = clamp(mood, 0, 100);
  return {
    smile: clamp((m - 50) / 40, -1, 1),
    brows: clamp((m - 45) / 35, -1, 1),
    eyes: m < 30 ? 0.55 + (m / 30) * 0.45 : 1,
    arms: m < 30 ? 'crossed' : m < 60 ? 'down' : 'open',
    lean: m < 35 ? (35 - m) / 35 : 0,
    flush: m < 25 ? (25 - m) / 25 : 0,
  };
}
