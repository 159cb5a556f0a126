/**
 * The engine as its callers see it, in the spirit of inkjs's Story: start, read
 * the line and options, choose, save, restore. Wraps one XState actor.
 */
import { createActor, type Actor, type ActorOptions, type AnyActorLogic } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { conditionsFor } from '../scenario/conditionCache.ts';
import { lineFor, nodeOf, openChoices } from '../scenario/dialogue.ts';
import { compileScenario, restingNode, type DialogueMachine, type DialogueSnapshot } from './machine.ts';
import { offeredOptions } from './optionOrder.ts';
import { onStageAfter } from './onStage.ts';
import { isPersistedPlay, persistentMachine, SaveError, type PersistedPlay } from './persistence.ts';
import { accessFor, arrangementOf, isAccessArrangement, type AccessArrangement, type TimerArrangement } from './timers.ts';
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
  /** Timers as the author set them (default), extended by a factor, or off: recorded in the transcript as `access`. */
  timers?: TimerArrangement;
}

export interface SavedSession {
  schemaVersion: number;
  scenarioId: string;
  scenarioHash: string;
  learner: string;
  /** The conversation so far: the machine's persisted snapshot (see persistence.ts); opaque to callers. */
  snapshot: unknown;
}

/** A save from format 2, whose snapshot was the persisted context with the resting node beside it. */
function fromFormat2(snapshot: unknown): unknown {
  const p = snapshot as { mode?: unknown; seed?: unknown; startedAt?: unknown; moves?: unknown; node?: unknown } | null;
  if (!p || typeof p !== 'object') return snapshot;
  const { node, ...context } = p;
  return { status: 'active', value: node, context, children: {}, historyValue: {} };
}

export { SaveError };

/** What a replay takes again: how a conversation began and the action recorded on each turn. */
export interface ReplaySource {
  mode: Mode;
  seed: number;
  learner: string;
  startedAt: string;
  /** The timer arrangement the conversation was held under (absent: standard). */
  access?: AccessArrangement | undefined;
  /** A choice's time is the learner's clock, which a replay cannot derive; a timer's turn derives its own. */
  turns: readonly Pick<Turn, 'action' | 'at'>[];
}

export interface ReplayOptions extends Pick<SessionOptions, 'clock'> {
  /** The clock once the recorded times are used up (the conversation goes on); the real one by default. */
  now?: () => Date;
  /** Hears each replayed turn as it is taken; returning false stops the replay there. */
  onTurn?: (replayed: Turn, index: number) => boolean | void;
}

/**
 * Why a recorded turn cannot be taken: the conversation had already ended, the turn records no action,
 * the option it records is not on offer there, or it records a wait where nothing is waiting.
 */
export type ReplayProblem = 'turns-after-end' | 'no-action' | 'not-offered' | 'nothing-waiting';

