/**
 * Rolls the evidence of a playthrough up per criterion, element and unit.
 * A criterion is demonstrated when every piece of evidence for it was met: one
 * lapse on the path makes it "not demonstrated", as an assessor would record it.
 */
import type { Scenario } from '../scenario/schema.ts';
import { elementOf, findCriterion, findElement, findUnit, unitOf } from '../standards/catalogue.ts';
import type { CriterionStatus, Turn } from './types.ts';

export interface CriterionResult {
  code: string;
  text: string;
  status: CriterionStatus;
  /** Turn indices whose evidence cites this criterion. */
  turns: number[];
  met: number;
  total: number;
}

export interface GroupResult {
  code: string;
  title: string;
  /** Weighted evidence met and in all. */
  met: number;
  total: number;
  percent: number;
}

export interface RollUp {
  percent: number;
  met: number;
  total: number;
  criteria: CriterionResult[];
  elements: GroupResult[];
  units: GroupResult[];
}

const percentOf = (met: number, total: number) => (total === 0 ? 0 : Math.round((met / total) * 1000) / 10);

// One collator for every comparison: `localeCompare` with options builds a new one per call, which cost
// more than the rest of the roll-up together.
const codeOrder = new Intl.Collator('en', { numeric: true });

function byCode(a: { code: string }, b: { code: string }): number {
  return codeOrder.compare(a.code, b.code);
}

const cited = new WeakMap<Scenario, ReadonlySet<string>>();

/**
 * Criteria a scenario can assess: those cited anywhere in it. Uncited on a path, they are "not observed".
 * Worked out once per scenario object: every roll-up (each replay a class view verifies) starts from it.
 */
export function criteriaCited(scenario: Scenario): ReadonlySet<string> {
  let codes = cited.get(scenario);
  if (!codes) {
    const found = new Set<string>();
    for (const node of Object.values(scenario.nodes)) {
      for (const c of node.choices) for (const e of c.evidence) found.add(e.criterion);
      for (const e of node.after?.evidence ?? []) found.add(e.criterion);
    }
    cited.set(scenario, (codes = found));
  }
  return codes;
}

/** Only each turn's index and evidence count, so a blind player (src/validity) can score without building whole turns. */
export function rollUp(turns: readonly Pick<Turn, 'index' | 'evidence'>[], scenario?: Scenario): RollUp {
  const criteria = new Map<string, CriterionResult>();
  const touch = (code: string) => {
    let r = criteria.get(code);
    if (!r) {
      r = { code, text: findCriterion(code)?.text ?? '', status: 'not-observed', turns: [], met: 0, total: 0 };
      criteria.set(code, r);
    }
    return r;
  };
  if (scenario) for (const code of criteriaCited(scenario)) touch(code);
  for (const turn of turns) {
    for (const e of turn.evidence) {
      const r = touch(e.criterion);
      if (!r.turns.includes(turn.index)) r.turns.push(turn.index);
      r.total += e.weight;
      if (e.met) r.met += e.weight;
    }
  }
  for (const r of criteria.values()) {
    if (r.total > 0) r.status = r.met === r.total ? 'demonstrated' : 'not-demonstrated';
  }

  const group = (keyOf: (code: string) => string, titleOf: (code: string) => string) => {
    const groups = new Map<string, GroupResult>();
    for (const r of criteria.values()) {
      if (r.total === 0) continue;
      const code = keyOf(r.code);
      const g = groups.get(code) ?? { code, title: titleOf(code), met: 0, total: 0, percent: 0 };
      g.met += r.met;
      g.total += r.total;
      groups.set(code, g);
    }
    for (const g of groups.values()) g.percent = percentOf(g.met, g.total);
    return [...groups.values()].sort(byCode);
  };

  const list = [...criteria.values()].sort(byCode);
  const met = list.reduce((s, r) => s + r.met, 0);
  const total = list.reduce((s, r) => s + r.total, 0);
  return {
    percent: percentOf(met, total),
    met,
    total,
    criteria: list,
    elements: group(elementOf, (c) => findElement(c)?.title ?? ''),
    units: group(unitOf, (c) => findUnit(c)?.title ?? ''),
  };
}
