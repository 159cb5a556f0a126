/**
 * The engine as its callers see it, in the spirit of inkjs's Story: start, read
 * the line and options, choose, save, restore. Wraps one XState actor.
 */
import { createActor, type Actor, type ActorOptions, type AnyActorLogic } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { conditionsFor, lineFor, nodeOf, offeredOptions, settle } from './dialogue.ts';
import { compileScenario, initialContext, makeTurn, restingNode, resumableLogic, timerFiresAt, type DialogueContext, type DialogueMachine, type DialogueSnapshot } from './machine.ts';
import { buildTranscript, type Mode, type Transcript } from './transcript.ts';
import type { SessionView, Turn } from './types.ts';
import { SAVE_SCHEMA_VERSION } from './version.ts';

export interface SessionOptions {
  /** Practice (feedback, hints, step back) or assessment (none of those; learner named). Default practice. */
  mode?: Mode;
  seed?: number;
  learner?: string;
  now?: () => Date;
  /** XState clock for timers; tests pass a SimulatedClock. */
  clock?: ActorOptions<AnyActorLogic>['clock'];
}

export interface SavedSession {
  schemaVersion: number;
  scenarioId: string;
  scenarioHash: string;
  learner: string;
  /** The conversation so far (a SavedPlay); opaque to callers. */
  snapshot: unknown;
}

/**
 * What a save holds of the conversation: how it began and the moves taken since. Everything else (lines,
 * options offered, meters, evidence, where each turn led) follows from the scenario, whose hash the save
 * carries, so a restore replays the moves instead of storing and re-reading the whole history.
 */
interface SavedPlay {
  mode: Mode;
  seed: number;
  startedAt: string;
  /** Each turn: an option taken, as [its authored index, when], or "wait" for a timer (whose time follows). */
  moves: ([number, string] | 'wait')[];
  /** Where the conversation rests: a restore checks that the replay ends there. */
  node: string;
}

export class SaveError extends Error {
  override name = 'SaveError';
}

function isSavedPlay(x: unknown): x is SavedPlay {
  const p = x as SavedPlay;
  return (
    !!p &&
    typeof p === 'object' &&
    (p.mode === 'practice' || p.mode === 'assessment') &&
    Number.isInteger(p.seed) &&
    typeof p.startedAt === 'string' &&
    typeof p.node === 'string' &&
    Array.isArray(p.moves) &&
    p.moves.every((m) => m === 'wait' || (Array.isArray(m) && m.length === 2 && Number.isInteger(m[0]) && typeof m[1] === 'string'))
  );
}

const misfit = (scenario: Scenario, turn: number, node: string, why: string) =>
  new SaveError(`this save does not fit scenario "${scenario.id}": turn ${turn} ${why} at "${node}"`);

/** The machine's context after replaying a save's moves, by the rules the machine's own actions follow. */
function replay(scenario: Scenario, play: SavedPlay): { context: DialogueContext; node: string } {
  const conds = conditionsFor(scenario);
  const context = initialContext(scenario, play);
  let node = settle(scenario, scenario.start, context.meters, conds);
  for (let i = 0; i < play.moves.length; i++) {
    const move = play.moves[i]!;
    const here = nodeOf(scenario, node);
    let turn: Turn;
    if (here.end) throw misfit(scenario, i + 1, node, 'comes after the end');
    if (move === 'wait') {
      if (!here.after) throw misfit(scenario, i + 1, node, 'waits for a timer there is not');
      const { seconds, to } = here.after;
      turn = makeTurn(scenario, conds, context, i, node, { kind: 'timeout', seconds }, to, timerFiresAt(context.arrivedAt, seconds));
    } else {
      const [choice, at] = move;
      const c = here.choices[choice];
      if (!c) throw misfit(scenario, i + 1, node, `takes option ${choice}, which is not on offer`);
      turn = makeTurn(scenario, conds, context, i, node, { kind: 'choice', choice, text: c.text }, c.to, at);
      // The turn lists the options on offer; one may be taken only if it was.
      if (!turn.offered.some((o) => o.choice === choice)) throw misfit(scenario, i + 1, node, `takes option ${choice}, which is not on offer`);
    }
    context.history.push(turn);
    context.meters = turn.metersAfter;
    context.arrivedAt = turn.at;
    node = turn.to;
  }
  if (node !== play.node) throw new SaveError(`this save does not fit scenario "${scenario.id}": its moves lead to "${node}", not "${play.node}"`);
  return { context, node };
}

export class Session {
  private readonly actor: Actor<DialogueMachine>;
  private readonly conds;
  private readonly now: () => Date;
  readonly hash: string;

  private constructor(
    readonly scenario: Scenario,
    readonly learner: string,
    options: SessionOptions,
    snapshot?: DialogueSnapshot,
  ) {
    this.now = options.now ?? (() => new Date());
    this.conds = conditionsFor(scenario);
    this.hash = scenarioHash(scenario);
    const machine = compileScenario(scenario);
    const logic = snapshot ? resumableLogic(machine) : machine;
    const input = { mode: options.mode ?? 'practice', seed: options.seed ?? Math.floor(Math.random() * 2 ** 31), startedAt: this.now().toISOString() };
    this.actor = createActor(logic, { input, ...(snapshot ? { snapshot } : {}), ...(options.clock ? { clock: options.clock } : {}) });
    this.actor.start();
  }

  static start(scenario: Scenario, options: SessionOptions = {}): Session {
    if (options.mode === 'assessment' && !options.learner?.trim()) throw new Error('an assessment needs the learner\'s name');
    return new Session(scenario, options.learner ?? '', options);
  }

