/**
 * How long the checker takes: every bundled scenario (as `npm run scenarios --
 * check` reads them), and a generated 1,000-node scenario serialised to YAML,
 * written as authors write (the goal) and in block style with every default
 * spelled out (as this benchmark wrote it before). The validity check that
 * `check` runs after the checker on sound files (a thousand blind plays per
 * scenario) is separate and not in these figures.
 */
import { bundledScenarioFiles, checkFile } from '../src/cli/bundled.ts';
import { checkScenarioText } from '../src/scenario/check.ts';
import { dialogueYaml, generateDialogue } from './generateDialogue.ts';
import { fmt, median, type BenchRow, type BenchSection } from './measure.ts';

export interface CheckBenchOptions {
  /** Runs over the bundled scenarios; the median is reported. */
  runs?: number;
  /** Nodes in the generated scenario. */
  nodes?: number;
  /** Runs over the generated scenario, in each style. */
  generatedRuns?: number;
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export async function checkBench(options: CheckBenchOptions = {}): Promise<BenchSection> {
  const runs = options.runs ?? 5;
  const nodes = options.nodes ?? 1000;
  const generatedRuns = options.generatedRuns ?? 5;
  const rows: BenchRow[] = [];

  const files = bundledScenarioFiles();
  const bundledMs: number[] = [];
  let problems = 0;
  for (let r = 0; r < runs; r++) {
    const { ms, value } = timed(() => files.map((f) => checkFile(f).problems.length).reduce((a, b) => a + b, 0));
    bundledMs.push(ms);
    problems = value;
  }
  // Per file, from one more run, to show which scenario costs most.
  const perFile = files.map((f) => ({ file: f, ms: timed(() => checkFile(f)).ms }));
  const slowest = [...perFile].sort((a, b) => b.ms - a.ms)[0];
  const bundled = median(bundledMs);
  rows.push({
    name: `check all ${files.length} bundled scenarios (median of ${runs}; validity separate)`,
    value: `${fmt(bundled)} ms`,
    goal: '< 500 ms',
    ok: bundled < 500,
    detail: `${problems} problems; first run ${fmt(bundledMs[0]!)} ms; slowest file ${slowest?.file} ${fmt(slowest?.ms ?? 0)} ms; the validity check's blind plays are not in this figure`,
  });

  const scenario = generateDialogue(nodes, 1);
  const generated = (style: 'authored' | 'block') => {
    const yaml = dialogueYaml(scenario, style);
    const ms: number[] = [];
    let found = 0;
    for (let r = 0; r < generatedRuns; r++) {
      const run = timed(() => checkScenarioText(yaml, `generated-${nodes}.yaml`));
      ms.push(run.ms);
      found = run.value.problems.length;
    }
    return { medianMs: median(ms), runsMs: ms, problems: found, yamlBytes: yaml.length, lines: yaml.split('\n').length };
  };
  const authored = generated('authored');
  const block = generated('block');
  const describe = (g: typeof authored) => `${g.problems === 0 ? 'passes' : `${g.problems} problems`}; ${(g.yamlBytes / 1024).toFixed(0)} KiB, ${g.lines.toLocaleString('en-GB')} lines of YAML; runs ${g.runsMs.map((x) => fmt(x)).join(', ')} ms`;
  rows.push({
    name: `check a generated ${nodes}-node scenario, as authors write it (median of ${generatedRuns})`,
    value: `${fmt(authored.medianMs)} ms`,
    goal: '< 500 ms',
    ok: authored.medianMs < 500,
    detail: describe(authored),
  });
  rows.push({
    name: `the same scenario in block style, every default written (median of ${generatedRuns})`,
    value: `${fmt(block.medianMs)} ms`,
    detail: describe(block),
  });

  return {
    title: 'Checker',
    rows,
    json: {
      bundled: { files: files.length, medianMs: bundled, runsMs: bundledMs, problems },
      generated: { nodes, ...authored },
      generatedBlockStyle: { nodes, ...block },
    },
  };
}
