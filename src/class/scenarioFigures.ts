/**
 * A scenario's figures for the class: which options learners took at each
 * node (the heat map), the share of the class demonstrating each criterion,
 * the weakest criteria, and one row per learner. Learners are counted, not
 * attempts: a learner who played it three times took an option once or more.
 * Practice attempts show what learners choose, so they count in the map of
 * choices; only assessments are evidence, so only they count for criteria.
 */
import { criteriaCited } from '../engine/scoring.ts';
import type { Scenario } from '../scenario/schema.ts';
import { findCriterion } from '../standards/catalogue.ts';
import type { Counted } from './countedAttempts.ts';

/** An option by its authored index, or the customer's timer running out. */
export type Taken = number | 'timeout';

export interface CriterionShare {
  code: string;
  text: string;
  /** Learners with an assessment of this scenario who demonstrated it in one. */
  demonstrated: number;
  /** Learners with an assessment of this scenario. */
  assessed: number;
  /** demonstrated ÷ assessed, 0..1; 0 when nobody was assessed. */
  share: number;
}

export interface ScenarioLearnerRow {
  learner: string;
  name: string;
  practice: number;
  assessments: number;
  /** Best score of a finished assessment, percent. */
  bestPercent?: number;
  passed: boolean;
  /** Criteria of this scenario demonstrated in an assessment. */
  demonstrated: number;
}

export interface ScenarioFigures {
  id: string;
  title: string;
  scenario: Scenario;
  attempts: number;
  learners: number;
  /** Learners with an assessment: the share's denominator. */
  assessed: number;
  /** Learners who reached each node (had a turn there). */
  reached: Map<string, number>;
  /** Learners who took each option at each node. */
  took: Map<string, Map<Taken, number>>;
  /** Learners whose conversation ended at each ending. */
  ended: Map<string, number>;
  criteria: CriterionShare[];
  /** The criteria fewest learners demonstrated (below everyone), lowest first. */
  weakest: CriterionShare[];
  rows: ScenarioLearnerRow[];
}

/** How many of the weakest criteria are named. */
export const WEAKEST_SHOWN = 3;

const codeOrder = new Intl.Collator('en', { numeric: true });

function countLearners(sets: Map<string, Set<string>>): Map<string, number> {
  return new Map([...sets].map(([k, s]) => [k, s.size]));
}

function mapOfTaken(attempts: readonly Counted[]): Pick<ScenarioFigures, 'reached' | 'took' | 'ended'> {
  const reached = new Map<string, Set<string>>();
  const ended = new Map<string, Set<string>>();
  const took = new Map<string, Map<Taken, Set<string>>>();
  for (const a of attempts) {
    for (const turn of a.transcript.turns) {
      const at = reached.get(turn.nodeId) ?? reached.set(turn.nodeId, new Set()).get(turn.nodeId)!;
      at.add(a.learner);
      const options = took.get(turn.nodeId) ?? took.set(turn.nodeId, new Map()).get(turn.nodeId)!;
      const key: Taken = turn.action.kind === 'choice' ? turn.action.choice : 'timeout';
      (options.get(key) ?? options.set(key, new Set()).get(key)!).add(a.learner);
    }
    const last = a.transcript.turns.at(-1);
    if (a.transcript.endedAt && last) (ended.get(last.to) ?? ended.set(last.to, new Set()).get(last.to)!).add(a.learner);
  }
  return { reached: countLearners(reached), ended: countLearners(ended), took: new Map([...took].map(([node, m]) => [node, countLearners(m as Map<string, Set<string>>) as Map<Taken, number>])) };
}

function learnerRows(attempts: readonly Counted[]): ScenarioLearnerRow[] {
  const rows = new Map<string, ScenarioLearnerRow & { shown: Set<string> }>();
  for (const a of attempts) {
    const t = a.transcript;
    const row = rows.get(a.learner) ?? rows.set(a.learner, { learner: a.learner, name: t.learner.trim(), practice: 0, assessments: 0, passed: false, demonstrated: 0, shown: new Set() }).get(a.learner)!;
    if (t.mode === 'practice') {
      row.practice++;
      continue;
    }
    row.assessments++;
    if (t.pass) {
      row.bestPercent = Math.max(row.bestPercent ?? 0, t.rollUp.percent);
      row.passed ||= t.pass.passed;
    }
    for (const c of t.rollUp.criteria) if (c.status === 'demonstrated') row.shown.add(c.code);
  }
  return [...rows.values()].map(({ shown, ...row }) => ({ ...row, demonstrated: shown.size }));
}

export function scenarioFigures(scenario: Scenario, attempts: readonly Counted[]): ScenarioFigures {
  const assessments = attempts.filter((a) => a.transcript.mode === 'assessment');
  const assessedLearners = new Set(assessments.map((a) => a.learner));
  const shownBy = new Map<string, Set<string>>();
  for (const a of assessments) {
    for (const c of a.transcript.rollUp.criteria) {
      if (c.status === 'demonstrated') (shownBy.get(c.code) ?? shownBy.set(c.code, new Set()).get(c.code)!).add(a.learner);
    }
  }
  const criteria = [...criteriaCited(scenario)].sort(codeOrder.compare).map((code): CriterionShare => {
    const demonstrated = shownBy.get(code)?.size ?? 0;
    const assessed = assessedLearners.size;
    return { code, text: findCriterion(code)?.text ?? '', demonstrated, assessed, share: assessed ? demonstrated / assessed : 0 };
  });
  const weakest = assessedLearners.size ? criteria.filter((c) => c.share < 1).sort((a, b) => a.share - b.share || codeOrder.compare(a.code, b.code)).slice(0, WEAKEST_SHOWN) : [];
  return {
    id: scenario.id,
    title: scenario.title,
    scenario,
    attempts: attempts.length,
    learners: new Set(attempts.map((a) => a.learner)).size,
    assessed: assessedLearners.size,
    ...mapOfTaken(attempts),
    criteria,
    weakest,
    rows: learnerRows(attempts),
  };
}
