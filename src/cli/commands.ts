/**
 * The `scenarios` commands, with their output passed in, so tests run them in
 * the process. Each file is checked on its own: a failure of the checker's own
 * on one file is that file's problem (at its first line) and the others are
 * still checked, so checking many files reports exactly what checking each
 * alone reports.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { formatProblem, internalError, type Problem } from '../scenario/check.ts';
import { STATE_LIMIT } from '../scenario/paths.ts';
import { scenarioSchema, type Scenario } from '../scenario/schema.ts';
import { libraryTable, scenarioTable } from '../validity/format.ts';
import { libraryValidity } from '../validity/report.ts';
import { validityProblems } from '../validity/problems.ts';
import { bundledScenarioFiles, checkFile } from './bundled.ts';
import { coverage, coverageTable } from './coverage.ts';
import { toDot } from './graphDot.ts';
import { simulate } from './simulate.ts';

export const USAGE = 'usage: npm run scenarios -- <check|validity|coverage|simulate|graph|schema> [--json] [--sets] [files...]';

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** Everything `check` says about one file: the checker's problems, then (for a sound scenario) validity's. */
export function checkOne(file: string): Problem[] {
  try {
    const r = checkFile(file);
    // Validity needs a sound scenario to play; a file with problems is reported for those first.
    return r.scenario ? validityProblems(r.scenario, file) : r.problems;
  } catch (err) {
    return [internalError(file, err)];
  }
}

function loadAll(files: string[], io: Output): { scenarios: { file: string; scenario: Scenario }[]; failed: number } {
  const scenarios: { file: string; scenario: Scenario }[] = [];
  let failed = 0;
  for (const file of files) {
    const r = checkFile(file);
    if (r.scenario) scenarios.push({ file, scenario: r.scenario });
    else {
      failed++;
      for (const p of r.problems) io.err(formatProblem(p));
    }
  }
  return { scenarios, failed };
}

/** Runs `work` for each sound scenario; one that fails is reported at its file and the rest go on. */
function eachScenario(files: string[], io: Output, work: (s: Scenario) => void): number {
  const { scenarios, failed } = loadAll(files, io);
  let broken = 0;
  for (const { file, scenario } of scenarios) {
    try {
      work(scenario);
    } catch (err) {
      broken++;
      io.err(formatProblem(internalError(file, err)));
    }
  }
  return failed + broken > 0 ? 1 : 0;
}

function printSimulation(s: Scenario, json: boolean, io: Output): void {
  const sum = simulate(s);
  if (json) return io.out(JSON.stringify(sum));
  const best = typeof sum.best === 'string' ? `none (${sum.best})` : `${sum.best.percent}% in ${sum.best.turns} turns → ${sum.best.ending}`;
  io.out(`${s.id} (${sum.nodes} nodes)\n  best:   ${best}\n  worst:  ${sum.worst.percent}% in ${sum.worst.turns} turns → ${sum.worst.ending}`);
  const turns = (t: number | null | 'limit') => (t === null ? 'UNREACHABLE' : t === 'limit' ? `not decided: the search stopped at ${STATE_LIMIT.toLocaleString('en-GB')} states` : `${t} turns`);
  for (const e of sum.endings) io.out(`  ending ${e.node} (${e.outcome}): ${turns(e.turns)}`);
  io.out(`  random x${sum.random.runs}: min ${sum.random.min}%, median ${sum.random.median}%, max ${sum.random.max}%; endings ${JSON.stringify(sum.random.endings)}`);
}

function validity(targets: string[], flags: string[], io: Output): number {
  const { scenarios, failed } = loadAll(targets, io);
  const report = libraryValidity(scenarios.map((s) => s.scenario));
  if (flags.includes('--json')) io.out(JSON.stringify(report, null, 2));
  else {
    for (const v of report.scenarios) io.out(`${scenarioTable(v, flags.includes('--sets'))}\n`);
    io.out(libraryTable(report));
    for (const f of report.findings) io.out(`library: ${f}`);
  }
  const located = report.scenarios.reduce((n, v) => n + v.findings.length, 0);
  return failed > 0 || located > 0 || report.findings.length > 0 ? 1 : 0;
}

/** Runs a command; gives the exit code (0 sound, 1 problems, 2 usage). */
export function runScenariosCli(argv: string[], io: Output): number {
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknownFlag = flags.find((f) => f !== '--json' && f !== '--sets');
  if (!command || unknownFlag) {
    io.err(unknownFlag ? `unknown option ${unknownFlag}\n${USAGE}` : USAGE);
    return 2;
  }
  const targets = files.length > 0 ? files : bundledScenarioFiles();
  switch (command) {
    case 'check': {
      let problems = 0;
      for (const f of targets) {
        const found = checkOne(f);
        problems += found.length;
        for (const p of found) io.out(formatProblem(p));
      }
      io.err(`${targets.length} scenario file(s) checked, ${problems} problem(s)`);
      return problems > 0 ? 1 : 0;
    }
    case 'validity':
      return validity(targets, flags, io);
    case 'coverage': {
      const { scenarios, failed } = loadAll(targets, io);
      const report = coverage(scenarios.map((s) => s.scenario));
      io.out(flags.includes('--json') ? JSON.stringify(report, null, 2) : coverageTable(report));
      return failed > 0 ? 1 : 0;
    }
    case 'simulate':
      return eachScenario(targets, io, (s) => printSimulation(s, flags.includes('--json'), io));
    case 'graph':
      return eachScenario(targets, io, (s) => io.out(toDot(s)));
    case 'schema': {
      const schema = z.toJSONSchema(scenarioSchema, { io: 'input' });
      writeFileSync('scenarios/scenario.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
      io.out('wrote scenarios/scenario.schema.json');
      return 0;
    }
    default:
      io.err(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}
