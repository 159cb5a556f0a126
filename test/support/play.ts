/**
 * Transcripts for tests, made the only honest way: by playing a scenario
 * through the engine, so they verify by replay like a learner's would.
 */
import { Session } from '../../src/engine/session.ts';
import type { TimerArrangement } from '../../src/engine/timers.ts';
import type { Mode, Transcript } from '../../src/engine/transcript.ts';
import { ScenarioSpace, type Move } from '../../src/scenario/paths.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

export interface PlayOptions {
  learner?: string;
  seed?: number;
  mode?: Mode;
  /** Start of the clock; each choice takes 7 seconds. */
  start?: number;
  /** Stop after this many turns, leaving the conversation unfinished. */
  turns?: number;
  /** Timers extended or off, as a learner's Settings would ask (recorded as the transcript's access arrangement). */
  timers?: TimerArrangement;
}

export function play(scenario: Scenario, moves: readonly Move[], options: PlayOptions = {}): Transcript {
  let now = options.start ?? Date.UTC(2026, 2, 9, 10, 0, 0);
  const mode = options.mode ?? 'assessment';
  const session = Session.start(scenario, { seed: options.seed ?? 7, learner: options.learner ?? 'Alex Learner', mode, now: () => new Date((now += 7000)), ...(options.timers ? { timers: options.timers } : {}) });
  try {
    for (const move of moves.slice(0, options.turns ?? moves.length)) {
      if (move.kind === 'choice') session.choose(move.choice);
      else session.wait();
    }
    return session.transcript();
  } finally {
    session.stop();
  }
}

export function bestMoves(scenario: Scenario): Move[] {
  const best = new ScenarioSpace(scenario).bestPath();
  if (typeof best === 'string') throw new Error(`no best path (${best})`);
  return best.moves;
}

export const worstMoves = (scenario: Scenario): Move[] => new ScenarioSpace(scenario).worstPath();

/**
 * A learner's own way through: at each turn one of the options on offer (or,
 * where the customer has a timer, sometimes silence), picked by `pick(n)`,
 * which returns 0..n-1 (a seeded generator, so the class is the same each run).
 */
export function playRandom(scenario: Scenario, pick: (n: number) => number, options: PlayOptions = {}): Transcript {
  let now = options.start ?? Date.UTC(2026, 2, 9, 10, 0, 0);
  const session = Session.start(scenario, { seed: options.seed ?? 7, learner: options.learner ?? 'Alex Learner', mode: options.mode ?? 'assessment', now: () => new Date((now += 7000)) });
  try {
    for (let turn = 0; !session.ended && turn < (options.turns ?? 200); turn++) {
      const view = session.view();
      const ways = view.options.length + (view.timer ? 1 : 0);
      const k = pick(ways);
      if (k < view.options.length) session.choose(view.options[k]!.choice);
      else session.wait();
    }
    return session.transcript();
  } finally {
    session.stop();
  }
}

/** mulberry32: a small seeded generator for test classes (not the engine's, which must never change). */
export function seededPick(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
}
