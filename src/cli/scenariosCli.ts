/**
 * npm run scenarios -- <command> [files...]
 *   check     validate scenarios; prints path:line:col: error: message; exit 0 sound, 1 problems, 2 usage
 *   validity  how blind strategies (longest option, random…) score and pass, and whether best options stand out by length
 *   coverage  which scenarios assess each criterion of A10–C8 (--json for the machine-readable form)
 *   simulate  best, worst, every ending and random playthroughs
 *   graph     the dialogue graph as Graphviz DOT
 *   schema    write scenarios/scenario.schema.json for editor autocompletion
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { formatProblem } from '../scenario/check.ts';
import { scenarioSchema, type Scenario } from '../scenario/schema.ts';
import { bundledScenarioFiles, checkFile } from './bundled.ts';
import { libraryTable, scenarioTable } from '../validity/format.ts';
import { libraryValidity } from '../validity/report.ts';
import { validityProblems } from '../validity/problems.ts';
import { coverage, coverageTable } from './coverage.ts';
import { simulate } from './simulate.ts';
import { toDot } from './graphDot.ts';

const USAGE = 'usage: npm run scenarios -- <check|validity|coverage|simulate|graph|schema> [--json] [--sets] [files...]';

function loadAll(files: string[]): { scenarios: Scenario[]; failed: number } {
  const scenarios: Scenario[] = [];
  let failed = 0;
  for (const f of files) {
    const r = checkFile(f);
    if (r.scenario) scenarios.push(r.scenario);
    else {
      failed++;
      for (const p of r.problems) console.error(formatProblem(p));
    }
  }
  return { scenarios, failed };
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const files = rest.filter((a) => !a.startsWith('--'));
  const unknownFlag = flags.find((f) => f !== '--json' && f !== '--sets');
  if (!command || unknownFlag) {
    console.error(unknownFlag ? `unknown option ${unknownFlag}\n${USAGE}` : USAGE);
    return 2;
  }
  const targets = files.length > 0 ? files : bundledScenarioFiles();
  switch (command) {
    case 'check': {
      let problems = 0;
      for (const f of targets) {
        const r = checkFile(f);
        // Validity needs a sound scenario to play; a file with problems is reported for those first.
        const all = r.scenario ? validityProblems(r.scenario, f) : r.problems;
        problems += all.length;
        for (const p of all) console.log(formatProblem(p));
      }
      console.error(`${targets.length} scenario file(s) checked, ${problems} problem(s)`);
      return problems > 0 ? 1 : 0;
    }
    case 'validity': {
      const { scenarios, failed } = loadAll(targets);
      const report = libraryValidity(scenarios);
      if (flags.includes('--json')) console.log(JSON.stringify(report, null, 2));
      else {
        for (const v of report.scenarios) console.log(`${scenarioTable(v, flags.includes('--sets'))}\n`);
        console.log(libraryTable(report));
        for (const f of report.findings) console.log(`library: ${f}`);
      }
      const located = report.scenarios.reduce((n, v) => n + v.findings.length, 0);
      return failed > 0 || located > 0 || report.findings.length > 0 ? 1 : 0;
    }
    case 'coverage': {
      const { scenarios, failed } = loadAll(targets);
      const report = coverage(scenarios);
      console.log(flags.includes('--json') ? JSON.stringify(report, null, 2) : coverageTable(report));
      return failed > 0 ? 1 : 0;
    }
    case 'simulate': {
      const { scenarios, failed } = loadAll(targets);
      for (const s of scenarios) {
        const sum = simulate(s);
        if (flags.includes('--json')) console.log(JSON.stringify(sum));
        else {
          const best = typeof sum.best === 'string' ? `none (${sum.best})` : `${sum.best.percent}% in ${sum.best.turns} turns → ${sum.best.ending}`;
          console.log(`${s.id} (${sum.nodes} nodes)\n  best:   ${best}\n  worst:  ${sum.worst.percent}% in ${sum.worst.turns} turns → ${sum.worst.ending}`);
          for (const e of sum.endings) console.log(`  ending ${e.node} (${e.outcome}): ${e.turns === null ? 'UNREACHABLE' : `${e.turns} turns`}`);
          console.log(`  random x${sum.random.runs}: min ${sum.random.min}%, median ${sum.random.median}%, max ${sum.random.max}%; endings ${JSON.stringify(sum.random.endings)}`);
        }
      }
      return failed > 0 ? 1 : 0;
    }
    case 'graph': {
      const { scenarios, failed } = loadAll(targets);
      for (const s of scenarios) console.log(toDot(s));
      return failed > 0 ? 1 : 0;
    }
    case 'schema': {
      const schema = z.toJSONSchema(scenarioSchema, { io: 'input' });
      writeFileSync('scenarios/scenario.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
      console.log('wrote scenarios/scenario.schema.json');
      return 0;
    }
    default:
      console.error(`unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // A bug of ours, not bad input: say so plainly, without a stack trace for the author.
  console.error(`rapport: internal error: ${(err as Error).message}`);
  process.exitCode = 3;
}
