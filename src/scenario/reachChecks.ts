/**
 * What no play can ever reach, with the meters taken into account: a node no
 * reachable state arrives at (for example one entered only by a condition that
 * never holds within the meters' bounds), an option whose condition never
 * holds where it is offered, a route never taken. Found from one search over
 * every reachable (node, meters) state, so each answer is exact; when the
 * search runs out of room that is reported, never taken for a pass.
 */
import type { Finding } from './graphChecks.ts';
import { STATE_LIMIT, type Explored, type ScenarioSpace } from './paths.ts';
import { Moves, trappedFindings } from './trapChecks.ts';
import type { Scenario } from './schema.ts';

/** The one problem a search that stopped at its limit gives, at the meters (what an author can simplify). */
export function limitFinding(space: ScenarioSpace, purpose: string): Finding {
  return {
    keys: ['meters'],
    onKey: true,
    message: `the checker stopped at ${STATE_LIMIT.toLocaleString('en-GB')} states (node and meter values, at "${space.limitAt}") before ${purpose}, so it cannot vouch for this scenario; use fewer distinct meter values (fewer meters, or effects in larger, rounder steps)`,
  };
}

export const isLimitFinding = (f: Finding): boolean => f.keys.length === 1 && f.keys[0] === 'meters';

const quote = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}…` : text);

interface Seen {
  reached: Uint8Array;
  rested: Uint8Array;
  /** By step id (choices and timers, numbered as the search compiles them). */
  stepOpen: Uint8Array;
  /** By route, the routes of node n starting at routeStart[n]. */
  routeStart: Int32Array;
  routeHeld: Uint8Array;
  routeTaken: Uint8Array;
  states: Explored;
  moves: Moves;
}

function explore(scenario: Scenario, space: ScenarioSpace, ids: string[]): Seen | 'limit' {
  const c = space.c;
  const size = ids.length;
  const routeStart = new Int32Array(size + 1);
  let steps = 0;
  ids.forEach((id, n) => {
    const node = scenario.nodes[id]!;
    routeStart[n + 1] = routeStart[n]! + node.when.length;
    steps += node.choices.length + 1;
  });
  const reached = new Uint8Array(size);
  const rested = new Uint8Array(size);
  const stepOpen = new Uint8Array(steps);
  const routeHeld = new Uint8Array(routeStart[size]!);
  const routeTaken = new Uint8Array(routeStart[size]!);
  const moves = new Moves();
  const states = space.explore({
    onStep: (_node, step, open) => {
      if (open) stepOpen[step.id] = 1;
    },
    onRoute: (node, taken, values) => {
      reached[node] = 1;
      if (taken < 0) {
        rested[node] = 1;
        return;
      }
      const base = routeStart[node]!;
      routeTaken[base + taken] = 1;
      routeHeld[base + taken] = 1;
      // Routes before the one taken did not hold; those after are read only until one is seen to hold.
      const routes = c.existing(node).routes;
      for (let r = taken + 1; r < routes.length; r++) if (!routeHeld[base + r] && routes[r]!.when(values)) routeHeld[base + r] = 1;
    },
    onEdge: (from, to) => moves.add(from, to),
  });
  if (states === 'limit') return 'limit';
  return { reached, rested, stepOpen, routeStart, routeHeld, routeTaken, states, moves };
}

export function reachFindings(scenario: Scenario, space: ScenarioSpace): Finding[] {
  // The compiled scenario numbers the scenario's own nodes first, in this order.
  const ids = Object.keys(scenario.nodes);
  const seen = explore(scenario, space, ids);
  if (seen === 'limit') return [limitFinding(space, 'trying every way through')];
  const number = new Map(ids.map((id, i) => [id, i]));
  const enteredFrom = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const id of ids) {
    const node = scenario.nodes[id]!;
    for (const to of [...node.choices.map((x) => x.to), ...node.when.map((r) => r.to), ...(node.after ? [node.after.to] : [])]) enteredFrom.get(to)?.push(id);
  }
  const findings: Finding[] = [];
  ids.forEach((id, n) => {
    const node = scenario.nodes[id]!;
    if (!seen.reached[n]) {
      const from = [...new Set(enteredFrom.get(id))];
      const cut = from.length > 0 && from.every((f) => !seen.reached[number.get(f)!]);
      const what = node.end ? `ending "${id}"` : `node "${id}"`;
      const why = cut ? ` (it is entered only from nodes that are never reached: ${from.map((f) => `"${f}"`).join(', ')})` : '';
      findings.push({ keys: ['nodes', id], onKey: true, message: `${what} can never be reached with the meters as they change${why}` });
      return;
    }
    if (!seen.rested[n] && (node.choices.length > 0 || node.after)) {
      findings.push({ keys: ['nodes', id, 'when'], onKey: true, message: `the customer never speaks at "${id}": its automatic routes always lead on, so its options${node.after ? ' and timer' : ''} are never used` });
    }
    if (seen.rested[n]) {
      const steps = space.c.existing(n).steps;
      node.choices.forEach((choice, i) => {
        if (choice.if !== undefined && !seen.stepOpen[steps[i]!.id]) {
          findings.push({ keys: ['nodes', id, 'choices', i, 'if'], message: `option ${i + 1} ("${quote(choice.text)}") is never offered: its condition "${choice.if}" never holds when the conversation is at "${id}"` });
        }
      });
    }
    const base = seen.routeStart[n]!;
    node.when.forEach((route, r) => {
      if (seen.routeTaken[base + r]) return;
      const message = seen.routeHeld[base + r]
        ? `the route to "${route.to}" is never taken: whenever "${route.if}" holds here, an earlier route is taken first`
        : `the route to "${route.to}" is never taken: its condition "${route.if}" never holds when the conversation arrives at "${id}"`;
      findings.push({ keys: ['nodes', id, 'when', r, 'if'], message });
    });
  });
  return [...findings, ...trappedFindings(scenario, space, seen.states, seen.moves)];
}
