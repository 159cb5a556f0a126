/**
 * Pass or "not yet": the scenario's pass mark and critical criteria applied to
 * a roll-up. A learner is told exactly why they have not passed yet.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { RollUp } from './scoring.ts';

export interface PassResult {
  passed: boolean;
  mark: number;
  percent: number;
  /** Critical criteria not demonstrated on this attempt (missed or never shown). */
  missedCritical: string[];
}

export function passResult(scenario: Scenario, roll: RollUp): PassResult {
  const status = new Map(roll.criteria.map((c) => [c.code, c.status]));
  const missedCritical = scenario.pass.critical.filter((c) => status.get(c) !== 'demonstrated');
  return {
    passed: roll.percent >= scenario.pass.mark && missedCritical.length === 0,
    mark: scenario.pass.mark,
    percent: roll.percent,
    missedCritical,
  };
}
