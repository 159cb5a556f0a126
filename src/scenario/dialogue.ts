/**
 * The meaning of a node, as pure functions of the scenario and the meters:
 * which line the customer says, which options are open, where automatic routes
 * lead. The engine's machine, the checker's searches and the simulator all use
 * these, so they cannot disagree about what a scenario does.
 */
import type { Conditions } from './conditionCache.ts';
import type { Meters } from './meters.ts';
import type { Scenario, ScenarioNode } from './schema.ts';

/** A line as the customer says it. */
export interface CustomerLine {
  text: string;
  /** Language of the line (the customer's language unless the variant says otherwise). */
  lang: string;
  /** English meaning, for tutors and assessors, when the line is in another language. */
  gloss?: string;
}

export function nodeOf(scenario: Scenario, id: string): ScenarioNode {
  // Own nodes only: a target called "constructor" must not find Object's.
  const node = Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
  if (!node) throw new Error(`scenario "${scenario.id}" has no node "${id}"`);
  return node;
}

export function lineFor(scenario: Scenario, node: ScenarioNode, meters: Meters, conds: Conditions): CustomerLine {
  const lang = scenario.customer.language;
  if (typeof node.say === 'string') return { text: node.say, lang: 'en-GB' };
  const variant = node.say.find((l) => conds.holds(l.if, meters)) ?? node.say[node.say.length - 1]!;
  const line: CustomerLine = { text: variant.text, lang: variant.lang ?? (variant.gloss ? lang : 'en-GB') };
  if (variant.gloss) line.gloss = variant.gloss;
  return line;
}

/** Indices of the choices open at these meter values, in authored order. */
export function openChoices(node: ScenarioNode, meters: Meters, conds: Conditions): number[] {
  const open: number[] = [];
  const choices = node.choices;
  for (let i = 0; i < choices.length; i++) if (conds.holds(choices[i]!.if, meters)) open.push(i);
  return open;
}

/**
 * The nodes a conversation passes through from `id` by automatic routes, however many there are in a row,
 * ending with the one it rests in. Meters do not change on the way, so arriving again at a node already passed
 * is a loop for ever: the checker rejects such scenarios, and this refuses rather than hangs on one it has not seen.
 */
export function routeFrom(scenario: Scenario, id: string, meters: Meters, conds: Conditions): string[] {
  const path = [id];
  for (;;) {
    const route = nodeOf(scenario, path[path.length - 1]!).when.find((r) => conds.holds(r.if, meters));
    if (!route) return path;
    if (path.includes(route.to)) throw new Error(`automatic routes from "${id}" in "${scenario.id}" loop back to "${route.to}"`);
    path.push(route.to);
  }
}

/** Where a conversation comes to rest from a node, after its automatic routes. */
export function settle(scenario: Scenario, id: string, meters: Meters, conds: Conditions): string {
  const path = routeFrom(scenario, id, meters, conds);
  return path[path.length - 1]!;
}
