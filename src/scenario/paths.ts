/**
 * Searches over what a scenario can actually do: states are (node, meters),
 * moves are the options open there and the node's timer. Used by the checker
 * (best path reaches full marks, every ending reachable), the simulate command
 * and the tests that play every scenario.
 */
import { Conditions, nodeOf, openChoices, settle } from '../engine/dialogue.ts';
import { applyEffects, initialMeters } from '../engine/meters.ts';
import type { Meters } from '../engine/types.ts';
import type { Evidence, Scenario } from './schema.ts';

export type Move = { kind: 'choice'; choice: number } | { kind: 'timeout' };

interface State {
  node: string;
  meters: Meters;
}

interface Edge {
  move: Move;
  to: State;
  evidence: readonly Evidence[];
}

/** Bounds the search so a pathological scenario cannot hang the checker. */
export const STATE_LIMIT = 200_000;

export class ScenarioSpace {
  private readonly conds = new Conditions();
  constructor(readonly scenario: Scenario) {}

  start(): State {
    const meters = initialMeters(this.scenario);
    return { node: settle(this.scenario, this.scenario.start, meters, this.conds), meters };
  }

  key(s: State): string {
    return `${s.node}|${Object.values(s.meters).join(',')}`;
  }

  isEnd(s: State): boolean {
    return Boolean(nodeOf(this.scenario, s.node).end);
  }

  edges(s: State): Edge[] {
    const node = nodeOf(this.scenario, s.node);
    if (node.end) return [];
    const out: Edge[] = openChoices(node, s.meters, this.conds).map((i) => {
      const c = node.choices[i]!;
      const meters = applyEffects(this.scenario, s.meters, c.effects);
      return { move: { kind: 'choice', choice: i }, to: { node: settle(this.scenario, c.to, meters, this.conds), meters }, evidence: c.evidence };
    });
    if (node.after) {
      const meters = applyEffects(this.scenario, s.meters, node.after.effects);
      out.push({ move: { kind: 'timeout' }, to: { node: settle(this.scenario, node.after.to, meters, this.conds), meters }, evidence: node.after.evidence });
    }
    return out;
  }

  /**
   * Breadth-first: the shortest sequence of moves to a state satisfying `goal`, using only edges `allow` accepts.
   * `track` lists criteria whose being met is part of the goal; the search remembers which it has seen (bit 0: any evidence).
   */
  search(
    goal: (s: State, seen: number) => boolean,
    allow: (e: Edge) => boolean = () => true,
    track: readonly string[] = [],
  ): { moves: Move[]; end: State } | 'none' | 'limit' {
    const start = this.start();
    type Entry = { state: State; moves: Move[]; seen: number };
    const queue: Entry[] = [{ state: start, moves: [], seen: 0 }];
    const visited = new Set([`${this.key(start)}|0`]);
    for (let head = 0; head < queue.length; head++) {
      const { state, moves, seen } = queue[head]!;
      if (goal(state, seen)) return { moves, end: state };
      for (const e of this.edges(state)) {
        if (!allow(e)) continue;
        let nowSeen = seen | (e.evidence.length > 0 ? 1 : 0);
        for (const x of e.evidence) {
          const bit = track.indexOf(x.criterion);
          if (bit >= 0 && x.met) nowSeen |= 1 << (bit + 1);
        }
        const k = `${this.key(e.to)}|${nowSeen}`;
        if (visited.has(k)) continue;
        visited.add(k);
        if (visited.size > STATE_LIMIT) return 'limit';
        queue.push({ state: e.to, moves: [...moves, e.move], seen: nowSeen });
      }
    }
    return 'none';
  }

  /** A path to an ending on which every piece of evidence is met (full marks) and every critical criterion is shown. */
  bestPath() {
    const critical = this.scenario.pass.critical.slice(0, 20);
    const all = (1 << (critical.length + 1)) - 1;
    return this.search(
      (s, seen) => seen === all && this.isEnd(s),
      (e) => e.evidence.every((x) => x.met),
      critical,
    );
  }

  pathTo(endNode: string) {
    return this.search((s) => s.node === endNode);
  }

  /** Greedy worst play: at each turn the move with the most weight not met, never revisiting a state. */
  worstPath(maxTurns = 200): Move[] {
    let state = this.start();
    const moves: Move[] = [];
    const visited = new Set([this.key(state)]);
    const badness = (e: Edge) => e.evidence.reduce((s, x) => s + (x.met ? -x.weight : x.weight), 0);
    while (!this.isEnd(state) && moves.length < maxTurns) {
      const options = this.edges(state).filter((e) => !visited.has(this.key(e.to)));
      const pick = (options.length > 0 ? options : this.edges(state)).sort((a, b) => badness(b) - badness(a))[0];
      if (!pick) break;
      moves.push(pick.move);
      state = pick.to;
      visited.add(this.key(state));
    }
    return moves;
  }
}
