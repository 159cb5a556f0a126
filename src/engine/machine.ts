/**
 * A scenario compiled to an XState v5 machine: one state per node, meters and
 * the turn history in context, automatic routes as guarded `always`
 * transitions, timers as delayed transitions. Guards and actions are named and
 * defined here; nothing in them touches a renderer.
 */
import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { conditionsFor, type Conditions } from '../scenario/conditionCache.ts';
import { lineFor, nodeOf, settle } from '../scenario/dialogue.ts';
import { applyEffects, initialMeters, type Meters } from '../scenario/meters.ts';
import { offeredOptions } from './optionOrder.ts';
import type { Mode } from './transcript.ts';
import type { Turn, TurnAction } from './types.ts';

export interface DialogueContext {
  scenarioId: string;
  mode: Mode;
  seed: number;
  meters: Meters;
  history: Turn[];
  startedAt: string;
  /** When the customer last spoke: a timer fires this many seconds after it. */
  arrivedAt: string;
}

/**
 * CHOOSE takes an option; TIMEOUT fires a node's timer now (replays, simulations, "let them wait").
 */
export type DialogueEvent = { type: 'CHOOSE'; choice: number; at: string } | { type: 'TIMEOUT' };

export interface DialogueInput {
  mode: Mode;
  seed: number;
  startedAt: string;
}

/** The node the conversation rests in: routes have been followed, so it is a node with a line. */
export function restingNode(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** The context a conversation starts with. */
export function initialContext(scenario: Scenario, input: DialogueInput): DialogueContext {
  return {
    scenarioId: scenario.id,
    mode: input.mode,
    seed: input.seed,
    meters: initialMeters(scenario),
    history: [],
    startedAt: input.startedAt,
    arrivedAt: input.startedAt,
  };
}

/**
 * The turn taken at `nodeId`, from the context before it. The machine's actions record it, and a restore
 * replays a save's moves with it rather than through the actor.
 */
export function makeTurn(scenario: Scenario, conds: Conditions, context: Pick<DialogueContext, 'meters' | 'seed' | 'mode'>, index: number, nodeId: string, action: TurnAction, to: string, at: string): Turn {
  const node = nodeOf(scenario, nodeId);
  const before = context.meters;
  const taken = action.kind === 'choice' ? node.choices[action.choice]! : node.after!;
  const after = applyEffects(scenario, before, taken.effects);
  return {
    index,
    nodeId,
    line: lineFor(scenario, node, before, conds),
    offered: offeredOptions(node, before, conds, context, index),
    action,
    metersBefore: before,
    metersAfter: after,
    evidence: taken.evidence,
    // Where the conversation came to rest, after any automatic routes.
    to: settle(scenario, to, after, conds),
    at,
  };
}

/** When a timer at a node fires: `seconds` after the customer last spoke (at `arrivedAt`). */
export function timerFiresAt(arrivedAt: string, seconds: number): string {
  return new Date(Date.parse(arrivedAt) + seconds * 1000).toISOString();
}

function buildMachine(scenario: Scenario) {
  const conds = conditionsFor(scenario);
  function record(context: DialogueContext, nodeId: string, action: TurnAction, to: string, at: string) {
    const turn = makeTurn(scenario, conds, context, context.history.length, nodeId, action, to, at);
    return { meters: turn.metersAfter, history: [...context.history, turn], arrivedAt: at };
  }

  const states: Record<string, object> = {};
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.end) {
      states[id] = { type: 'final' };
      continue;
    }
    const state: Record<string, unknown> = {};
    if (node.when.length > 0) {
      state.always = node.when.map((r) => ({ guard: { type: 'holds', params: { cond: r.if } }, target: r.to }));
    }
    state.on = {
      CHOOSE: node.choices.map((c, i) => ({
        guard: { type: 'chose', params: { choice: i, cond: c.if } },
        target: c.to,
        reenter: true,
        actions: { type: 'choose', params: { node: id, choice: i, to: c.to } },
      })),
    };
    if (node.after) {
      const { seconds, to } = node.after;
      const fire = { target: to, reenter: true, actions: { type: 'timeout', params: { node: id, seconds, to } } };
      state.after = { [Math.round(seconds * 1000)]: fire };
      (state.on as Record<string, unknown>).TIMEOUT = fire;
    }
    states[id] = state;
  }

  return setup({
    types: {
      context: {} as DialogueContext,
      events: {} as DialogueEvent,
      input: {} as DialogueInput,
    },
    guards: {
      holds: ({ context }, params: { cond: string }) => conds.holds(params.cond, context.meters),
      chose: ({ context, event }, params: { choice: number; cond?: string }) =>
        event.type === 'CHOOSE' && event.choice === params.choice && conds.holds(params.cond, context.meters),
    },
    actions: {
      choose: assign(({ context, event }, params: { node: string; choice: number; to: string }) =>
        record(
          context,
          params.node,
          { kind: 'choice', choice: params.choice, text: nodeOf(scenario, params.node).choices[params.choice]!.text },
          params.to,
          event.type === 'CHOOSE' ? event.at : context.arrivedAt,
        ),
      ),
      timeout: assign(({ context }, params: { node: string; seconds: number; to: string }) =>
        record(context, params.node, { kind: 'timeout', seconds: params.seconds }, params.to, timerFiresAt(context.arrivedAt, params.seconds)),
      ),
    },
  }).createMachine({
    id: scenario.id,
    initial: scenario.start,
    context: ({ input }) => initialContext(scenario, input),
    // States are built from data, so their keys are not known to the type system.
    states: states as never,
  });
}

export type DialogueMachine = ReturnType<typeof buildMachine>;
export type DialogueSnapshot = SnapshotFrom<DialogueMachine>;

/**
 * Each scenario object's machine, for as long as something holds the scenario. The browser fetches a
 * scenario's data when it is played and lets it go afterwards (src/web/scenarioCatalogue.ts), so a machine
 * goes with it; a strong map here would keep every scenario ever played, data and machine, in the page.
 */
const compiled = new WeakMap<Scenario, DialogueMachine>();

/** Compiles once per scenario object while it is in use: the session, restore and replays reuse the machine. */
export function compileScenario(scenario: Scenario): DialogueMachine {
  let machine = compiled.get(scenario);
  if (!machine) compiled.set(scenario, (machine = buildMachine(scenario)));
  return machine;
}
