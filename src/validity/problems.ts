/** Validity findings placed in the scenario file, for `npm run scenarios -- check`. */
import { readFileSync } from 'node:fs';
import type { Problem } from '../scenario/problem.ts';
import type { Scenario } from '../scenario/schema.ts';
import { parseYaml } from '../scenario/yamlSource.ts';
import { scenarioValidity } from './report.ts';

export function validityProblems(scenario: Scenario, path: string): Problem[] {
  const { findings } = scenarioValidity(scenario);
  if (findings.length === 0) return [];
  const source = parseYaml(readFileSync(path, 'utf8'), path);
  return findings
    .map((f) => ({ path, ...source.locate(f.keys, f.onKey), message: f.message }))
    .sort((a, b) => a.line - b.line || a.col - b.col);
}
