/**
 * The class view with 500 transcripts, in headless Chromium from a production
 * build: the transcripts are made by playing every bundled scenario through
 * the engine (each learner their own way through, a third in practice), as the
 * test helpers do, and handed to the page's file picker at once. Timed in the
 * page, from the picker's change event until the figures are on the page and
 * a frame has been drawn with them: reading, replaying each one, the library
 * fetched for next practice, the figures, every scenario's heat map and table.
 * Each load is cold (a fresh profile), so the library's fetch is counted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transcriptJson } from '../src/export/transcriptJson.ts';
import { bundled } from '../test/support/scenarios.ts';
import { playRandom, seededPick } from '../test/support/play.ts';
import { buildAndServe, launchCold, type Served } from './browserServe.ts';
import { fmt, median, type BenchRow, type BenchSection } from './measure.ts';

export interface ClassBenchOptions {
  transcripts?: number;
  loads?: number;
}

/** Installed before the page's scripts: when files are handed over, and the first frame after the class's figures appear. */
const MARKS_SCRIPT = `(() => {
  const marks = {};
  window.__classMarks = marks;
  document.addEventListener('change', () => { marks.start = performance.now(); }, true);
  new MutationObserver(() => {
    const summary = document.querySelector('.summary');
    if (marks.start !== undefined && marks.figures === undefined && summary && summary.textContent.startsWith('Counted')) {
      marks.figures = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => { marks.drawn = performance.now(); }));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

function writeClass(count: number): { dir: string; files: string[]; scenarios: number } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-class-bench-'));
  const scenarios = bundled().map((b) => b.scenario);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const scenario = scenarios[i % scenarios.length]!;
    const t = playRandom(scenario, seededPick(i + 1), { learner: `Learner ${(i % 40) + 1}`, mode: i % 3 === 2 ? 'practice' : 'assessment', seed: i + 1, start: Date.UTC(2026, 0, 1) + i * 3_600_000 });
    const path = join(dir, `attempt-${i + 1}.json`);
    writeFileSync(path, transcriptJson(t));
    files.push(path);
  }
  return { dir, files, scenarios: scenarios.length };
}

async function oneLoad(served: Served, files: string[]): Promise<{ phases: Record<string, number>; figuresMs: number; drawnMs: number; summary: string; sections: number; errors: string[] }> {
  const browser = await launchCold();
  try {
    const { page } = browser;
    page.setDefaultTimeout(120_000);
    await page.addInitScript({ content: MARKS_SCRIPT });
    await page.goto(`${served.url}class.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('input[type="file"][multiple]:not([webkitdirectory])').setInputFiles(files);
    await page.waitForFunction('window.__classMarks.drawn !== undefined');
    const marks = (await page.evaluate('window.__classMarks')) as { start: number; figures: number; drawn: number };
    const phases = (await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('class:')).map((m) => [m.name.slice(6), m.startTime]))`)) as Record<string, number>;
    return {
      phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, v - marks.start])),
      figuresMs: marks.figures - marks.start,
      drawnMs: marks.drawn - marks.start,
      summary: (await page.locator('.summary').textContent()) ?? '',
      sections: await page.locator('section.scenario svg.heat-map').count(),
      errors: browser.errors,
    };
  } finally {
    await browser.close();
  }
}

export async function classBench(options: ClassBenchOptions = {}): Promise<BenchSection> {
  const count = options.transcripts ?? 500;
  const loads = options.loads ?? 3;
  const made = writeClass(count);
  const served = await buildAndServe();
  try {
    const runs = [];
    for (let i = 0; i < loads; i++) runs.push(await oneLoad(served, made.files));
    const drawn = median(runs.map((r) => r.drawnMs));
    const rows: BenchRow[] = [
      {
        name: `class view: ${count} transcripts loaded, verified and drawn (median of ${loads} cold loads)`,
        value: `${fmt(drawn)} ms`,
        goal: '< 2000 ms',
        ok: drawn < 2000,
        detail: `loads ${runs.map((r) => fmt(r.drawnMs)).join(', ')} ms (first load: ${Object.entries(runs[0]!.phases).map(([k, v]) => `${k} at ${fmt(v)}`).join(', ')}, figures on the page at ${fmt(runs[0]!.figuresMs)} ms); ${runs[0]!.sections} heat maps over ${made.scenarios} scenarios; "${runs[0]!.summary}"`,
      },
    ];
    const errors = [...new Set(runs.flatMap((r) => r.errors))];
    if (errors.length > 0) rows.push({ name: 'page errors', value: String(errors.length), detail: errors.slice(0, 3).join(' | ') });
    return { title: 'Class view (production build, headless Chromium)', rows, json: { transcripts: count, drawnMs: drawn, loadsMs: runs.map((r) => r.drawnMs), figuresMs: runs.map((r) => r.figuresMs), phasesMs: runs.map((r) => r.phases), heatMaps: runs[0]!.sections, pageErrors: errors } };
  } finally {
    await served.close();
    rmSync(made.dir, { recursive: true, force: true });
  }
}
