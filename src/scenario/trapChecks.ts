/**
 * Traps: states a learner can reach from which no ending can be reached at
 * all, with the meters as they are (a circle of options whose only way out
 * needs a meter the circle never brings there). The graph check finds nodes
 * with no way to an ending in the drawing; this finds them in play, from the
 * search over every reachable state and the moves between states it heard.
 * Reported once per node, where a learner first walks in: the state entered
 * from one that could still end, with its meters and a way to get there.
 */
import type { Move } from './compiledScenario.ts';
import type { Finding } from './graphChecks.ts';
import type { Explored, ScenarioSpace } from './paths.ts';
import type { Scenario } from './schema.ts';

/** Moves between states, by state number, in arrays that double as they fill. */
export class Moves {
  from = new Int32Array(1024);
  to = new Int32Array(1024);
  count = 0;
  add(from: number, to: number): void {
    if (this.count === this.from.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from);
      this.to = grow(this.to);
    }
    this.from[this.count] = from;
    this.to[this.count++] = to;
  }
}

/** Which states can still reach an ending: backwards from the endings along the moves. */
function canEnd(space: ScenarioSpace, states: Explored, moves: Moves): Uint8Array {
  const n = states.count;
  // The moves into each state, grouped by state (counting, then filling).
  const start = new Int32Array(n + 1);
  for (let k = 0; k < moves.count; k++) start[moves.to[k]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const into = new Int32Array(moves.count);
  const fill = start.slice(0, n);
  for (let k = 0; k < moves.count; k++) into[fill[moves.to[k]!]!++] = moves.from[k]!;
  const ok = new Uint8Array(n);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) if (space.c.existing(states.node(i)).end) (ok[i] = 1, stack.push(i));
  while (stack.length > 0) {
    const s = stack.pop()!;
    for (let k = start[s]!; k < start[s + 1]!; k++) if (!ok[into[k]!]) (ok[into[k]!] = 1, stack.push(into[k]!));
  }
  return ok;
}

function describeWay(way: { at: string; move: Move }[]): string {
  if (way.length === 0) return 'it is where the conversation starts';
  const step = ({ at, move }: { at: string; move: Move }) => (move.kind === 'timeout' ? `waiting at "${at}"` : `option ${move.choice + 1} at "${at}"`);
  const shown = way.slice(0, 6).map(step).join(', then ');
  return `a learner gets there by ${shown}${way.length > 6 ? ', …' : ''}`;
}

export function trappedFindings(scenario: Scenario, space: ScenarioSpace, states: Explored, moves: Moves): Finding[] {
  const ok = canEnd(space, states, moves);
  // Where a learner walks in: the start, if it is trapped, and each trapped state entered from one that is not.
  const entries = new Map<number, number>();
  const enter = (s: number) => {
    const node = states.node(s);
    if (!entries.has(node) || entries.get(node)! > s) entries.set(node, s);
  };
  if (states.count > 0 && !ok[0]) enter(0);
  for (let k = 0; k < moves.count; k++) if (ok[moves.from[k]!] && !ok[moves.to[k]!]) enter(moves.to[k]!);
  return [...entries].map(([node, s]) => {
    const id = space.c.ids[node]!;
    const meters = Object.entries(states.meters(s)).map(([name, v]) => `${name} ${v}`).join(', ');
    return {
      keys: ['nodes', id],
      onKey: true,
      message: `no ending can be reached from "${id}" once the meters are ${meters}: every way on from there leads round without one; ${describeWay(states.way(s))}`,
    };
  });
}
