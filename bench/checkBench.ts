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

/**
 * Wall time, the figure the goals are set in, and the process's CPU time beside it: on a machine shared with
 * other work the wall time grows with the load while the CPU time stays near what the checker itself costs
 * (it includes the collector's helper threads, so it can exceed the wall time on an idle machine).
 */
function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, value };
}

export async function checkBench(options: CheckBenchOptions = {}): Promise<BenchSection> {
  const runs = options.runs ?? 5;
  const nodes = options.nodes ?? 1000;
  const generatedRuns = options.generatedRuns ?? 5;
  const rows: BenchRow[] = [];

  const files = bundledScenarioFiles();
  const bundledMs: number[] = [];
  const bundledCpuMs: number[] = [];
  let problems = 0;
  for (let r = 0; r < runs; r++) {
    const { ms, cpuMs, value } = timed(() => files.map((f) => checkFile(f).problems.length).reduce((a, b) => a + b, 0));
    bundledMs.push(ms);
    bundledCpuMs.push(cpuMs);
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
    detail: `${problems} problems; CPU time ${fmt(median(bundledCpuMs))} ms (median); first run ${fmt(bundledMs[0]!)} ms; slowest file ${slowest?.file} ${fmt(slowest?.ms ?? 0)} ms; the validity check's blind plays are not in this figure`,
  });

  const scenario = generateDialogue(nodes, 1);
  const generated = (style: 'authored' | 'block') => {
    const yaml = dialogueYaml(scenario, style);
    const ms: number[] = [];
    const cpuMs: number[] = [];
    let found = 0;
    for (let r = 0; r < generatedRuns; r++) {
      const run = timed(() => checkScenarioText(yaml, `generated-${nodes}.yaml`));
      ms.push(run.ms);
      cpuMs.push(run.cpuMs);
      found = run.value.problems.length;
    }
    return { medianMs: median(ms), runsMs: ms, medianCpuMs: median(cpuMs), problems: found, yamlBytes: yaml.length, lines: yaml.split('\n').length };
  };
  const authored = generated('authored');
  const block = generated('block');
  const describe = (g: typeof authored) => `${g.problems === 0 ? 'passes' : `${g.problems} problems`}; ${(g.yamlBytes / 1024).toFixed(0)} KiB, ${g.lines.toLocaleString('en-GB')} lines of YAML; runs ${g.runsMs.map((x) => fmt(x)).join(', ')} ms; CPU time ${fmt(g.medianCpuMs)} ms (median)`;
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
      bundled: { files: files.length, medianMs: bundled, runsMs: bundledMs, medianCpuMs: median(bundledCpuMs), problems },
      generated: { nodes, ...authored },
      generatedBlockStyle: { nodes, ...block },
    },
  };
}
