/**
 * Automatic routes are followed without a turn passing and without the meters
 * changing, so a cycle of routes that can all be taken at the same meter values
 * would never let the customer speak: the checker rejects it. A cycle in the
 * drawing whose conditions can never all be the route taken at once (mood
 * above 50 one way, below 30 the other) is no loop, and chains of routes are
 * followed however long they are.
 *
 * Only nodes on a cycle of the route graph can loop: those are its strongly
 * connected components (Tarjan's algorithm, on an explicit stack). For each,
 * every case of the meters its routes tell apart is tried (meterCases.ts); in
 * each case a node takes at most one route, the first that holds, so a loop is
 * a cycle in that choice of one route per node.
 */
import { parseExpression } from './expression.ts';
import type { Finding } from './graphChecks.ts';
import { axesFor, caseCount, describeCase, findCase, predicatesOver, CASE_LIMIT } from './meterCases.ts';
import type { Scenario } from './schema.ts';

/** Strongly connected components of a graph of `n` nodes, without recursion. */
export function stronglyConnected(n: number, next: (v: number) => readonly number[]): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  const frames: { v: number; edge: number }[] = [];
  let counter = 0;
  const enter = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = 1;
    frames.push({ v, edge: 0 });
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    enter(root);
    while (frames.length > 0) {
      const f = frames.at(-1)!;
      const edges = next(f.v);
      if (f.edge < edges.length) {
        const w = edges[f.edge++]!;
        if (index[w] === -1) enter(w);
        else if (onStack[w]) low[f.v] = Math.min(low[f.v]!, index[w]!);
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low[parent.v] = Math.min(low[parent.v]!, low[f.v]!);
      if (low[f.v] === index[f.v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== f.v);
        components.push(component);
      }
    }
  }
  return components;
}

export function routeLoopFindings(scenario: Scenario): Finding[] {
  const ids = Object.keys(scenario.nodes);
  const number = new Map(ids.map((id, i) => [id, i]));
  const targets = ids.map((id) => scenario.nodes[id]!.when.map((r) => number.get(r.to) ?? -1));
  const routeGraph = (v: number) => targets[v]!.filter((t) => t >= 0);
  const bounds = (name: string) => {
    const m = scenario.meters[name]!;
    return { lo: Math.min(m.min, m.start), hi: Math.max(m.max, m.start) };
  };
  const findings: Finding[] = [];
  for (const component of stronglyConnected(ids.length, routeGraph)) {
    const only = component[0]!;
    if (component.length === 1 && !targets[only]!.includes(only)) continue;
    const members = new Set(component);
    const exprs = component.flatMap((v) => scenario.nodes[ids[v]!]!.when.map((r) => parseExpression(r.if)));
    const axes = axesFor(exprs, bounds);
    const holds = predicatesOver(axes, exprs);
    // Per member, the slice of `holds` that is its routes, in order.
    const first: number[] = [];
    component.reduce((at, v) => (first.push(at), at + targets[v]!.length), 0);
    const taken = new Map<number, number>();
    const mark = new Map<number, number>();
    let loop: number[] | undefined;
    let where: number[] | undefined;
    const result = findCase(axes, holds.length, (values) => {
      taken.clear();
      component.forEach((v, k) => {
        const routes = targets[v]!;
        for (let r = 0; r < routes.length; r++) {
          if (holds[first[k]! + r]!(values)) {
            taken.set(v, routes[r]!);
            return;
          }
        }
      });
      // Follow the one route each member takes; meeting this walk's own trail again is a loop.
      mark.clear();
      for (const start of component) {
        const trail: number[] = [];
        for (let v: number | undefined = start; v !== undefined && members.has(v) && !mark.has(v); v = taken.get(v)) {
          mark.set(v, start);
          trail.push(v);
        }
        const end = trail.length > 0 ? taken.get(trail.at(-1)!) : undefined;
        if (end !== undefined && mark.get(end) === start) {
          // Told from the node written first in the file, so the same loop is always reported at the same place.
          const cycle = trail.slice(trail.indexOf(end));
          const from = cycle.reduce((best, v, i) => (v < cycle[best]! ? i : best), 0);
          loop = [...cycle.slice(from), ...cycle.slice(0, from), cycle[from]!];
          where = values.slice();
          return true;
        }
      }
      return false;
    });
    const name = (v: number) => ids[v]!;
    if (result === 'limit') {
      findings.push({
        keys: ['nodes', name(only), 'when'],
        onKey: true,
        message: `cannot tell whether the automatic routes through ${component.map((v) => `"${name(v)}"`).join(', ')} loop: their conditions split the meters into ${caseCount(axes).toLocaleString('en-GB')} cases (at most ${CASE_LIMIT.toLocaleString('en-GB')} conditions tried); compare fewer meters at fewer values in these routes`,
      });
    } else if (loop && where) {
      findings.push({ keys: ['nodes', name(loop[0]!), 'when'], onKey: true, message: `automatic routes form a loop when ${describeCase(axes, where)}: ${loop.map(name).join(' → ')}` });
    }
  }
  return findings;
}
