/**
 * Checks on the shape of the dialogue graph that need no meter values:
 * targets exist, every node is reachable, every node can reach an ending,
 * endings have no way on. (Loops of automatic routes depend on the meters:
 * routeLoops.ts.) Nodes are numbered and each node's targets read once, so a
 * scenario of thousands of nodes costs little more than reading it.
 */
import type { Scenario } from './schema.ts';
import type { PathKey } from './yamlSource.ts';

export interface Finding {
  keys: PathKey[];
  message: string;
  onKey?: boolean;
}

/** Every target named at a node, with where it is written: choices, then routes, then the timer. */
function targetsOf(scenario: Scenario, id: string): { to: string; keys: () => PathKey[] }[] {
  const node = scenario.nodes[id]!;
  const out = node.choices.map((c, i) => ({ to: c.to, keys: (): PathKey[] => ['nodes', id, 'choices', i, 'to'] }));
  node.when.forEach((r, i) => out.push({ to: r.to, keys: () => ['nodes', id, 'when', i, 'to'] }));
  if (node.after) out.push({ to: node.after.to, keys: () => ['nodes', id, 'after', 'to'] });
  return out;
}

/** Nodes reachable from `from` along `next`, as a flag per node number. */
function reach(count: number, from: number[], next: readonly (readonly number[])[]): Uint8Array {
  const seen = new Uint8Array(count);
  const stack: number[] = [];
  for (const f of from) if (!seen[f]) (seen[f] = 1, stack.push(f));
  while (stack.length > 0) for (const n of next[stack.pop()!]!) if (!seen[n]) (seen[n] = 1, stack.push(n));
  return seen;
}

export function graphFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const ids = Object.keys(scenario.nodes);
  const number = new Map(ids.map((id, i) => [id, i]));
  const forward: number[][] = [];
  let missing = !number.has(scenario.start);
  if (missing) findings.push({ keys: ['start'], message: `start node "${scenario.start}" does not exist` });
  for (const id of ids) {
    const targets: number[] = [];
    for (const t of targetsOf(scenario, id)) {
      const n = number.get(t.to);
      if (n === undefined) {
        missing = true;
        findings.push({ keys: t.keys(), message: `target "${t.to}" does not exist` });
      } else targets.push(n);
    }
    forward.push(targets);
    const node = scenario.nodes[id]!;
    const ways = node.choices.length + node.when.length + (node.after ? 1 : 0);
    if (node.end && ways > 0) findings.push({ keys: ['nodes', id], onKey: true, message: `ending "${id}" has choices, routes or a timer; an ending is where the conversation stops` });
    if (!node.end && ways === 0) findings.push({ keys: ['nodes', id], onKey: true, message: `node "${id}" is a dead end: give it choices or make it an ending with "end:"` });
    if (Array.isArray(node.say) && node.say.at(-1)?.if !== undefined) {
      findings.push({ keys: ['nodes', id, 'say', node.say.length - 1, 'if'], message: 'the last line variant needs no "if", so the customer always has something to say' });
    }
  }
  if (missing) return findings;

  const reachable = reach(ids.length, [number.get(scenario.start)!], forward);
  ids.forEach((id, n) => {
    if (!reachable[n]) findings.push({ keys: ['nodes', id], onKey: true, message: `node "${id}" cannot be reached from the start "${scenario.start}"` });
  });
  const backward: number[][] = ids.map(() => []);
  forward.forEach((tos, from) => tos.forEach((to) => backward[to]!.push(from)));
  const endings = ids.flatMap((id, n) => (scenario.nodes[id]!.end ? [n] : []));
  if (endings.length === 0) findings.push({ keys: ['nodes'], onKey: true, message: 'the scenario has no ending: mark at least one node with "end:"' });
  const canEnd = reach(ids.length, endings, backward);
  ids.forEach((id, n) => {
    if (reachable[n] && !canEnd[n]) findings.push({ keys: ['nodes', id], onKey: true, message: `no ending can be reached from node "${id}"` });
  });
  return findings;
}
