/**
 * The meaning of a node, as pure functions of the scenario and the meters:
 * which line the customer says, which options are open, where automatic routes
 * lead. The XState machine, the checker's searches and the simulator all use
 * these, so they cannot disagree about what a scenario does.
 */
import type { Scenario, ScenarioNode } from '../scenario/schema.ts';
import { evaluate, parseExpression, type Expr } from '../scenario/expression.ts';
import { mixSeed, shuffled } from './random.ts';
import type { Mode } from './transcript.ts';
import type { Meters } from '../scenario/meters.ts';
import type { CustomerLine, OfferedOption } from './types.ts';

/** Parsed conditions of one scenario, keyed by their text. Parsing is cached because the same text recurs. */
export class Conditions {
  private readonly cache = new Map<string, Expr>();
  holds(text: string | undefined, meters: Meters): boolean {
    if (text === undefined) return true;
    let expr = this.cache.get(text);
    if (!expr) {
      expr = parseExpression(text);
      this.cache.set(text, expr);
    }
    return evaluate(expr, meters);
  }
}

const shared = new WeakMap<Scenario, Conditions>();

/** One parse cache per scenario object, shared by its sessions and restores (parsed conditions never change). */
export function conditionsFor(scenario: Scenario): Conditions {
  let conds = shared.get(scenario);
  if (!conds) {
    conds = new Conditions();
    shared.set(scenario, conds);
  }
  return conds;
}

export function nodeOf(scenario: Scenario, id: string): ScenarioNode {
  const node = scenario.nodes[id];
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

/** What orders the options of a session: its seed and its mode. */
export interface OptionOrder {
  seed: number;
  mode: Mode;
}

/**
 * Options in display order: shuffled per turn by the session seed so position gives nothing away. The mode is
 * mixed in too, so a practice transcript relabelled as an assessment no longer replays to the offers it records.
 */
export function offeredOptions(node: ScenarioNode, meters: Meters, conds: Conditions, order: OptionOrder, turn: number): OfferedOption[] {
  const seed = order.mode === 'assessment' ? order.seed ^ ASSESSMENT_SALT : order.seed;
  return shuffled(openChoices(node, meters, conds), mixSeed(seed, turn)).map((i) => {
    const c = node.choices[i]!;
    const option: OfferedOption = { choice: i, text: c.text };
    if (c.hint) option.hint = c.hint;
    return option;
  });
}

const ASSESSMENT_SALT = 0x5bd1e995;

/** Follows automatic routes from a node; a scenario whose routes loop is rejected by the checker, so a cap suffices here. */
export function settle(scenario: Scenario, id: string, meters: Meters, conds: Conditions): string {
  let current = id;
  for (let hops = 0; hops < 64; hops++) {
    const route = nodeOf(scenario, current).when.find((r) => conds.holds(r.if, meters));
    if (!route) return current;
    current = route.to;
  }
  throw new Error(`automatic routes from "${id}" in "${scenario.id}" loop`);
}