  /** Restores a save; refuses one from another scenario, version or format rather than misreading it. */
  static restore(scenario: Scenario, saved: SavedSession, options: Omit<SessionOptions, 'seed'> = {}): Session {
    if (saved?.schemaVersion !== SAVE_SCHEMA_VERSION) throw new SaveError(`this save uses format ${saved?.schemaVersion}, expected ${SAVE_SCHEMA_VERSION}`);
    if (saved.scenarioId !== scenario.id) throw new SaveError(`this save is for "${saved.scenarioId}", not "${scenario.id}"`);
    if (saved.scenarioHash !== scenarioHash(scenario)) throw new SaveError(`scenario "${scenario.id}" has changed since this save was made`);
    if (!isSavedPlay(saved.snapshot) || typeof saved.learner !== 'string') throw new SaveError('this save is damaged: its conversation cannot be read');
    const { context, node } = replay(scenario, saved.snapshot);
    const ended = Boolean(nodeOf(scenario, node).end);
    // The snapshot the replay arrives at, as XState persists one; the actor starts from it without running entry actions.
    const snapshot = { status: ended ? 'done' : 'active', value: node, context, children: {}, historyValue: {}, output: undefined, error: undefined };
    return new Session(scenario, saved.learner, options, snapshot as unknown as DialogueSnapshot);
  }

  private get snapshot(): DialogueSnapshot {
    return this.actor.getSnapshot();
  }

  get nodeId(): string {
    return restingNode(this.snapshot.value);
  }

  get history(): readonly Turn[] {
    return this.snapshot.context.history;
  }

  get seed(): number {
    return this.snapshot.context.seed;
  }

  get mode(): Mode {
    return this.snapshot.context.mode;
  }

  get startedAt(): string {
    return this.snapshot.context.startedAt;
  }

  view(): SessionView {
    const { context } = this.snapshot;
    const node = nodeOf(this.scenario, this.nodeId);
    const view: SessionView = {
      scenarioId: this.scenario.id,
      nodeId: this.nodeId,
      turn: context.history.length,
      line: lineFor(this.scenario, node, context.meters, this.conds),
      options: node.end ? [] : offeredOptions(node, context.meters, this.conds, context.seed, context.history.length),
      meters: { ...context.meters },
    };
    if (node.action) view.action = node.action;
    if (node.notes) view.notes = node.notes;
    if (node.sound) view.sound = node.sound;
    if (node.phone) view.phone = node.phone;
    if (node.after && !node.end) view.timer = { seconds: node.after.seconds };
    if (node.end) view.ended = node.summary ? { outcome: node.end, summary: node.summary } : { outcome: node.end };
    return view;
  }

  get ended(): boolean {
    return this.snapshot.status === 'done';
  }

  /** Takes an offered option (by its authored index); refuses one that is not on offer. */
  choose(choice: number): Turn {
    const before = this.history.length;
    if (this.ended) throw new Error('the conversation has ended');
    if (!this.view().options.some((o) => o.choice === choice)) throw new Error(`option ${choice} is not on offer at "${this.nodeId}"`);
    // Time never runs backwards in a transcript, even after a timer was fired early by wait().
    const at = Math.max(this.now().getTime(), Date.parse(this.snapshot.context.arrivedAt));
    this.actor.send({ type: 'CHOOSE', choice, at: new Date(at).toISOString() });
    const turn = this.history[before];
    if (!turn) throw new Error(`option ${choice} at "${this.nodeId}" was not taken`);
    return turn;
  }

  /** Lets the customer's timer run out now (a replay, or a tutor showing what waiting does). */
  wait(): Turn {
    const before = this.history.length;
    if (!nodeOf(this.scenario, this.nodeId).after || this.ended) throw new Error(`nothing is waiting at "${this.nodeId}"`);
    this.actor.send({ type: 'TIMEOUT' });
    return this.history[before]!;
  }

  subscribe(listener: (view: SessionView) => void): () => void {
    const sub = this.actor.subscribe(() => listener(this.view()));
    return () => sub.unsubscribe();
  }

  save(): SavedSession {
    return {
      schemaVersion: SAVE_SCHEMA_VERSION,
      scenarioId: this.scenario.id,
      scenarioHash: this.hash,
      learner: this.learner,
      snapshot: {
        mode: this.mode,
        seed: this.seed,
        startedAt: this.startedAt,
        moves: this.history.map((t) => (t.action.kind === 'choice' ? [t.action.choice, t.at] : 'wait')),
        node: this.nodeId,
      } satisfies SavedPlay,
    };
  }

  transcript(): Transcript {
    return buildTranscript(this.scenario, this.hash, {
      seed: this.seed,
      mode: this.mode,
      learner: this.learner,
      startedAt: this.startedAt,
      endedAt: this.ended ? (this.history.at(-1)?.at ?? this.startedAt) : undefined,
      outcome: this.view().ended?.outcome,
      turns: this.history,
    });
  }

  /** A new session at the point before the last `turns` turns, replaying the same choices with the same seed. */
  stepBack(turns: number, options: Omit<SessionOptions, 'seed' | 'mode'> = {}): Session {
    if (this.mode === 'assessment') throw new Error('stepping back is not allowed in an assessment');
    const keep = this.history.slice(0, Math.max(0, this.history.length - turns));
    const times = [this.startedAt, ...keep.filter((t) => t.action.kind === 'choice').map((t) => t.at)];
    let i = 0;
    const replay = new Session(this.scenario, this.learner, { ...options, mode: this.mode, seed: this.seed, now: () => new Date(times[i++] ?? Date.now()) });
    for (const t of keep) {
      if (t.action.kind === 'choice') replay.choose(t.action.choice);
      else replay.wait();
    }
    return replay;
  }

  stop(): void {
    this.actor.stop();
  }
}
