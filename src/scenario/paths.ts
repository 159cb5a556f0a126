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
import { metersIn, parseExpression, toPredicate, type MeterPredicate } from './expression.ts';
import type { Meters } from './meters.ts';
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

type Found = { moves: Move[]; end: State };
export type SearchResult = Found | 'none' | 'limit';

const TWO_53 = 2 ** 53;

/**
 * A set of whole numbers below 2^53 (states as numbers), open addressing in a Float64Array: most state
 * numbers are too big for V8's small integers, and a Set of such numbers boxes each one.
 */
class StateSet {
  private table = new Float64Array(1 << 12).fill(-1);
  private mask = (1 << 12) - 1;
  size = 0;

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.table[i] !== -1 && this.table[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** Adds `key`; false when it was there already. */
  add(key: number): boolean {
    const i = this.slot(key);
    if (this.table[i] === key) return false;
    this.table[i] = key;
    if (++this.size * 2 > this.table.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(-1);
    this.mask = this.table.length - 1;
    for (const key of old) if (key !== -1) this.table[this.slot(key)] = key;
  }
}

export class ScenarioSpace {
  private readonly ids: string[];
  private readonly index = new Map<string, number>();
  private readonly places: (Place | undefined)[] = [];
  private readonly meterNames: string[];
  private readonly slots = new Map<string, number>();
  private readonly lo: number[];
  private readonly hi: number[];
  private readonly min: number[];
  private readonly max: number[];
  /** Meters some route or option condition reads; the others cannot change what happens, see `search`. */
  private readonly read: boolean[];
  private readonly conditions = new Map<string, MeterPredicate>();

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
    this.read = this.meterNames.map(() => false);
    try {
      const named = new Set<string>();
      for (const node of Object.values(scenario.nodes)) {
        for (const r of node.when) metersIn(parseExpression(r.if), named);
        for (const c of node.choices) if (c.if !== undefined) metersIn(parseExpression(c.if), named);
      }
      this.read = this.meterNames.map((name) => named.has(name));
    } catch {
      // A condition that does not parse: count every meter as read.
      this.read = this.meterNames.map(() => true);
    }
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
      next[slot] = Math.min(this.max[slot]!, Math.max(this.min[slot]!, next[slot]! + effects[k + 1]!));
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
   * from the queue, and stops when it returns true, giving that state's moves (`pathAt` gives any taken state's).
   * `onlyMet` keeps to steps whose evidence is all met. `track` lists criteria whose being met is part of the
   * goal; the search remembers which it has seen (bit 0: any evidence at all).
   */
  private search(
    goal: (node: number, seen: number, head: number, pathAt: (head: number) => Found) => boolean,
    onlyMet: boolean,
    track: readonly string[] = [],
  ): SearchResult {
    const count = this.meterNames.length;
    const { lo, min, max } = this;
    // States are told apart by node, seen-bits and the meters conditions read. A meter no condition reads
    // changes neither which moves are open nor where they lead, so two states differing only in it have the
    // same futures: the search takes the first it meets, which is the one a search over every meter would
    // find its answer through (each such class first appears in that search as the child of a first member).
    // The meter's values are still carried along each path, so answers report them exactly.
    // A state is one number when node, read meters and seen-bits fit in 53 bits (nearly always), else a string.
    const nodes = this.ids.length + 1;
    const radix: number[] = [];
    let span = nodes;
    for (let i = 0; i < count; i++) {
      radix.push(this.read[i] ? span : 0);
      if (this.read[i]) span *= this.hi[i]! - lo[i]! + 1;
    }
    const numeric = span * 2 ** (track.length + 1) <= TWO_53;

    const masks = new Map<Step, number>();
    const maskOf = (step: Step): number => {
      if (track.length === 0) return step.evidence.length > 0 ? 1 : 0;
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

    // The queue, as parallel arrays (meters flat, `count` to a state); each state remembers the state and step
    // it was reached by, so moves are rebuilt only for the answer.
    const here = this.startValues();
    const nodeAt: number[] = [this.settle(this.nodeNumber(this.scenario.start), here)];
    const valuesAt: number[] = [...here];
    const seenAt: number[] = [0];
    const parentAt: number[] = [-1];
    const stepAt: (Step | null)[] = [null];
    const numbers = new StateSet();
    const strings = new Set<string>();
    /** Marks a state visited; false when it already was. */
    const visit = (node: number, values: readonly number[], seen: number): boolean => {
      if (!numeric) {
        const k = `${node}|${values.filter((_, i) => this.read[i]).join(',')}|${seen}`;
        if (strings.has(k)) return false;
        strings.add(k);
        return true;
      }
      let k = node + seen * span;
      for (let i = 0; i < count; i++) k += (values[i]! - lo[i]!) * radix[i]!;
      return numbers.add(k);
    };
    visit(nodeAt[0]!, here, 0);
    const pathAt = (head: number): Found => {
      const moves: Move[] = [];
      for (let i = head; stepAt[i]; i = parentAt[i]!) moves.push(stepAt[i]!.move);
      moves.reverse();
      return { moves, end: { node: this.ids[nodeAt[head]!]!, meters: this.metersOf(valuesAt.slice(head * count, head * count + count)) } };
    };

    const next = here.slice();
    for (let head = 0; head < nodeAt.length; head++) {
      const node = nodeAt[head]!;
      const seen = seenAt[head]!;
      for (let i = 0; i < count; i++) here[i] = valuesAt[head * count + i]!;
      if (goal(node, seen, head, pathAt)) return pathAt(head);
      for (const step of this.existing(node).steps) {
        if (onlyMet && !step.allMet) continue;
        if (step.open && !step.open(here)) continue;
        // The engine's applyEffects: each change clamped to its meter's bounds.
        for (let i = 0; i < count; i++) next[i] = here[i]!;
        const effects = step.effects;
        for (let k = 0; k < effects.length; k += 2) {
          const slot = effects[k]!;
          next[slot] = Math.min(max[slot]!, Math.max(min[slot]!, next[slot]! + effects[k + 1]!));
        }
        const to = this.settle(step.to, next);
        const nowSeen = seen | maskOf(step);
        if (!visit(to, next, nowSeen)) continue;
        if (numbers.size + strings.size > STATE_LIMIT) return 'limit';
        nodeAt.push(to);
        for (let i = 0; i < count; i++) valuesAt.push(next[i]!);
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
    const result = this.search((node, _seen, head, pathAt) => {
      if (wanted.has(node) && !found.has(this.ids[node]!)) found.set(this.ids[node]!, pathAt(head));
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
