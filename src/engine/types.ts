/**
 * What the engine shows its callers (front end, review, CLI, tests).
 * Every shape here is plain JSON so it can be saved, exported and replayed.
 */
import type { CustomerLine } from '../scenario/dialogue.ts';
import type { Meters } from '../scenario/meters.ts';
import type { Evidence, Outcome, PhoneState, Place } from '../scenario/schema.ts';

/** An option as offered: `choice` is its index in the node's authored `choices`, stable across shuffles. */
export interface OfferedOption {
  choice: number;
  text: string;
  /** Next-time tip for this option (practice feedback and the debrief). */
  tip?: string;
}

export interface SessionView {
  scenarioId: string;
  nodeId: string;
  /** Turns taken so far. */
  turn: number;
  line: CustomerLine;
  action?: string;
  notes?: string;
  sound?: string;
  phone?: PhoneState;
  /** In display order (shuffled by the session's seed so position gives nothing away). */
  options: OfferedOption[];
  meters: Meters;
  /**
   * Seconds the customer will wait before acting, when the node has a timer, as the session's arrangement makes
   * them. `stopped` says the clock does not run: timers are off, or the channel is written, where the timer is
   * the story's time without a reply and the learner leaves the message unanswered on purpose (`wait`).
   */
  timer?: { seconds: number; stopped?: 'timers-off' | 'written' };
  /** Where the conversation is: the last `place` on the path so far, else the scenario's. */
  place: Place;
  /** Who else is in view (ids of the scenario's `people`): the last `present` on the path so far, so a step back or a restore gets it right. */
  present: string[];
  ended?: { outcome: Outcome; summary?: string };
}

/** What the learner did on a turn: picked an option, or left the customer waiting until a timer fired. */
export type TurnAction = { kind: 'choice'; choice: number; text: string } | { kind: 'timeout'; seconds: number };

export interface Turn {
  index: number;
  nodeId: string;
  line: CustomerLine;
  offered: OfferedOption[];
  action: TurnAction;
  metersBefore: Meters;
  metersAfter: Meters;
  evidence: Evidence[];
  /** Where the turn led. */
  to: string;
  at: string;
}

export type CriterionStatus = 'demonstrated' | 'not-demonstrated' | 'not-observed';
