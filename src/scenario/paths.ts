/**
 * Searches over what a scenario can actually do: states are (node, meters),
 * moves are the options open there and the node's timer. Used by the checker
 * (best path reaches full marks, every ending reachable), the simulate command
 * and the tests that play every scenario.
 *
 * The searches visit up to hundreds of thousands of states, so the scenario is
 * first compiled, node by node as the search reaches it, into a form cheap to
 * step: meters as an array (one slot per meter), conditions as predicates over
 * that array (built from the parsed condition, see `toPredicate`), targets as
 * node numbers, states as numbers where they fit. A step means what
 * `openChoices`, `applyEffects` and `settle` in src/engine mean (the engine's
 * own rules); test/scenarioSpace.test.ts holds the two side by side on every
 * bundled scenario.
 */
import { parseExpression, toPredicate, type MeterPredicate } from '../engine/expression.ts';
import type { Meters } from '../engine/types.ts';
import type { Evidence, Scenario } from './schema.ts';

export type Move = { kind: 'choice'; choice: number } | { kind: 'timeout' };

interface State {
  node: string;
  meters: Meters;
}

interface Edge {
  move: Move;
  to: State;
  evidence: readonly Evidence[];
}

/** Bounds the search so a pathological scenario cannot hang the checker. */
export const STATE_LIMIT = 200_000;

/** One way on from a node: a choice, or the timer. */
interface Step {
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

interface Place {
  id: string;
  /** A target named by the scenario that is not one of its nodes: reaching it is an error, as in the engine. */
  missing: boolean;
  end: boolean;
  routes: { when: MeterPredicate; to: number }[];
  steps: Step[];
}

export type SearchResult = { moves: Move[]; end: State } | 'none' | 'limit';

const TWO_53 = 2 ** 53;

export class ScenarioSpace {
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  private readonly places: (Place | undefined)[] = [];
  private readonly meterNames: string[];
  private readonly slots = new Map<string, number>();
  private readonly lo: number[];
  private readonly hi: number[];
  private readonly conditions = new Map<string, MeterPredicate>();

  constructor(readonly scenario: Scenario) {
    this.ids = Object.keys(scenario.nodes);
    this.ids.forEach((id, i) => this.index.set(id, i));
    this.meterNames = Object.keys(scenario.meters);
    this.meterNames.forEach((name, i) => this.slots.set(name, i));
    const specs = this.meterNames.map((name) => scenario.meters[name]!);
    // Meters are clamped to min..max by effects but start where the scenario says, possibly outside.
    this.lo = specs.map((m) => Math.min(m.min, m.start));
    this.hi = specs.map((m) => Math.max(m.max, m.start));
  }

  // ---- Compilation -------------------------------------------------------

  private nodeNumber(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.index.set(id, n);
    }
    return n;
  }

