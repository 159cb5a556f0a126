/**
 * Which scenarios assess each criterion of units A10 to C8: the library's map
 * for tutors planning a course and for us writing the next scenario.
 */
import type { Scenario } from '../scenario/schema.ts';
import { catalogue } from '../standards/catalogue.ts';
import { criteriaCited } from '../engine/scoring.ts';

export interface CoverageReport {
  units: {
    code: string;
    title: string;
    elements: { code: string; title: string; criteria: { code: string; text: string; scenarios: string[] }[] }[];
  }[];
}

export function coverage(scenarios: readonly Scenario[]): CoverageReport {
  const cited = scenarios.map((s) => ({ id: s.id, codes: criteriaCited(s) }));
  return {
    units: catalogue.units.map((u) => ({
      code: u.code,
      title: u.title,
      elements: u.elements.map((e) => ({
        code: e.code,
        title: e.title,
        criteria: e.criteria.map((c) => ({ code: c.code, text: c.text, scenarios: cited.filter((s) => s.codes.has(c.code)).map((s) => s.id) })),
      })),
    })),
  };
}

export function coverageTable(report: CoverageReport): string {
  const rows = report.units.map((u) => {
    const all = u.elements.flatMap((e) => e.criteria);
    const covered = all.filter((c) => c.scenarios.length > 0).length;
    const scenarios = new Set(all.flatMap((c) => c.scenarios));
    return `${u.code.padEnd(4)} ${String(covered).padStart(3)}/${String(all.length).padEnd(3)} ${String(Math.round((covered / Math.max(1, all.length)) * 100)).padStart(3)}%  ${String(scenarios.size).padStart(2)} scenarios  ${u.title}`;
  });
  const all = report.units.flatMap((u) => u.elements.flatMap((e) => e.criteria));
  const covered = all.filter((c) => c.scenarios.length > 0).length;
  return ['unit  criteria assessed', ...rows, `all  ${covered}/${all.length} criteria assessed by at least one scenario`].join('\n');
}
