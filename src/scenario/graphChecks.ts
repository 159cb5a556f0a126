/**
 * Checks on the shape of the dialogue graph that need no meter values:
 * targets exist, every node is reachable, every node can reach an ending,
 * endings have no way on. (Loops of automatic routes depend on the meters:
 * routeLoops.ts.)
 */
import type { Scenario } from './schema.ts';
import type { PathKey } from './yamlSource.ts';

export interface Finding {
  keys: PathKey[];
  message: string;
  onKey?: boolean;
}

function targetsOf(scenario: Scenario, id: string): { to: string; keys: PathKey[] }[] {
  const node = scenario.nodes[id]!;
  return [
    ...node.choices.map((c, i) => ({ to: c.to, keys: ['nodes', id, 'choices', i, 'to'] as PathKey[] })),
    ...node.when.map((r, i) => ({ to: r.to, keys: ['nodes', id, 'when', i, 'to'] as PathKey[] })),
    ...(node.after ? [{ to: node.after.to, keys: ['nodes', id, 'after', 'to'] as PathKey[] }] : []),
  ];
}

export function graphFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const ids = Object.keys(scenario.nodes);
  const known = new Set(ids);

  if (!known.has(scenario.start)) findings.push({ keys: ['start'], message: `start node "${scenario.start}" does not exist` });
  for (const id of ids) {
    for (const t of targetsOf(scenario, id)) {
      if (!known.has(t.to)) findings.push({ keys: t.keys, message: `target "${t.to}" does not exist` });
    }
    const node = scenario.nodes[id]!;
    const ways = node.choices.length + node.when.length + (node.after ? 1 : 0);
    if (node.end && ways > 0) findings.push({ keys: ['nodes', id], onKey: true, message: `ending "${id}" has choices, routes or a timer; an ending is where the conversation stops` });
    if (!node.end && ways === 0) findings.push({ keys: ['nodes', id], onKey: true, message: `node "${id}" is a dead end: give it choices or make it an ending with "end:"` });
    if (Array.isArray(node.say) && node.say.at(-1)?.if !== undefined) {
      findings.push({ keys: ['nodes', id, 'say', node.say.length - 1, 'if'], message: 'the last line variant needs no "if", so the customer always has something to say' });
    }
  }
  if (findings.some((f) => /does not exist/.test(f.message))) return findings;

  const forward = new Map(ids.map((id) => [id, targetsOf(scenario, id).map((t) => t.to)]));
  const reach = (from: string[], next: (id: string) => string[]) => {
    const seen = new Set(from);
    const stack = [...from];
    while (stack.length) for (const n of next(stack.pop()!)) if (!seen.has(n)) (seen.add(n), stack.push(n));
    return seen;
  };
  const reachable = reach([scenario.start], (id) => forward.get(id) ?? []);
  for (const id of ids) {
    if (!reachable.has(id)) findings.push({ keys: ['nodes', id], onKey: true, message: `node "${id}" cannot be reached from the start "${scenario.start}"` });
  }
  const backward = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const [from, tos] of forward) for (const to of tos) backward.get(to)!.push(from);
  const canEnd = reach(ids.filter((id) => scenario.nodes[id]!.end), (id) => backward.get(id) ?? []);
  if (!ids.some((id) => scenario.nodes[id]!.end)) findings.push({ keys: ['nodes'], onKey: true, message: 'the scenario has no ending: mark at least one node with "end:"' });
  for (const id of ids) {
    if (reachable.has(id) && !canEnd.has(id)) findings.push({ keys: ['nodes', id], onKey: true, message: `no ending can be reached from node "${id}"` });
  }

  return findings;
}