/** A recorded turn the replay cannot take: the turn's index, why, and `action` when the record's action is at fault. */
export class ReplayError extends Error {
  override name = 'ReplayError';
  constructor(
    message: string,
    readonly turn: number,
    readonly problem: ReplayProblem,
    readonly field?: 'action',
  ) {
    super(message);
  }
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
    snapshot?: PersistedPlay,
  ) {
    this.now = options.now ?? (() => new Date());
    this.conds = conditionsFor(scenario);
    this.hash = scenarioHash(scenario);
    const machine = persistentMachine(scenario, compileScenario(scenario));
    const input = { mode: options.mode ?? 'practice', seed: options.seed ?? Math.floor(Math.random() * 2 ** 31), startedAt: this.now().toISOString(), access: accessFor(options.timers) };
    this.actor = createActor(machine, { input, ...(snapshot ? { snapshot: snapshot as unknown as DialogueSnapshot } : {}), ...(options.clock ? { clock: options.clock } : {}) });
    // XState keeps an error thrown while restoring as the snapshot's status rather than throwing it.
    const restored = this.actor.getSnapshot();
    if (restored.status === 'error') throw restored.error instanceof SaveError ? restored.error : new SaveError(`this save cannot be restored: ${String(restored.error)}`);
    this.actor.start();
  }

  static start(scenario: Scenario, options: SessionOptions = {}): Session {
    if (options.mode === 'assessment' && !options.learner?.trim()) throw new Error('an assessment needs the learner\'s name');
    return new Session(scenario, options.learner ?? '', options);
  }

  /** Restores a save; refuses one from another scenario, version or format rather than misreading it. */
  static restore(scenario: Scenario, saved: SavedSession, options: Omit<SessionOptions, 'seed'> = {}): Session {
    const format = saved?.schemaVersion;
    if (format !== SAVE_SCHEMA_VERSION && format !== 2) throw new SaveError(`this save uses format ${format}, expected ${SAVE_SCHEMA_VERSION}`);
    if (saved.scenarioId !== scenario.id) throw new SaveError(`this save is for "${saved.scenarioId}", not "${scenario.id}"`);
    if (saved.scenarioHash !== scenarioHash(scenario)) throw new SaveError(`scenario "${scenario.id}" has changed since this save was made`);
    const snapshot = format === 2 ? fromFormat2(saved.snapshot) : saved.snapshot;
    if (!isPersistedPlay(snapshot) || typeof saved.learner !== 'string') throw new SaveError('this save is damaged: its conversation cannot be read');
    return new Session(scenario, saved.learner, options, snapshot);
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

  /** Timers extended or off, as the transcript records it; undefined for standard timers. */
  get access(): AccessArrangement | undefined {
    return this.snapshot.context.access;
  }

  get timers(): TimerArrangement {
    return arrangementOf(this.access);
  }

  view(): SessionView {
    const { context } = this.snapshot;
    const node = nodeOf(this.scenario, this.nodeId);
    const { place, present } = onStageAfter(this.scenario, this.conds, context.history);
    const view: SessionView = {
      scenarioId: this.scenario.id,
      nodeId: this.nodeId,
      turn: context.history.length,
      line: lineFor(this.scenario, node, context.meters, this.conds),
      options: node.end ? [] : offeredOptions(node, context.meters, this.conds, context, context.history.length),
      meters: { ...context.meters },
      place,
      present,
    };
    if (node.action) view.action = node.action;
    if (node.notes) view.notes = node.notes;
    if (node.sound) view.sound = node.sound;
    if (node.phone) view.phone = node.phone;
    if (node.after && !node.end) {
      const timers = this.timers;
      const seconds = timers.mode === 'extended' ? node.after.seconds * timers.factor : node.after.seconds;
      if (this.scenario.channel === 'written') view.timer = { seconds: node.after.seconds, stopped: 'written' };
      else view.timer = timers.mode === 'off' ? { seconds, stopped: 'timers-off' } : { seconds };
    }
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
    // Which options are open does not depend on their order, so there is no need to build the whole view here.
    const { context } = this.snapshot;
    const node = nodeOf(this.scenario, this.nodeId);
    if (node.end || !openChoices(node, context.meters, this.conds).includes(choice)) throw new Error(`option ${choice} is not on offer at "${this.nodeId}"`);
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
      snapshot: this.actor.getPersistedSnapshot(),
    };
  }

  /** The record so far; `shareTurns` for a caller that reads it at once and keeps nothing of it (see buildTranscript). */
  transcript(shareTurns = false): Transcript {
    return buildTranscript(this.scenario, this.hash, {
      seed: this.seed,
      mode: this.mode,
      access: this.access,
      learner: this.learner,
      startedAt: this.startedAt,
      endedAt: this.ended ? (this.history.at(-1)?.at ?? this.startedAt) : undefined,
      outcome: this.view().ended?.outcome,
      turns: this.history,
    }, shareTurns);
  }

  /** A new session at the point before the last `turns` turns, replaying the same choices with the same seed. */
  stepBack(turns: number, options: ReplayOptions = {}): Session {
    if (this.mode === 'assessment') throw new Error('stepping back is not allowed in an assessment');
    const turnsKept = this.history.slice(0, Math.max(0, this.history.length - turns));
    return Session.replay(this.scenario, { mode: this.mode, seed: this.seed, learner: this.learner, startedAt: this.startedAt, access: this.access, turns: turnsKept }, options);
  }

  /**
   * The conversation a record describes, rebuilt by taking its actions again with its seed and mode. The
   * session's clock answers with the recorded times of the choices, so the replayed turns carry them; restore,
   * verify and the history's debrief all replay this way. Throws a ReplayError at a turn it cannot take.
   */
  static replay(scenario: Scenario, source: ReplaySource, options: ReplayOptions = {}): Session {
    const times = [source.startedAt, ...source.turns.filter((t) => t?.action?.kind === 'choice').map((t) => t.at)];
    const later = options.now ?? (() => new Date());
    let next = 0;
    const now = () => {
      const recorded = times[next++];
      return recorded === undefined ? later() : new Date(recorded);
    };
    if (source.access !== undefined && !isAccessArrangement(source.access)) throw new Error(`the timer arrangement ${JSON.stringify(source.access)} cannot be read`);
    const timers = arrangementOf(source.access);
    const session = new Session(scenario, source.learner, { mode: source.mode, seed: source.seed, now, timers, ...(options.clock ? { clock: options.clock } : {}) });
    try {
      for (const [i, turn] of source.turns.entries()) {
        if (session.ended) throw new ReplayError('the replay ended before this turn', i, 'turns-after-end');
        const replayed = session.take(turn, i);
        if (options.onTurn?.(replayed, i) === false) break;
      }
    } catch (err) {
      session.stop();
      throw err;
    }
    return session;
  }

  /** Takes a recorded turn's action again. */
  private take(turn: Pick<Turn, 'action'> | undefined, index: number): Turn {
    const action = turn?.action;
    if (action?.kind !== 'choice' && action?.kind !== 'timeout') throw new ReplayError('turn has no recorded action', index, 'no-action', 'action');
    try {
      return action.kind === 'choice' ? this.choose(action.choice) : this.wait();
    } catch (err) {
      throw new ReplayError(`the recorded action cannot be taken here: ${(err as Error).message}`, index, action.kind === 'choice' ? 'not-offered' : 'nothing-waiting', 'action');
    }
  }

  stop(): void {
    this.actor.stop();
  }
}
