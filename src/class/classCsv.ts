/**
 * The class view's exports as CSV (one table each, English column names as
 * every Rapport data file has): one row per learner with their next practice,
 * one row per scenario and criterion with the class's share, and one row per
 * option taken at each node (the heat map as data). Only counted attempts
 * are in them.
 */
import { csvDocument, type Cell } from '../export/csv.ts';
import type { ClassFigures } from './classFigures.ts';

export const LEARNERS_CSV_HEADER = ['learner', 'attempts', 'assessments', 'passed', 'scenarios', 'criteria_shown', 'criteria_not_yet_shown', 'next_practice'] as const;
export const CRITERIA_CSV_HEADER = ['scenario_id', 'scenario', 'criterion', 'criterion_text', 'learners_demonstrated', 'learners_assessed', 'share_percent', 'weakest'] as const;
export const CHOICES_CSV_HEADER = ['scenario_id', 'node', 'response', 'response_text', 'learners_took', 'learners_reached_node'] as const;

const percent = (share: number): number => Math.round(share * 1000) / 10;

export function learnersCsv(f: ClassFigures): string {
  const rows: Cell[][] = f.learnerRows.map((r) => [
    r.name || `(${r.source})`,
    r.attempts,
    r.assessments,
    r.passed,
    r.scenarios.join('; '),
    r.shown.join(' '),
    r.notYet.join(' '),
    r.next.map((s) => `${s.title} (${s.covers.join(' ')})`).join('; '),
  ]);
  return csvDocument(LEARNERS_CSV_HEADER, rows);
}

export function criteriaCsv(f: ClassFigures): string {
  const rows: Cell[][] = f.scenarios.flatMap((s) =>
    s.criteria.map((c) => [s.id, s.title, c.code, c.text, c.demonstrated, c.assessed, s.assessed ? percent(c.share) : '', s.weakest.includes(c) ? 'yes' : 'no']),
  );
  return csvDocument(CRITERIA_CSV_HEADER, rows);
}

export function choicesCsv(f: ClassFigures): string {
  const rows: Cell[][] = f.scenarios.flatMap((s) =>
    Object.entries(s.scenario.nodes).flatMap(([id, node]) => {
      const reached = s.reached.get(id) ?? 0;
      const took = s.took.get(id);
      const choices: Cell[][] = node.choices.map((c, i) => [s.id, id, i + 1, c.text, took?.get(i) ?? 0, reached]);
      return node.after ? [...choices, [s.id, id, 'timer', '', took?.get('timeout') ?? 0, reached]] : choices;
    }),
  );
  return csvDocument(CHOICES_CSV_HEADER, rows);
}
