/**
 * Searches over what a scenario can actually do: states are (node, meters),
 * moves are the options open there and the node's timer. Used by the checker
 * (every node reachable, full marks, the pass rule), the simulate command and
 * the tests that play every scenario. The searches run on the compiled form
 * (compiledScenario.ts); a state is a number where it fits (stateSet.ts).
 *
 * Every search stops at STATE_LIMIT states and says so ('limit', with the node
 * it had reached in `limitAt`): a limit reached is never taken for an answer.
 */
import { CompiledScenario, type Move, type Step } from './compiledScenario.ts';
import { CriteriaSeen } from './criteriaSeen.ts';
import type { Meters } from './meters.ts';
import type { Evidence, Scenario } from './schema.ts';
import { stateIndex } from './stateIndex.ts';

export type { Move } from './compiledScenario.ts';

interface State {
  node: string;
  meters: Meters;
}

interface Edge {
  move: Move;
  to: State;
  evidence: readonly Evidence[];
}

/** Bounds every search so a pathological scenario cannot hang the checker. */
export const STATE_LIMIT = 200_000;

type Found = { moves: Move[]; end: State };
export type SearchResult = Found | 'none' | 'limit';

/** Every state a search found, by number: its node (a node number), its meters and a shortest way to it. */
export interface Explored {
  count: number;
  node(id: number): number;
  meters(id: number): Meters;
  /** The moves from the start, each with the node (its id) where it is taken. */
  way(id: number): { at: string; move: Move }[];
}

interface SearchOptions {
  /** Keep to steps whose evidence is all met (a full-marks path). */
  onlyMet: boolean;
  /** Tell states apart also by the criteria seen on the way (for the pass rule). */
  seen?: CriteriaSeen;
  /** Called for each state as it is taken from the queue (`pathAt` gives any taken state's path); true stops there. */
  goal: (node: number, tag: number, head: number, pathAt: (head: number) => Found) => boolean;
  /** Hears each step looked at from a resting state and whether it was open. */
  onStep?: (node: number, step: Step, open: boolean) => void;
  /** Hears each node arrived at (routes included) and the route taken from it (-1: it rests there). */
  onRoute?: (node: number, taken: number, values: ArrayLike<number>) => void;
  /** Hears each move between states, by their numbers in the queue. */
  onEdge?: (from: number, to: number) => void;
}

/**
 * The queue of a breadth-first search, in typed arrays that double as they fill (a search visits up to
 * hundreds of thousands of states); each entry remembers its parent and the step that reached it.
 */
class Queue {
  node = new Int32Array(256);
  tag = new Int32Array(256);
  parent = new Int32Array(256);
  step = new Int32Array(256);
  values: Float64Array;
  length = 0;
  constructor(readonly width: number) {
    this.values = new Float64Array(256 * Math.max(1, width));
  }
  /** Adds an entry; `step` is a step id, -1 for the start. */
  push(node: number, values: ArrayLike<number>, tag: number, parent: number, step: number): void {
    if (this.length === this.node.length) this.grow();
    const at = this.length++;
    this.node[at] = node;
    this.tag[at] = tag;
    this.parent[at] = parent;
    this.step[at] = step;
    for (let i = 0; i < this.width; i++) this.values[at * this.width + i] = values[i]!;
  }
  private grow(): void {
    const double = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.node = double(this.node);
    this.tag = double(this.tag);
    this.parent = double(this.parent);
    this.step = double(this.step);
    this.values = double(this.values);
  }
}

export class ScenarioSpace {
  /** The compiled scenario the searches step (for searches kept in their own files). */
  readonly c: CompiledScenario;
  /** The node a search had reached when it stopped at STATE_LIMIT. */
  limitAt: string | undefined;

  constructor(readonly scenario: Scenario) {
    this.c = new CompiledScenario(scenario);
  }

  private metersOf(values: ArrayLike<number>): Meters {
    return Object.fromEntries(this.c.meterNames.map((name, i) => [name, values[i]!]));
  }

  private valuesOf(meters: Meters): number[] {
    return this.c.meterNames.map((name) => meters[name]!);
  }

  // ---- The public view, in node ids and meter objects ---------------------

  start(): State {
    const values = this.c.startValues();
    return { node: this.c.ids[this.c.settle(this.c.nodeNumber(this.scenario.start), values)]!, meters: this.metersOf(values) };
  }

  key(s: State): string {
    return `${s.node}|${Object.values(s.meters).join(',')}`;
  }

  isEnd(s: State): boolean {
    return this.c.existing(this.c.nodeNumber(s.node)).end;
  }

  edges(s: State): Edge[] {
    const values = this.valuesOf(s.meters);
    const out: Edge[] = [];
    for (const step of this.c.existing(this.c.nodeNumber(s.node)).steps) {
      if (step.open && !step.open(values)) continue;
      const after = this.c.apply(values, step.effects);
      out.push({ move: step.move, to: { node: this.c.ids[this.c.settle(step.to, after)]!, meters: this.metersOf(after) }, evidence: step.evidence });
    }
    return out;
  }

