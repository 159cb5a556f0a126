/**
 * A scenario compiled, node by node as a search reaches it, into a form cheap
 * to step: meters as an array (one slot per meter), conditions as predicates
 * over that array (predicate.ts), targets as node numbers. A step means what
 * `openChoices`, `applyEffects` and `settle` (dialogue.ts, meters.ts) mean;
 * test/scenarioSpace.test.ts holds the two side by side on every bundled
 * scenario.
 */
import { metersIn, parseExpression } from './expression.ts';
import { toPredicate, type MeterPredicate } from './predicate.ts';
import type { Evidence, Scenario } from './schema.ts';

export type Move = { kind: 'choice'; choice: number } | { kind: 'timeout' };

/** One way on from a node: a choice, or the timer. */
export interface Step {
  /** Numbers every step of the scenario, for tables kept per step. */
  id: number;
  move: Move;
  /** Whether it is open at these meters; null when it always is. */
  open: MeterPredicate | null;
  /** Target node number, before automatic routes. */
  to: number;
  /** Pairs of (meter slot, change). */
  effects: number[];
  evidence: readonly Evidence[];
  /** Every piece of evidence met (or none given). */
  allMet: boolean;
}

export interface Route {
  when: MeterPredicate;
  to: number;
}

export interface Place {
  id: string;
  /** A target named by the scenario that is not one of its nodes: reaching it is an error, as in the engine. */
  missing: boolean;
  end: boolean;
  routes: Route[];
  steps: Step[];
}

export class CompiledScenario {
  readonly ids: string[];
  private readonly index = new Map<string, number>();
  private readonly places: (Place | undefined)[] = [];
  readonly meterNames: string[];
  private readonly slots = new Map<string, number>();
  /** Every value a meter can take: bounds, widened to a start outside them (which the checker reports). */
  readonly lo: number[];
  readonly hi: number[];
  readonly min: number[];
  readonly max: number[];
  /** Meters some route or option condition reads; the others cannot change which moves are open or where they lead. */
  readonly read: boolean[];
  private readonly conditions = new Map<string, MeterPredicate>();
  /** Every step compiled so far, by its id. */
  readonly stepList: Step[] = [];
  /** For `settle`: the call in which each node was last passed, to see a loop without a cap on chain length. */
  private passed: Int32Array = new Int32Array(0);
  private settleCall = 0;

  constructor(readonly scenario: Scenario) {
    this.ids = Object.keys(scenario.nodes);
    this.ids.forEach((id, i) => this.index.set(id, i));
    this.meterNames = Object.keys(scenario.meters);
    this.meterNames.forEach((name, i) => this.slots.set(name, i));
    const specs = this.meterNames.map((name) => scenario.meters[name]!);
    // Meters are clamped to min..max by effects but start where the scenario says, possibly outside (and a
    // scenario the checker rejects may have min above max): lo..hi holds every value a meter can take.
    this.lo = specs.map((m) => Math.min(m.min, m.max, m.start));
    this.hi = specs.map((m) => Math.max(m.min, m.max, m.start));
    this.min = specs.map((m) => m.min);
    this.max = specs.map((m) => m.max);
    let read: boolean[];
    try {
      // The same few conditions recur across a scenario: each text is read once.
      const texts = new Set<string>();
      for (const node of Object.values(scenario.nodes)) {
        for (const r of node.when) texts.add(r.if);
        for (const c of node.choices) if (c.if !== undefined) texts.add(c.if);
      }
      const named = new Set<string>();
      for (const text of texts) metersIn(parseExpression(text), named);
      read = this.meterNames.map((name) => named.has(name));
    } catch {
      // A condition that does not parse: count every meter as read.
      read = this.meterNames.map(() => true);
    }
    this.read = read;
  }

