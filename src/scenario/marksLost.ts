/**
 * Where marks are lost, for a scenario in which no path reaches full marks:
 * the path to an ending that fails the fewest steps (a breadth-first search in
 * which a step failing evidence costs one and any other costs nothing), and
 * the first step on it that fails evidence. That is the node a tutor should
 * look at: everything before it can be played without losing a mark.
 */
import type { Move, Step } from './compiledScenario.ts';
import type { Evidence } from './schema.ts';
import { STATE_LIMIT, type ScenarioSpace } from './paths.ts';
import { stateIndex } from './stateIndex.ts';

export interface FirstLoss {
  node: string;
  move: Move;
  evidence: readonly Evidence[];
  /** Open steps at that point whose evidence is all met: they exist but lead only to more lost marks. */
  metMoves: Move[];
}

export type LossResult = FirstLoss | 'no-loss' | 'no-ending' | 'limit';

/** The first failing step on a cheapest path to an ending ('no-loss': one fails nothing, so shows no evidence). */
export function firstLoss(space: ScenarioSpace): LossResult {
  const c = space.c;
  const width = c.meterNames.length;
  const find = stateIndex(c, false, STATE_LIMIT);
  const node: number[] = [];
  const values: number[] = [];
  const parent: number[] = [];
  const step: (Step | null)[] = [];
  const add = (n: number, vs: ArrayLike<number>, from: number, s: Step | null) => {
    node.push(n);
    for (let i = 0; i < width; i++) values.push(vs[i]!);
    parent.push(from);
    step.push(s);
    return node.length - 1;
  };
  const start = c.startValues();
  // Entries at the current cost, and those found one failure further on (visited only when taken).
  let level = [add(c.settle(c.nodeNumber(space.scenario.start), start), start, -1, null)];
  let states = 0;
  const here: number[] = start.slice();
  const next: number[] = start.slice();
  while (level.length > 0) {
    const costlier: number[] = [];
    for (let k = 0; k < level.length; k++) {
      const e = level[k]!;
      for (let i = 0; i < width; i++) here[i] = values[e * width + i]!;
      if (find(node[e]!, here, 0, e) >= 0) continue;
      if (++states > STATE_LIMIT) return 'limit';
      const place = c.existing(node[e]!);
      if (place.end) return lossOn(space, e, node, values, parent, step);
      for (const s of place.steps) {
        if (s.open && !s.open(here)) continue;
        c.apply(here, s.effects, next);
        const entry = add(c.settle(s.to, next), next, e, s);
        (s.allMet ? level : costlier).push(entry);
      }
    }
    level = costlier;
  }
  return 'no-ending';
}

function lossOn(space: ScenarioSpace, end: number, node: number[], values: number[], parent: number[], step: (Step | null)[]): LossResult {
  const c = space.c;
  const width = c.meterNames.length;
  let first = -1;
  for (let e = end; step[e]; e = parent[e]!) if (!step[e]!.allMet) first = e;
  if (first < 0) return 'no-loss';
  const at = parent[first]!;
  const here = values.slice(at * width, at * width + width);
  const metMoves = c.existing(node[at]!).steps.filter((s) => s.allMet && (!s.open || s.open(here))).map((s) => s.move);
  return { node: c.ids[node[at]!]!, move: step[first]!.move, evidence: step[first]!.evidence, metMoves };
}
