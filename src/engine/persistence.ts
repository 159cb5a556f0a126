/**
 * How a conversation persists, as XState's own hooks: the dialogue machine's
 * getPersistedSnapshot keeps only how it began and the moves taken since, and
 * its restoreSnapshot replays them. Everything else (lines, options offered,
 * meters, evidence, where each turn led) follows from the scenario, whose hash
 * a save carries, so a restore recomputes the history instead of trusting a
 * stored copy, and refuses moves the scenario does not allow.
 */
import type { Scenario } from '../scenario/schema.ts';
import { conditionsFor } from '../scenario/conditionCache.ts';
import { nodeOf, settle } from '../scenario/dialogue.ts';
import { initialContext, makeTurn, restingNode, timerFiresAt, type DialogueContext, type DialogueMachine, type DialogueSnapshot } from './machine.ts';
import { isAccessArrangement, timerTurnSeconds, type AccessArrangement } from './timers.ts';
import type { Mode } from './transcript.ts';
import type { Turn } from './types.ts';

/** A turn as saved: an option taken, as [its authored index, when], or "wait" for a timer (whose time follows). */
export type Move = [number, string] | 'wait';

/** The persisted snapshot: XState's shape, with a context of what cannot be derived. */
export interface PersistedPlay {
  status: 'active' | 'done';
  /** Where the conversation rests: a restore checks that the replay ends there. */
  value: string;
  context: { mode: Mode; seed: number; startedAt: string; moves: Move[]; access?: AccessArrangement };
  children: Record<string, never>;
  historyValue: Record<string, never>;
  output?: undefined;
  error?: undefined;
}

export class SaveError extends Error {
  override name = 'SaveError';
}

export function isPersistedPlay(x: unknown): x is PersistedPlay {
  const p = x as PersistedPlay;
  const c = p?.context;
  return (
    !!p &&
    typeof p === 'object' &&
    (p.status === 'active' || p.status === 'done') &&
    typeof p.value === 'string' &&
    !!c &&
    typeof c === 'object' &&
    (c.mode === 'practice' || c.mode === 'assessment') &&
    Number.isInteger(c.seed) &&
    typeof c.startedAt === 'string' &&
    (c.access === undefined || isAccessArrangement(c.access)) &&
    Array.isArray(c.moves) &&
    c.moves.every((m) => m === 'wait' || (Array.isArray(m) && m.length === 2 && Number.isInteger(m[0]) && typeof m[1] === 'string'))
  );
}

function persist(snapshot: DialogueSnapshot): PersistedPlay {
  const { mode, seed, startedAt, history, access } = snapshot.context;
  return {
    status: snapshot.status === 'done' ? 'done' : 'active',
    value: restingNode(snapshot.value),
    context: { mode, seed, startedAt, moves: history.map((t) => (t.action.kind === 'choice' ? [t.action.choice, t.at] : 'wait')), ...(access ? { access } : {}) },
    children: {},
    historyValue: {},
    output: undefined,
    error: undefined,
  };
}

const misfit = (scenario: Scenario, turn: number, node: string, why: string) =>
  new SaveError(`this save does not fit scenario "${scenario.id}": turn ${turn} ${why} at "${node}"`);

/** The machine's context after replaying the moves, by the turn function the machine's own actions use. */
export function replayMoves(scenario: Scenario, play: PersistedPlay): DialogueContext {
  const conds = conditionsFor(scenario);
  const context = initialContext(scenario, play.context);
  const { moves } = play.context;
  let node = settle(scenario, scenario.start, context.meters, conds);
  for (let i = 0; i < moves.length; i++) {
    const move = moves[i]!;
    const here = nodeOf(scenario, node);
    let turn: Turn;
    if (here.end) throw misfit(scenario, i + 1, node, 'comes after the end');
    if (move === 'wait') {
      if (!here.after) throw misfit(scenario, i + 1, node, 'waits for a timer there is not');
      const seconds = timerTurnSeconds(scenario.channel, here.after.seconds, context.access);
      const { to } = here.after;
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
  if (node !== play.value) throw new SaveError(`this save does not fit scenario "${scenario.id}": its moves lead to "${node}", not "${play.value}"`);
  if ((play.status === 'done') !== Boolean(nodeOf(scenario, node).end)) throw new SaveError(`this save is damaged: it says the conversation ${play.status === 'done' ? 'has' : 'has not'} ended`);
  return context;
}

const persistent = new WeakMap<DialogueMachine, DialogueMachine>();

/**
 * The machine with the persistence above. Restoring hands the replayed context back after XState has restored
 * the rest: XState's own restore walks every object in the context for actor references to revive, which ours
 * never holds, and over a long history that walk cost more than the replay.
 */
export function persistentMachine(scenario: Scenario, machine: DialogueMachine): DialogueMachine {
  let logic = persistent.get(machine);
  if (!logic) {
    const getPersistedSnapshot = (snapshot: DialogueSnapshot) => persist(snapshot);
    const restoreSnapshot: DialogueMachine['restoreSnapshot'] = (saved, scope) => {
      if (!isPersistedPlay(saved)) throw new SaveError('this save is damaged: its conversation cannot be read');
      const context = replayMoves(scenario, saved);
      const restored: DialogueSnapshot = machine.restoreSnapshot({ ...saved, context: {} } as unknown as typeof saved, scope);
      return { ...restored, context };
    };
    logic = Object.create(machine, { getPersistedSnapshot: { value: getPersistedSnapshot }, restoreSnapshot: { value: restoreSnapshot } }) as DialogueMachine;
    persistent.set(machine, logic);
  }
  return logic;
}
