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

/** The ids of the people in view after these turns, in the order the last node to name them gave; unknown ids are left out. */
export function presentAfter(scenario: Scenario, conds: Conditions, turns: readonly Pick<Turn, 'nodeId' | 'action' | 'metersAfter' | 'to'>[]): string[] {
  let present: readonly string[] = [];
  // Nodes passed by an automatic route count too: a route through "the manager arrives" brings the manager.
  const pass = (ids: readonly string[]) => {
    for (const id of ids) present = nodeOf(scenario, id).present ?? present;
  };
  pass(routeFrom(scenario, scenario.start, initialMeters(scenario), conds));
  for (const turn of turns) {
    const node = nodeOf(scenario, turn.nodeId);
    const target = turn.action.kind === 'choice' ? node.choices[turn.action.choice]?.to : node.after?.to;
    pass(routeFrom(scenario, target ?? turn.to, turn.metersAfter, conds));
  }
  return [...new Set(present)].filter((id) => Object.hasOwn(scenario.people, id));
}