  // ---- Breadth-first search ----------------------------------------------

  private pathAt(q: Queue, head: number): Found {
    const moves: Move[] = [];
    for (let i = head; q.step[i]! >= 0; i = q.parent[i]!) moves.push(this.c.stepList[q.step[i]!]!.move);
    moves.reverse();
    return { moves, end: { node: this.c.ids[q.node[head]!]!, meters: this.metersOf(q.values.subarray(head * q.width, head * q.width + q.width)) } };
  }

  private search(o: SearchOptions): SearchResult {
    return this.run(o).result;
  }

  /** The search itself, giving its queue too (every state it found, in the order found). */
  private run(o: SearchOptions): { result: SearchResult; q: Queue } {
    this.limitAt = undefined;
    const width = this.c.meterNames.length;
    const find = stateIndex(this.c, o.seen !== undefined, STATE_LIMIT);
    const q = new Queue(width);
    const here = this.c.startValues();
    const next = here.slice();
    const first = this.c.settle(this.c.nodeNumber(this.scenario.start), here, o.onRoute);
    q.push(first, here, 0, -1, -1);
    find(first, here, 0, 0);
    const pathAt = (h: number) => this.pathAt(q, h);
    for (let head = 0; head < q.length; head++) {
      const node = q.node[head]!;
      const tag = q.tag[head]!;
      for (let i = 0; i < width; i++) here[i] = q.values[head * width + i]!;
      if (o.goal(node, tag, head, pathAt)) return { result: pathAt(head), q };
      for (const step of this.c.existing(node).steps) {
        if (o.onlyMet && !step.allMet) continue;
        const open = !step.open || step.open(here);
        o.onStep?.(node, step, open);
        if (!open) continue;
        this.c.apply(here, step.effects, next);
        const to = this.c.settle(step.to, next, o.onRoute);
        const nowTag = o.seen ? o.seen.next(tag, step) : 0;
        const known = find(to, next, nowTag, q.length);
        o.onEdge?.(head, known >= 0 ? known : q.length);
        if (known >= 0) continue;
        if (q.length >= STATE_LIMIT) {
          this.limitAt = this.c.ids[node];
          return { result: 'limit', q };
        }
        q.push(to, next, nowTag, head, step.id);
      }
    }
    return { result: 'none', q };
  }

  /** A path to an ending on which every piece of evidence is met (full marks) and every critical criterion is shown. */
  bestPath(critical: readonly string[] = this.scenario.pass.critical): SearchResult {
    const seen = new CriteriaSeen(critical);
    return this.search({ onlyMet: true, seen, goal: (node, tag) => seen.complete(tag) && this.c.existing(node).end });
  }

  /** The shortest path to a node (with any meters). */
  pathTo(nodeId: string): SearchResult {
    const target = this.c.nodeNumber(nodeId);
    return this.search({ onlyMet: false, goal: (node) => node === target });
  }

  /**
   * The shortest path to each ending, from one search: the same answer `pathTo` gives for each, since a
   * breadth-first search takes states in the same order whatever it is looking for, and when it runs out of
   * room before reaching an ending, so would the search for that ending alone.
   */
  pathsToEndings(): Map<string, SearchResult> {
    const { ids } = this.c;
    const endings = ids.filter((id) => Object.hasOwn(this.scenario.nodes, id) && this.scenario.nodes[id]!.end);
    const wanted = new Set(endings.map((id) => this.c.nodeNumber(id)));
    const found = new Map<string, SearchResult>();
    const result = this.search({
      onlyMet: false,
      goal: (node, _tag, head, pathAt) => {
        if (wanted.has(node) && !found.has(ids[node]!)) found.set(ids[node]!, pathAt(head));
        return found.size === wanted.size;
      },
    });
    return new Map(endings.map((id) => [id, found.get(id) ?? (result === 'limit' ? 'limit' : 'none')]));
  }

  /**
   * Every state the scenario can reach, heard through the hooks (each resting state's steps, open or not, and
   * every node arrived at with the route taken from it). 'limit' when there are more than STATE_LIMIT.
   */
  explore(hooks: Pick<SearchOptions, 'onStep' | 'onRoute' | 'onEdge'>): Explored | 'limit' {
    const { result, q } = this.run({ ...hooks, onlyMet: false, goal: () => false });
    if (result === 'limit') return 'limit';
    const { width } = q;
    return {
      count: q.length,
      node: (id) => q.node[id]!,
      meters: (id) => this.metersOf(q.values.subarray(id * width, (id + 1) * width)),
      way: (id) => {
        const way: { at: string; move: Move }[] = [];
        for (let i = id; q.step[i]! >= 0; i = q.parent[i]!) way.push({ at: this.c.ids[q.node[q.parent[i]!]!]!, move: this.c.stepList[q.step[i]!]!.move });
        return way.reverse();
      },
    };
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
