/**
 * The whole check of one scenario file: syntax and shape (load.ts), then
 * meaning: criteria and units, conditions, graph, ways out, full marks and
 * every ending reachable. Never throws for bad input: every problem comes back
 * located in the file.
 */
import { findCriterion, findUnit, unitOf } from '../standards/catalogue.ts';
import { parseConditions } from './conditions.ts';
import { exitFindings } from './exitChecks.ts';
import { graphFindings, type Finding } from './graphChecks.ts';
import { loadScenarioText } from './load.ts';
import { lookFindings, presentFindings } from './lookChecks.ts';
import { fullMarksFindings } from './fullMarksChecks.ts';
import { ScenarioSpace } from './paths.ts';
import { routeLoopFindings } from './routeLoops.ts';
import { isLimitFinding, reachFindings } from './reachChecks.ts';
import type { Problem } from './problem.ts';
import type { Scenario } from './schema.ts';
import type { YamlSource } from './yamlSource.ts';

export { formatProblem, type Problem } from './problem.ts';

export interface CheckResult {
  scenario?: Scenario;
  hash?: string;
  problems: Problem[];
}

function referenceFindings(scenario: Scenario, fileStem?: string): Finding[] {
  const findings: Finding[] = [];
  if (fileStem !== undefined && fileStem !== scenario.id) findings.push({ keys: ['id'], message: `id "${scenario.id}" should match the file name "${fileStem}"` });
  scenario.units.forEach((u, i) => {
    if (!findUnit(u)) findings.push({ keys: ['units', i], message: `unknown unit "${u}" (units A10 to C8)` });
  });
  const listed = new Set(scenario.units.map((u) => u.toUpperCase()));
  const check = (criterion: string, keys: Finding['keys']) => {
    if (!findCriterion(criterion)) findings.push({ keys, message: `unknown criterion "${criterion}" (not a performance criterion of units A10 to C8)` });
    else if (!listed.has(unitOf(criterion))) findings.push({ keys, message: `criterion "${criterion}" belongs to unit ${unitOf(criterion)}, which is not listed in "units"` });
  };
  for (const [id, node] of Object.entries(scenario.nodes)) {
    node.choices.forEach((c, i) => {
      c.evidence.forEach((e, j) => check(e.criterion, ['nodes', id, 'choices', i, 'evidence', j, 'criterion']));
      for (const meter of Object.keys(c.effects)) {
        if (!Object.hasOwn(scenario.meters, meter)) findings.push({ keys: ['nodes', id, 'choices', i, 'effects', meter], onKey: true, message: `unknown meter "${meter}" in effects` });
      }
    });
    node.after?.evidence.forEach((e, j) => check(e.criterion, ['nodes', id, 'after', 'evidence', j, 'criterion']));
    for (const meter of Object.keys(node.after?.effects ?? {})) {
      if (!Object.hasOwn(scenario.meters, meter)) findings.push({ keys: ['nodes', id, 'after', 'effects', meter], onKey: true, message: `unknown meter "${meter}" in effects` });
    }
  }
  for (const [name, m] of Object.entries(scenario.meters)) {
    if (m.min >= m.max) findings.push({ keys: ['meters', name], message: `meter "${name}" needs min below max` });
    else if (m.start < m.min || m.start > m.max) findings.push({ keys: ['meters', name, 'start'], message: `meter "${name}" starts at ${m.start}, outside ${m.min}..${m.max}` });
  }
  scenario.pass.critical.forEach((c, i) => check(c, ['pass', 'critical', i]));
  findings.push(...lookFindings(scenario), ...presentFindings(scenario));
  return findings;
}

function behaviourFindings(scenario: Scenario): Finding[] {
  const space = new ScenarioSpace(scenario);
  const reach = reachFindings(scenario, space);
  // One search out of room is enough to say so; a second saying the same adds nothing.
  const stopped = reach.some(isLimitFinding);
  return [...reach, ...fullMarksFindings(scenario, space).filter((f) => !(stopped && isLimitFinding(f)))];
}

function toProblems(source: YamlSource, findings: Finding[]): Problem[] {
  return findings.map((f) => ({ path: source.path, ...source.locate(f.keys, f.onKey), message: f.message }));
}

/**
 * Checks one scenario file. Bad input never throws; should the checker itself fail on some file, that is
 * reported as the file's problem, so a caller checking many files goes on to the next.
 */
export function checkScenarioText(text: string, path: string): CheckResult {
  try {
    return checkUnguarded(text, path);
  } catch (err) {
    return { problems: [internalError(path, err)] };
  }
}

/** A failure of the checker's own, as a problem of the file it was checking (its first line). */
export function internalError(path: string, err: unknown): Problem {
  const reason = err instanceof Error ? err.message : String(err);
  return { path, line: 1, col: 1, message: `internal error while checking this file: ${reason}` };
}

function checkUnguarded(text: string, path: string): CheckResult {
  const loaded = loadScenarioText(text, path);
  if (!loaded.ok) return { problems: loaded.problems };
  const { scenario } = loaded;
  // The file's positions are read only to place a problem (a sound file never needs them).
  const place = (findings: Finding[]) => (findings.length === 0 ? [] : toProblems(loaded.source, findings));
  const stem = path.split(/[\\/]/).pop()?.replace(/\.ya?ml$/i, '');
  const problems: Problem[] = place(referenceFindings(scenario, stem));
  const { errors } = parseConditions(scenario);
  for (const e of errors) problems.push({ path, ...loaded.source.locateInside(e.keys, e.offset), message: e.message });
  const graph = graphFindings(scenario);
  problems.push(...place(graph));
  if (errors.length === 0 && graph.length === 0) {
    problems.push(...place([...exitFindings(scenario), ...routeLoopFindings(scenario)]));
    if (problems.length === 0) problems.push(...place(behaviourFindings(scenario)));
  }
  problems.sort((a, b) => a.line - b.line || a.col - b.col);
  if (problems.length > 0) return { problems };
  return {
    scenario,
    get hash() {
      return loaded.hash;
    },
    problems,
  };
}
