/**
 * Who else is in view (a colleague, an interpreter, the queue): a node's `present` holds from that node on until
 * another node says otherwise, so it is read from the path, not the current node alone. Taken from the turns
 * themselves, it is right after a step back, a restore or a replay, which rebuild the turns.
 */
import type { Conditions } from '../scenario/conditionCache.ts';
import { nodeOf, routeFrom } from '../scenario/dialogue.ts';
import { initialMeters } from '../scenario/meters.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Turn } from './types.ts';

type PathTurn = Pick<Turn, 'nodeId' | 'action' | 'metersAfter' | 'to'>;

/** Who is present once a turn is taken, and the turn before it that this was worked out from. */
interface Memo {
  before: PathTurn | undefined;
  present: readonly string[];
}

/**
 * Each turn's answer, so a view after n turns costs one turn's route instead of all n (a walk of n views was
 * quadratic). Keyed by the turn object, which a session never changes, and checked against the turn before it,
 * so the same turn object in another history is worked out again rather than trusted.
 */
const afterTurn = new WeakMap<PathTurn, Memo>();
const atStart = new WeakMap<Scenario, readonly string[]>();

/** The ids of the people in view after these turns, in the order the last node to name them gave; unknown ids are left out. */
export function presentAfter(scenario: Scenario, conds: Conditions, turns: readonly PathTurn[]): string[] {
  let present = atStart.get(scenario);
  if (!present) atStart.set(scenario, (present = passed(scenario, [], routeFrom(scenario, scenario.start, initialMeters(scenario), conds))));
  // Find the latest turn already worked out on this very path, then go on from there.
  let from = turns.length;
  while (from > 0) {
    const memo = afterTurn.get(turns[from - 1]!);
    if (memo && memo.before === turns[from - 2]) {
      present = memo.present;
      break;
    }
    from--;
  }
  for (let i = from; i < turns.length; i++) {
    const turn = turns[i]!;
    const node = nodeOf(scenario, turn.nodeId);
    const target = turn.action.kind === 'choice' ? node.choices[turn.action.choice]?.to : node.after?.to;
    // Nodes passed by an automatic route count too: a route through "the manager arrives" brings the manager.
    present = passed(scenario, present, routeFrom(scenario, target ?? turn.to, turn.metersAfter, conds));
    afterTurn.set(turn, { before: turns[i - 1], present });
  }
  return [...new Set(present)].filter((id) => Object.hasOwn(scenario.people, id));
}

function passed(scenario: Scenario, present: readonly string[], ids: readonly string[]): readonly string[] {
  for (const id of ids) present = nodeOf(scenario, id).present ?? present;
  return present;
}