  private condition(text: string | undefined): MeterPredicate | null {
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

  private place(n: number): Place {
    let place = this.places[n];
    if (place) return place;
    const id = this.ids[n]!;
    const node = Object.hasOwn(this.scenario.nodes, id) ? this.scenario.nodes[id] : undefined;
    if (!node) {
      place = { id, missing: true, end: false, routes: [], steps: [] };
    } else {
      const steps: Step[] = node.end
        ? []
        : node.choices.map((c, i) => ({
            move: { kind: 'choice', choice: i },
            open: this.condition(c.if),
            to: this.nodeNumber(c.to),
            effects: this.effectPairs(c.effects),
            evidence: c.evidence,
            allMet: c.evidence.every((x) => x.met),
          }));
      if (node.after && !node.end) {
        const a = node.after;
        steps.push({ move: { kind: 'timeout' }, open: null, to: this.nodeNumber(a.to), effects: this.effectPairs(a.effects), evidence: a.evidence, allMet: a.evidence.every((x) => x.met) });
      }
      place = { id, missing: false, end: Boolean(node.end), routes: node.when.map((r) => ({ when: this.condition(r.if)!, to: this.nodeNumber(r.to) })), steps };
    }
    this.places[n] = place;
    return place;
  }

  /** The place at node number `n`; throws as the engine's `nodeOf` does for a node that does not exist. */
  private existing(n: number): Place {
    const place = this.place(n);
    if (place.missing) throw new Error(`scenario "${this.scenario.id}" has no node "${place.id}"`);
    return place;
  }

  // ---- Stepping (the engine's rules on the compiled form) ----------------

  /** Follows automatic routes from node `n` (the engine's `settle`). */
  private settle(n: number, values: readonly number[]): number {
    let current = n;
    for (let hops = 0; hops < 64; hops++) {
      const routes = this.existing(current).routes;
      let next = -1;
      for (const r of routes) {
        if (r.when(values)) {
          next = r.to;
          break;
        }
      }
      if (next < 0) return current;
      current = next;
    }
    throw new Error(`automatic routes from "${this.ids[n]}" in "${this.scenario.id}" loop`);
  }

  /** Meters after a step's effects, clamped to each meter's bounds (the engine's `applyEffects`). */
  private apply(values: readonly number[], effects: readonly number[]): number[] {
    const next = values.slice();
    for (let k = 0; k < effects.length; k += 2) {
      const slot = effects[k]!;
      const spec = this.scenario.meters[this.meterNames[slot]!]!;
      next[slot] = Math.min(spec.max, Math.max(spec.min, next[slot]! + effects[k + 1]!));
    }
    return next;
  }

  private startValues(): number[] {
    return this.meterNames.map((name) => this.scenario.meters[name]!.start);
  }

  private metersOf(values: readonly number[]): Meters {
    return Object.fromEntries(this.meterNames.map((name, i) => [name, values[i]!]));
  }

  private valuesOf(meters: Meters): number[] {
    return this.meterNames.map((name) => meters[name]!);
  }

  // ---- The public view, in node ids and meter objects ---------------------

  start(): State {
    const values = this.startValues();
    return { node: this.ids[this.settle(this.nodeNumber(this.scenario.start), values)]!, meters: this.metersOf(values) };
  }

  key(s: State): string {
    return `${s.node}|${Object.values(s.meters).join(',')}`;
  }

  isEnd(s: State): boolean {
    return this.existing(this.nodeNumber(s.node)).end;
  }

  edges(s: State): Edge[] {
    const values = this.valuesOf(s.meters);
    const out: Edge[] = [];
    for (const step of this.existing(this.nodeNumber(s.node)).steps) {
      if (step.open && !step.open(values)) continue;
      const after = this.apply(values, step.effects);
      out.push({ move: step.move, to: { node: this.ids[this.settle(step.to, after)]!, meters: this.metersOf(after) }, evidence: step.evidence });
    }
    return out;
  }

  // ---- Breadth-first search ----------------------------------------------

  /**
   * Breadth-first from the start over (node, meters, criteria seen): calls `goal` for each state as it is taken
   * from the queue, and stops when it returns true, giving that state's moves. `onlyMet` keeps to steps whose
   * evidence is all met. `track` lists criteria whose being met is part of the goal; the search remembers which
   * it has seen (bit 0: any evidence at all).
   */
  private search(
    goal: (node: number, seen: number, found: () => { moves: Move[]; end: State }) => boolean,
    onlyMet: boolean,
    track: readonly string[] = [],
  ): SearchResult {
    const bits = track.length + 1;
    // A state as one number when node, meters and seen-bits fit in 53 bits; otherwise as a string.
    const nodes = this.ids.length + 1;
    const radix: number[] = [];
    let span = nodes;
    for (let i = 0; i < this.lo.length; i++) {
      radix.push(span);
      span *= this.hi[i]! - this.lo[i]! + 1;
    }
    const numeric = span * 2 ** bits <= TWO_53;
    const lo = this.lo;
    const keyOf = numeric
      ? (node: number, values: readonly number[], seen: number): number | string => {
          let k = node;
          for (let i = 0; i < values.length; i++) k += (values[i]! - lo[i]!) * radix[i]!;
          return k + seen * span;
        }
      : (node: number, values: readonly number[], seen: number): number | string => `${node}|${values.join(',')}|${seen}`;

    const masks = new Map<Step, number>();
    const maskOf = (step: Step): number => {
      let m = masks.get(step);
      if (m === undefined) {
        m = step.evidence.length > 0 ? 1 : 0;
        for (const x of step.evidence) {
          const bit = track.indexOf(x.criterion);
          if (bit >= 0 && x.met) m |= 1 << (bit + 1);
        }
        masks.set(step, m);
      }
      return m;
    };

    // The queue, as parallel arrays; each state remembers the state and step it was reached by.
    const startValues = this.startValues();
    const nodeAt: number[] = [this.settle(this.nodeNumber(this.scenario.start), startValues)];
    const valuesAt: number[][] = [startValues];
    const seenAt: number[] = [0];
    const parentAt: number[] = [-1];
    const stepAt: (Step | null)[] = [null];
    const visited = new Set<number | string>([keyOf(nodeAt[0]!, startValues, 0)]);

    for (let head = 0; head < nodeAt.length; head++) {
      const node = nodeAt[head]!;
      const values = valuesAt[head]!;
      const seen = seenAt[head]!;
      const found = () => {
        const moves: Move[] = [];
        for (let i = head; stepAt[i]; i = parentAt[i]!) moves.push(stepAt[i]!.move);
        moves.reverse();
        return { moves, end: { node: this.ids[node]!, meters: this.metersOf(values) } };
      };
      if (goal(node, seen, found)) return found();
      for (const step of this.existing(node).steps) {
        if (onlyMet && !step.allMet) continue;
        if (step.open && !step.open(values)) continue;
        const after = this.apply(values, step.effects);
        const to = this.settle(step.to, after);
        const nowSeen = seen | maskOf(step);
        const k = keyOf(to, after, nowSeen);
        if (visited.has(k)) continue;
        visited.add(k);
        if (visited.size > STATE_LIMIT) return 'limit';
        nodeAt.push(to);
        valuesAt.push(after);
        seenAt.push(nowSeen);
        parentAt.push(head);
        stepAt.push(step);
      }
    }
    return 'none';
  }

  /** A path to an ending on which every piece of evidence is met (full marks) and every critical criterion is shown. */
  bestPath(): SearchResult {
    const critical = this.scenario.pass.critical.slice(0, 20);
    const all = (1 << (critical.length + 1)) - 1;
    return this.search((node, seen) => seen === all && this.existing(node).end, true, critical);
  }

  /** The shortest path to a node (with any meters). */
  pathTo(nodeId: string): SearchResult {
    const target = this.nodeNumber(nodeId);
    return this.search((node) => node === target, false);
  }

  /**
   * The shortest path to each ending, from one search: the same answer `pathTo` gives for each, since a
   * breadth-first search takes states in the same order whatever it is looking for, and when it runs out of
   * room before reaching an ending, so would the search for that ending alone.
   */
  pathsToEndings(): Map<string, SearchResult> {
    const endings = this.ids.filter((id) => this.scenario.nodes[id]?.end);
    const wanted = new Set(endings.map((id) => this.nodeNumber(id)));
    const found = new Map<string, SearchResult>();
    const result = this.search((node, _seen, path) => {
      if (wanted.has(node) && !found.has(this.ids[node]!)) found.set(this.ids[node]!, path());
      return found.size === wanted.size;
    }, false);
    return new Map(endings.map((id) => [id, found.get(id) ?? (result === 'limit' ? 'limit' : 'none')]));
  }

  /** Greedy worst play: at each turn the move with the most weight not met, never revisiting a state. */
  worstPath(maxTurns = 200): Move[] {
    let state = this.start();
    const moves: Move[] = [];
    const visited = new Set([this.key(state)]);
    const badness = (e: Edge) => e.evidence.reduce((s, x) => s + (x.met ? -x.weight : x.weight), 0);
    while (!this.isEnd(state) && moves.length < maxTurns) {
      const options = this.edges(state).filter((e) => !visited.has(this.key(e.to)));
      const pick = (options.length > 0 ? options : this.edges(state)).sort((a, b) => badness(b) - badness(a))[0];
      if (!pick) break;
      moves.push(pick.move);
      state = pick.to;
      visited.add(this.key(state));
    }
    return moves;
  }
}
