/**
 * How long the checker takes: every bundled scenario (as `npm run scenarios --
 * check` reads them), and a generated 1,000-node scenario serialised to YAML.
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
  /** Runs over the generated scenario (each takes seconds). */
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
  const generatedRuns = options.generatedRuns ?? 3;
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
    name: `check all ${files.length} bundled scenarios (median of ${runs})`,
    value: `${fmt(bundled)} ms`,
    goal: '< 1000 ms',
    ok: bundled < 1000,
    detail: `${problems} problems; first run ${fmt(bundledMs[0]!)} ms; slowest file ${slowest?.file} ${fmt(slowest?.ms ?? 0)} ms`,
  });

  const yaml = dialogueYaml(generateDialogue(nodes, 1));
  const name = `generated-${nodes}.yaml`;
  const genMs: number[] = [];
  let genProblems = 0;
  for (let r = 0; r < generatedRuns; r++) {
    const { ms, value } = timed(() => checkScenarioText(yaml, name));
    genMs.push(ms);
    genProblems = value.problems.length;
  }
  const generated = median(genMs);
  rows.push({
    name: `check generated ${nodes}-node scenario (median of ${generatedRuns})`,
    value: `${fmt(generated)} ms`,
    detail: `${genProblems === 0 ? 'passes' : `${genProblems} problems`}; ${(yaml.length / 1024).toFixed(0)} KiB YAML; runs ${genMs.map((x) => fmt(x)).join(', ')} ms`,
  });

  return {
    title: 'Checker',
    rows,
    json: {
      bundled: { files: files.length, medianMs: bundled, runsMs: bundledMs, problems },
      generated: { nodes, medianMs: generated, runsMs: genMs, problems: genProblems, yamlBytes: yaml.length },
    },
  };
}
