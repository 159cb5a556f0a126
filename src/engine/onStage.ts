/**
 * Where the conversation is and who else is in view (a colleague, an interpreter, the queue). A node's `place`
 * and `present` hold from that node on until another node says otherwise, so they are read from the path, not
 * the current node alone: a home visit moves from the doorstep into the house and stays there. Taken from the
 * turns themselves, they are right after a step back, a restore or a replay, which rebuild the turns.
 */
import type { Conditions } from '../scenario/conditionCache.ts';
import { nodeOf, routeFrom } from '../scenario/dialogue.ts';
import { initialMeters } from '../scenario/meters.ts';
import type { Place, Scenario } from '../scenario/schema.ts';
import type { Turn } from './types.ts';

type PathTurn = Pick<Turn, 'nodeId' | 'action' | 'metersAfter' | 'to'>;

/** What the path so far has set: the place, and the ids present in the order the last node to name them gave. */
export interface OnStage {
  place: Place;
  present: readonly string[];
}

/** What holds once a turn is taken, and the turn before it that this was worked out from. */
interface Memo {
  before: PathTurn | undefined;
  onStage: OnStage;
}

/**
 * Each turn's answer, so a view after n turns costs one turn's route instead of all n (a walk of n views was
 * quadratic). Keyed by the turn object, which a session never changes, and checked against the turn before it,
 * so the same turn object in another history is worked out again rather than trusted.
 */
const afterTurn = new WeakMap<PathTurn, Memo>();
const atStart = new WeakMap<Scenario, OnStage>();

/** The place and the people in view after these turns; ids the scenario does not name are left out. */
export function onStageAfter(scenario: Scenario, conds: Conditions, turns: readonly PathTurn[]): { place: Place; present: string[] } {
  let state = atStart.get(scenario);
  if (!state) atStart.set(scenario, (state = passed(scenario, { place: scenario.place, present: [] }, routeFrom(scenario, scenario.start, initialMeters(scenario), conds))));
  // Find the latest turn already worked out on this very path, then go on from there.
  let from = turns.length;
  while (from > 0) {
    const memo = afterTurn.get(turns[from - 1]!);
    if (memo && memo.before === turns[from - 2]) {
      state = memo.onStage;
      break;
    }
    from--;
  }
  for (let i = from; i < turns.length; i++) {
    const turn = turns[i]!;
    const node = nodeOf(scenario, turn.nodeId);
    const target = turn.action.kind === 'choice' ? node.choices[turn.action.choice]?.to : node.after?.to;
    // Nodes passed by an automatic route count too: a route through "the manager arrives" brings the manager.
    state = passed(scenario, state, routeFrom(scenario, target ?? turn.to, turn.metersAfter, conds));
    afterTurn.set(turn, { before: turns[i - 1], onStage: state });
  }
  return { place: state.place, present: [...known(scenario, state)] };
}

const knownPresent = new WeakMap<OnStage, readonly string[]>();

/** The ids present that the scenario names, each once: worked out once per state, since a state holds for many views. */
function known(scenario: Scenario, state: OnStage): readonly string[] {
  let ids = knownPresent.get(state);
  if (!ids) knownPresent.set(state, (ids = [...new Set(state.present)].filter((id) => Object.hasOwn(scenario.people, id))));
  return ids;
}

function passed(scenario: Scenario, state: OnStage, ids: readonly string[]): OnStage {
  let { place, present } = state;
  for (const id of ids) {
    const node = nodeOf(scenario, id);
    present = node.present ?? present;
    place = node.place ?? place;
  }
  return place === state.place && present === state.present ? state : { place, present };
}
