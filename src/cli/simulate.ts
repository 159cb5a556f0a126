/**
 * Plays a scenario many ways through the real engine: the best path, a worst
 * path, a path to every ending, and random playthroughs for the spread of scores.
 */
import { Session } from '../engine/session.ts';
import { mulberry32 } from '../engine/random.ts';
import { ScenarioSpace, type Move } from '../scenario/paths.ts';
import type { Scenario } from '../scenario/schema.ts';

export function playMoves(scenario: Scenario, moves: readonly Move[], seed = 1): Session {
  const session = Session.start(scenario, { seed, now: () => new Date(Date.UTC(2026, 0, 1)) });
  for (const m of moves) {
    if (m.kind === 'choice') session.choose(m.choice);
    else session.wait();
  }
  return session;
}

/** Random play: each turn an option at random (or waiting, when the node has a timer). */
export function playRandom(scenario: Scenario, seed: number, maxTurns = 300): Session {
  const rand = mulberry32(seed);
  const session = Session.start(scenario, { seed, now: () => new Date(Date.UTC(2026, 0, 1)) });
  for (let t = 0; t < maxTurns && !session.ended; t++) {
    const { options, timer } = session.view();
    const k = Math.floor(rand() * (options.length + (timer ? 1 : 0)));
    if (k < options.length) session.choose(options[k]!.choice);
    else session.wait();
  }
  return session;
}

export interface SimulationSummary {
  id: string;
  nodes: number;
  best: { turns: number; percent: number; ending: string } | string;
  worst: { turns: number; percent: number; ending: string };
  /** Turns on the shortest path to each ending: null when none reaches it, 'limit' when the search stopped first. */
  endings: { node: string; outcome: string; turns: number | null | 'limit' }[];
  random: { runs: number; min: number; median: number; max: number; endings: Record<string, number> };
}

function result(session: Session) {
  const t = session.transcript();
  const r = { turns: t.turns.length, percent: t.rollUp.percent, ending: session.ended ? session.nodeId : `(unfinished at ${session.nodeId})` };
  session.stop();
  return r;
}

export function simulate(scenario: Scenario, runs = 200): SimulationSummary {
  const space = new ScenarioSpace(scenario);
  const best = space.bestPath();
  const endings = [...space.pathsToEndings()].map(([id, p]) => ({ node: id, outcome: scenario.nodes[id]!.end!, turns: p === 'limit' ? ('limit' as const) : p === 'none' ? null : p.moves.length }));
  const scores: number[] = [];
  const endingCounts: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    const r = result(playRandom(scenario, i + 1));
    scores.push(r.percent);
    endingCounts[r.ending] = (endingCounts[r.ending] ?? 0) + 1;
  }
  scores.sort((a, b) => a - b);
  return {
    id: scenario.id,
    nodes: Object.keys(scenario.nodes).length,
    best: typeof best === 'string' ? best : result(playMoves(scenario, best.moves)),
    worst: result(playMoves(scenario, space.worstPath())),
    endings,
    random: { runs, min: scores[0] ?? 0, median: scores[Math.floor(scores.length / 2)] ?? 0, max: scores.at(-1) ?? 0, endings: endingCounts },
  };
}