  nodeNumber(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.index.set(id, n);
    }
    return n;
  }

  slotOf(name: string): number | undefined {
    return this.slots.get(name);
  }

  condition(text: string | undefined): MeterPredicate | null {
    if (text === undefined) return null;
    let p = this.conditions.get(text);
    if (!p) {
      try {
        p = toPredicate(parseExpression(text), (name) => this.slots.get(name));
      } catch (err) {
        // As in the engine, a condition that does not parse fails when it is evaluated (the checker reports it first).
        p = () => {
          throw err;
        };
      }
      this.conditions.set(text, p);
    }
    return p;
  }

  private effectPairs(effects: Readonly<Record<string, number>>): number[] {
    const pairs: number[] = [];
    for (const [name, delta] of Object.entries(effects)) {
      const slot = this.slots.get(name);
      if (slot !== undefined) pairs.push(slot, delta);
    }
    return pairs;
  }

  place(n: number): Place {
    let place = this.places[n];
    if (place) return place;
    const id = this.ids[n]!;
    const node = Object.hasOwn(this.scenario.nodes, id) ? this.scenario.nodes[id] : undefined;
    if (!node) {
      place = { id, missing: true, end: false, routes: [], steps: [] };
    } else {
      const step = (move: Move, open: MeterPredicate | null, to: string, effects: Readonly<Record<string, number>>, evidence: readonly Evidence[]): Step => {
        const made: Step = { id: this.stepList.length, move, open, to: this.nodeNumber(to), effects: this.effectPairs(effects), evidence, allMet: evidence.every((x) => x.met) };
        this.stepList.push(made);
        return made;
      };
      const steps: Step[] = node.end ? [] : node.choices.map((c, i) => step({ kind: 'choice', choice: i }, this.condition(c.if), c.to, c.effects, c.evidence));
      if (node.after && !node.end) steps.push(step({ kind: 'timeout' }, null, node.after.to, node.after.effects, node.after.evidence));
      place = { id, missing: false, end: Boolean(node.end), routes: node.when.map((r) => ({ when: this.condition(r.if)!, to: this.nodeNumber(r.to) })), steps };
    }
    this.places[n] = place;
    return place;
  }

  /** The place at node number `n`; throws as the engine's `nodeOf` does for a node that does not exist. */
  existing(n: number): Place {
    const place = this.place(n);
    if (place.missing) throw new Error(`scenario "${this.scenario.id}" has no node "${place.id}"`);
    return place;
  }

  /**
   * Follows automatic routes from node `n` (the engine's `settle`), however long the chain. `onRoute` hears
   * each node arrived at, the route taken from it (-1 for none) and the meters, for searches that record them.
   */
  settle(n: number, values: ArrayLike<number>, onRoute?: (node: number, taken: number, values: ArrayLike<number>) => void): number {
    if (this.passed.length < this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.passed);
      this.passed = grown;
    }
    const call = ++this.settleCall;
    let current = n;
    for (;;) {
      const routes = this.existing(current).routes;
      let taken = -1;
      for (let r = 0; r < routes.length; r++) {
        if (routes[r]!.when(values)) {
          taken = r;
          break;
        }
      }
      onRoute?.(current, taken, values);
      if (taken < 0) return current;
      this.passed[current] = call;
      current = routes[taken]!.to;
      // Meters do not change along routes, so passing a node twice is a loop for ever.
      if (current < this.passed.length && this.passed[current] === call) {
        throw new Error(`automatic routes from "${this.ids[n]}" in "${this.scenario.id}" loop back to "${this.ids[current]}"`);
      }
    }
  }

  /** Meters after a step's effects, each clamped to its meter's bounds (the engine's `applyEffects`), into `into`. */
  apply(values: ArrayLike<number>, effects: readonly number[], into: number[] = Array.from(values)): number[] {
    const { min, max } = this;
    for (let i = 0; i < values.length; i++) into[i] = values[i]!;
    for (let k = 0; k < effects.length; k += 2) {
      const slot = effects[k]!;
      into[slot] = Math.min(max[slot]!, Math.max(min[slot]!, into[slot]! + effects[k + 1]!));
    }
    return into;
  }

  startValues(): number[] {
    return this.meterNames.map((name) => this.scenario.meters[name]!.start);
  }
}
