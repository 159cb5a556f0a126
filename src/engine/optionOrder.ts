/**
 * The options on offer in the order a session shows them: shuffled per turn
 * by the session's seed, so position gives nothing away. This is the engine's
 * rule, not the format's: the same scenario offers the same options in any
 * order, and the checker never needs one.
 */
import type { Conditions } from '../scenario/conditionCache.ts';
import { openChoices } from '../scenario/dialogue.ts';
import type { Meters } from '../scenario/meters.ts';
import type { ScenarioNode } from '../scenario/schema.ts';
import { mixSeed, shuffled } from './random.ts';
import type { AccessArrangement } from './timers.ts';
import type { Mode } from './transcript.ts';
import type { OfferedOption } from './types.ts';

/** What orders the options of a session: its seed, its mode and its timer arrangement. */
export interface OptionOrder {
  seed: number;
  mode: Mode;
  access?: AccessArrangement | undefined;
}

const ASSESSMENT_SALT = 0x5bd1e995;
const TIMERS_OFF_SALT = 0x27d4eb2f;

/** The arrangement as a number mixed into the seed; standard timers mix in nothing, so older records replay as before. */
function accessSalt(access: AccessArrangement | undefined): number {
  if (!access) return 0;
  return access.timers === 'off' ? TIMERS_OFF_SALT : Math.imul(Math.round(access.factor * 1000), 0x165667b1) >>> 0;
}

/**
 * Options in display order. The mode and the timer arrangement are mixed into the seed too, so a practice
 * transcript relabelled as an assessment, or one whose timers were edited, no longer replays to the offers it records.
 */
export function offeredOptions(node: ScenarioNode, meters: Meters, conds: Conditions, order: OptionOrder, turn: number): OfferedOption[] {
  const seed = ((order.mode === 'assessment' ? order.seed ^ ASSESSMENT_SALT : order.seed) ^ accessSalt(order.access)) >>> 0;
  return shuffled(openChoices(node, meters, conds), mixSeed(seed, turn)).map((i) => {
    const c = node.choices[i]!;
    const option: OfferedOption = { choice: i, text: c.text };
    if (c.tip) option.tip = c.tip;
    return option;
  });
}
