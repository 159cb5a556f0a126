/**
 * How a person looks at given meters: face and body language as numbers the
 * drawing reads. Pure, so "an exasperated customer leans in with their hands
 * on the counter" is a tested rule rather than a drawing detail.
 *
 * Four readings come from the meters: anger (mood and patience both low),
 * worry (mood low while patience holds: anxious, not cross), distrust (trust
 * low: arms folded, leaning away) and puzzlement (understanding low, in
 * language-divide scenarios: head on one side, a brow raised). The strongest
 * of anger and worry sets the brows, as a face shows one of them at a time.
 */
import type { Meters } from '../../scenario/meters.ts';
import type { Scenario } from '../../scenario/schema.ts';

export type Arms = 'folded' | 'down' | 'open' | 'on-counter' | 'clasped' | 'watch';

export interface Pose {
  /** -1 (corners down) .. 1 (smile). */
  smile: number;
  /** -1 (drawn together and down, angry) .. 1 (raised, relaxed). */
  brows: number;
  /** 0 .. 1: inner ends of the brows lifted, as in worry. */
  worry: number;
  /** 0 .. 1: one brow up, head on one side. */
  puzzled: number;
  /** 0.55 (narrowed) .. 1.15 (wide). */
  eyes: number;
  arms: Arms;
  /** -1 (leaning away) .. 1 (leaning in over the counter). */
  lean: number;
  /** Degrees the head is tilted. */
  tilt: number;
  /** 0 .. 1: colour in the cheeks. */
  flush: number;
}

/** Each meter on a 0..100 scale; a meter the scenario does not have reads as neutral. */
export interface Signals {
  mood: number;
  patience: number;
  trust: number;
  understanding: number;
}

const clamp = (v: number, lo = 0, hi = 1) => Math.max(lo, Math.min(hi, v));
/** How far `v` is below `at`, over `span`: 0 at or above, 1 at `span` below or lower. */
const below = (v: number, at: number, span: number) => clamp((at - v) / span);

function scaled(scenario: Pick<Scenario, 'meters'>, meters: Meters, name: string): number | undefined {
  const spec = scenario.meters[name];
  const value = meters[name];
  if (value === undefined) return undefined;
  const min = spec?.min ?? 0;
  const max = spec?.max ?? 100;
  return clamp(((value - min) / Math.max(1, max - min)) * 100, 0, 100);
}

/** The mood meter on a 0..100 scale; without one, the average of the meters the scenario has. */
export function moodOf(scenario: Pick<Scenario, 'meters'>, meters: Meters): number {
  const mood = scaled(scenario, meters, 'mood');
  if (mood !== undefined) return mood;
  const all = Object.keys(meters).map((name) => scaled(scenario, meters, name)).filter((v): v is number => v !== undefined);
  return all.length ? all.reduce((a, b) => a + b, 0) / all.length : 50;
}

/** The meters a face reads, each rounded to a step of ten: a point either way shows nothing, and fewer faces are drawn. */
export function signalsOf(scenario: Pick<Scenario, 'meters'>, meters: Meters): Signals {
  const step = (v: number | undefined) => (v === undefined ? 50 : Math.round(v / 10) * 10);
  return {
    mood: step(moodOf(scenario, meters)),
    patience: step(scaled(scenario, meters, 'patience')),
    trust: step(scaled(scenario, meters, 'trust')),
    understanding: step(scaled(scenario, meters, 'understanding')),
  };
}

export function poseFor(s: Signals): Pose {
  const lowMood = below(s.mood, 50, 35);
  const lowPatience = below(s.patience, 45, 35);
  const anger = clamp(lowMood * (0.4 + lowPatience));
  const worry = lowMood * (1 - lowPatience);
  const distrust = below(s.trust, 40, 35);
  const puzzled = below(s.understanding, 45, 35);
  const pleased = clamp((s.mood - 55) / 35);
  const angry = anger >= worry;
  let arms: Arms = 'down';
  if (distrust > 0.5) arms = 'folded';
  else if (anger > 0.55 && angry) arms = 'on-counter';
  else if (worry > 0.45 && !angry) arms = 'clasped';
  else if (pleased > 0.3 && s.trust >= 50) arms = 'open';
  return {
    smile: clamp((s.mood - 50) / 40, -1, 1),
    brows: angry && anger > 0.15 ? -anger : pleased * 0.7 - puzzled * 0.2,
    worry: angry ? 0 : worry,
    puzzled,
    eyes: clamp(1 - 0.45 * (angry ? anger : 0) + 0.15 * (angry ? 0 : worry) + 0.1 * puzzled, 0.55, 1.15),
    arms,
    lean: arms === 'on-counter' ? anger : distrust > 0.2 ? -distrust * 0.8 : 0,
    tilt: puzzled * 9 + pleased * 3,
    flush: clamp((anger - 0.5) * 2),
  };
}

/**
 * A queue or waiting room growing restless (0 calm .. 1 fed up): each person reacts a little differently, so a
 * crowd looks like people rather than copies. `who` is their place in the queue.
 */
export function crowdPose(restless: number, who: number): Pose {
  const r = clamp(restless + ((who * 37) % 5) * 0.04 - 0.08);
  const arms: Arms = r > 0.35 && who % 3 === 1 ? 'watch' : r > 0.5 && who % 2 === 0 ? 'folded' : 'down';
  return {
    smile: clamp(0.3 - r * 1.3, -1, 1),
    brows: r > 0.3 ? -clamp((r - 0.3) * 1.4) : 0.2,
    worry: 0,
    puzzled: 0,
    eyes: 1 - r * 0.3,
    arms,
    lean: 0,
    tilt: arms === 'watch' ? -6 : who % 2 ? 2 : -2,
    flush: 0,
  };
}

/** How restless the people waiting are: the scenario's `queue` meter if it has one (their comfort), else the customer's patience. */
export function restlessnessOf(scenario: Pick<Scenario, 'meters'>, meters: Meters): number {
  const comfort = scaled(scenario, meters, 'queue') ?? scaled(scenario, meters, 'patience') ?? 50;
  return clamp((80 - comfort) / 70);
}

/** A pose as a short key, for caching a drawing of it. */
export const poseKey = (p: Pose): string =>
  [p.smile, p.brows, p.worry, p.puzzled, p.eyes, p.lean, p.tilt / 10, p.flush].map((v) => Math.round(v * 20)).join(',') + p.arms;
