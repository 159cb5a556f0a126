/**
 * Plays a scenario in assessment mode as a blind learner would: at each turn a
 * strategy looks at the options' words only and picks one. The steps are the
 * engine's own rules (open choices, effects, automatic routes, timers, the
 * roll-up and the pass rule), taken directly rather than through an XState
 * actor because the validity check plays thousands of attempts per scenario;
 * test/validity.test.ts holds the two side by side.
 */
import { passResult } from '../engine/passRule.ts';
import { rollUp } from '../engine/scoring.ts';
import { conditionsFor } from '../scenario/conditionCache.ts';
import { nodeOf, openChoices, settle } from '../scenario/dialogue.ts';
import { applyEffects, initialMeters } from '../scenario/meters.ts';
import type { Evidence, Scenario } from '../scenario/schema.ts';
import { cuesOf, nameWords, type Cues } from './cues.ts';
import type { Strategy } from './strategies.ts';

export interface Attempt {
  percent: number;
  passed: boolean;
  /** The authored choice index taken at each turn (-1 for a wait), for tests and debugging. */
  choices: number[];
  /** Where the attempt ended, or where it gave up. */
  node: string;
}

/** One option set as a learner meets it: a node and the choices open there. */
export interface OptionSetSeen {
  node: string;
  open: readonly number[];
}

/** The cues of every choice of every node, computed once per scenario. */
export function choiceCues(scenario: Scenario): Map<string, Cues[]> {
  const names = nameWords(scenario.customer.name);
  const cues = new Map<string, Cues[]>();
  for (const [id, node] of Object.entries(scenario.nodes)) cues.set(id, node.choices.map((c) => cuesOf(c.text, names)));
  return cues;
}

export function playBlind(
  scenario: Scenario,
  strategy: Strategy,
  rand: () => number,
  cues: ReadonlyMap<string, readonly Cues[]>,
  maxTurns: number,
  seen?: Map<string, OptionSetSeen>,
): Attempt {
  const conds = conditionsFor(scenario);
  let meters = initialMeters(scenario);
  let id = settle(scenario, scenario.start, meters, conds);
  const turns: { index: number; evidence: Evidence[] }[] = [];
  const choices: number[] = [];
  for (let t = 0; t < maxTurns; t++) {
    const node = nodeOf(scenario, id);
    if (node.end) break;
    const open = openChoices(node, meters, conds);
    let taken: { to: string; effects: Record<string, number>; evidence: Evidence[] };
    if (open.length > 0) {
      const key = `${id}\u0000${open.join(',')}`;
      if (seen && !seen.has(key)) seen.set(key, { node: id, open });
      const nodeCues = cues.get(id)!;
      const picks = strategy.pick(open.map((i) => nodeCues[i]!));
      const choice = open[picks[Math.floor(rand() * picks.length)]!]!;
      taken = node.choices[choice]!;
      choices.push(choice);
    } else if (node.after) {
      taken = node.after;
      choices.push(-1);
    } else break;
    turns.push({ index: turns.length, evidence: taken.evidence });
    meters = applyEffects(scenario, meters, taken.effects);
    id = settle(scenario, taken.to, meters, conds);
  }
  const roll = rollUp(turns, scenario);
  const ended = nodeOf(scenario, id).end !== undefined;
  return { percent: roll.percent, passed: ended && passResult(scenario, roll).passed, choices, node: id };
}
