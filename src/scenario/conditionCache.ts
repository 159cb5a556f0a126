/**
 * Conditions evaluated by their text, each parsed once: the same text recurs
 * across a scenario and is read on every step, so the machine, restores,
 * replays and the checker's exit search share one parse per scenario.
 */
import { parseExpression, type Expr } from './expression.ts';
import { evaluate } from './predicate.ts';
import type { Meters } from './meters.ts';
import type { Scenario } from './schema.ts';

/** Parsed conditions of one scenario, keyed by their text. */
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
