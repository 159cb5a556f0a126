/**
 * The app in headless Chromium, from a production build of its own:
 *
 * - initial JavaScript: every script the page (and its workers) requested
 *   before the first choice could be made, gzipped, beside the gzip of
 *   Phaser's prebuilt bundle (node_modules/phaser/dist/phaser.min.js);
 * - navigation to first choice: cold loads, each with a fresh profile, timed
 *   in the page from navigation start (by a MutationObserver installed before
 *   any script runs) until the first button in the group "Your response" is
 *   enabled: opening a practice link to a scenario (`?scenario=&mode=practice`,
 *   as a tutor shares one), and, for the detail, through the picker (click the
 *   first card, Start in the mode chooser), which adds the clicks' own time;
 * - frame time: requestAnimationFrame deltas collected in the page over ten
 *   seconds of the conversation scene while the learner reads (no input), and
 *   as a yardstick the same on a blank page that only clears a window-sized
 *   WebGL canvas each frame (what software WebGL on this machine manages);
 * - heap: after one and after ten played scenarios (first option each turn,
 *   to the debrief and back to the picker), measured over CDP after
 *   HeapProfiler.collectGarbage. The goal is on what the page keeps (a leak):
 *   the objects of a V8 heap snapshot, with compiled code counted apart,
 *   because V8 keeps compiling and optimising more of the app's functions as
 *   more of it runs, which grows the used heap (Runtime.getHeapUsage, also
 *   printed) for a while without anything being kept; DOM nodes, listeners and
 *   documents are printed beside it.
 *
 * Page code is passed as strings: tsx would otherwise wrap named functions in
 * a helper that does not exist in the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { buildAndServe, launchCold, type Served } from './browserServe.ts';
import { fmt, median, type BenchRow, type BenchSection } from './measure.ts';

export interface BrowserBenchOptions {
  /** Cold loads for the time to the first choice; the median is reported. */
  coldLoads?: number;
  /** Length of the frame-time window. */
  frameWindowMs?: number;
  /** Scenarios played for the heap measure (heap is read after the first and the last). */
  playedScenarios?: number;
}

const RESPONSES = 'Your response';

/** Installed before the app's scripts: notes when a scenario card appears and when the first response button is enabled. */
const MARKS_SCRIPT = `(() => {
  const marks = {};
  window.__benchMarks = marks;
  const check = () => {
    if (marks.card === undefined && document.querySelector('button.card')) marks.card = performance.now();
    if (marks.stage === undefined && document.querySelector('#game canvas')) marks.stage = performance.now();
    if (marks.choice === undefined) {
      const first = document.querySelector('[role="group"][aria-label="${RESPONSES}"] button');
      if (first && !first.disabled) marks.choice = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => `${fmt(bytes / 1024)} KB`;

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
}

/**
 * Clicks the scenario card at `index` and, when the app asks practice or
 * assessment first (the mode chooser), starts in the mode it offers by default.
 * Resolves once the conversation's first option is enabled; says whether a chooser was passed.
 */
async function startCard(page: Page, index: number): Promise<boolean> {
  await page.locator('button.card').nth(index).click();
  const state = await page.waitForFunction(
    `(() => {
      const first = document.querySelector('[role="group"][aria-label="${RESPONSES}"] button');
      if (first && !first.disabled) return 'choice';
      if (document.querySelector('.ending button')) return 'choice';
      if (document.querySelector('dialog.mode-chooser[open] button[type="submit"]')) return 'chooser';
      return false;
    })()`,
    undefined,
    { timeout: 30_000 },
  );
  if ((await state.jsonValue()) === 'choice') return false;
  await page.locator('dialog.mode-chooser[open] button[type="submit"]').click();
  await page.getByRole('group', { name: RESPONSES, exact: true }).getByRole('button').first().waitFor();
  return true;
}

/** The id of the scenario on the picker's first card. */
async function firstScenarioId(served: Served): Promise<string> {
  const browser = await launchCold();
  try {
    await browser.page.goto(served.url);
    await browser.page.locator('button.card').first().click();
    await browser.page.waitForFunction('/[?&]scenario=/.test(location.search) || !!document.querySelector("dialog.mode-chooser[open]")');
    const id = (await browser.page.evaluate('document.querySelector("dialog.mode-chooser[open]")?.dataset.scenario ?? new URLSearchParams(location.search).get("scenario")')) as string | null;
    if (!id) throw new Error('could not tell which scenario the first card opens');
    return id;
  } finally {
    await browser.close();
  }
}

interface ColdLoad {
  /** ms from navigation start to the first enabled response button. */
  choiceMs: number;
  /** ms from navigation start to the first scenario card. */
  cardMs: number;
  /** ms from navigation start to the Phaser stage's canvas. */
  stageMs: number | undefined;
  /** Paths of the scripts requested before the first choice was enabled. */
  scripts: string[];
  /** Paths of scripts requested only after it. */
  later: string[];
  /** Paths of the scenario data (JSON, not script) fetched before the first choice. */
  data: string[];
  /** Whether the app asked practice or assessment before starting. */
  chooser: boolean;
  errors: string[];
}

/** A cold load; with `link`, straight to that path (a practice link), else through the picker's first card. */
async function coldLoad(served: Served, link?: string): Promise<ColdLoad> {
  const browser = await launchCold();
  try {
    const { context, page } = browser;
    const requested: { path: string; at: number }[] = [];
    const fetched: { path: string; at: number }[] = [];
    // Context-wide, so scripts fetched by workers are seen too.
    context.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.resourceType() === 'script' || path.endsWith('.js')) requested.push({ path, at: Date.now() });
      else if (path.endsWith('.json')) fetched.push({ path, at: Date.now() });
    });
    await page.addInitScript({ content: MARKS_SCRIPT });
    page.setDefaultTimeout(30_000);
    await page.goto(served.url + (link ?? ''), { waitUntil: 'commit' });
    const chooser = link ? false : await startCard(page, 0);
    await page.waitForFunction('window.__benchMarks.choice !== undefined');
    // The stage's canvas, if it comes at all within a few seconds of the first choice (for the detail column).
    await page.waitForFunction('window.__benchMarks.stage !== undefined', undefined, { timeout: 10_000 }).catch(() => undefined);
    const marks = (await page.evaluate('({ ...window.__benchMarks, origin: performance.timeOrigin })')) as { card: number; choice: number; stage?: number; origin: number };
    const enabledAt = marks.origin + marks.choice;
    const unique = (xs: string[]) => [...new Set(xs)];
    return {
      choiceMs: marks.choice,
      cardMs: marks.card,
      stageMs: marks.stage,
      scripts: unique(requested.filter((r) => r.at <= enabledAt).map((r) => r.path)),
      later: unique(requested.filter((r) => r.at > enabledAt).map((r) => r.path)),
      data: unique(fetched.filter((r) => r.at <= enabledAt).map((r) => r.path)),
      chooser,
      errors: browser.errors,
    };
  } finally {
    await browser.close();
  }
}

/** Collects requestAnimationFrame deltas for `windowMs`; with `clear`, first puts a window-sized WebGL canvas on the page and clears it every frame. */
const rafDeltas = (windowMs: number, clear: boolean) => `new Promise((resolve) => {
  let gl;
  if (${clear}) {
    const c = document.createElement('canvas');
    c.width = innerWidth;
    c.height = innerHeight;
    c.style.cssText = 'position:fixed;inset:0';
    document.body.append(c);
    gl = c.getContext('webgl');
  }
  const deltas = [];
  let last;
  const end = performance.now() + ${windowMs};
  const frame = (now) => {
    if (gl) { gl.clearColor(0.1, 0.2, (now % 1000) / 1000, 1); gl.clear(gl.COLOR_BUFFER_BIT); }
    if (last !== undefined) deltas.push(now - last);
    last = now;
    if (now < end) requestAnimationFrame(frame); else resolve(deltas);
  };
  requestAnimationFrame(frame);
})`;

interface Frames {
  deltas: number[];
  /** The same window on a blank page that only clears a window-sized WebGL canvas each frame: what this machine manages at best. */
  bare: number[];
  renderer: string;
  errors: string[];
}

/** requestAnimationFrame deltas over `windowMs` of the first scenario's conversation, the learner reading (no input), then the bare-canvas yardstick. */
async function frameTimes(served: Served, windowMs: number): Promise<Frames> {
  const browser = await launchCold();
  try {
    const { page } = browser;
    page.setDefaultTimeout(30_000);
    await page.goto(served.url);
    await startCard(page, 0);
    // Let Phaser arrive and the stage settle before measuring.
    await page.waitForFunction('!!document.querySelector("#game canvas")', undefined, { timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(1500);
    const renderer = (await page.evaluate(`(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl && gl.getExtension('WEBGL_debug_renderer_info');
      const canvas = document.querySelector('#game canvas');
      // Asking for a 2D context answers null on a canvas that already has a WebGL one.
      const stage = canvas ? 'stage canvas ' + canvas.width + 'x' + canvas.height + (canvas.getContext('2d') ? ' drawn with Canvas 2D' : ' drawn with WebGL') : 'no stage canvas';
      return (info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl ? 'WebGL' : 'no WebGL') + '; ' + stage;
    })()`)) as string;
    const deltas = (await page.evaluate(rafDeltas(windowMs, false))) as number[];
    await page.goto('about:blank');
    const bare = (await page.evaluate(rafDeltas(windowMs, true))) as number[];
    return { deltas, bare, renderer, errors: browser.errors };
  } finally {
    await browser.close();
  }
}

/** Plays the scenario on card `index` by always taking the first option, then goes through the debrief back to the picker. */
async function playScenario(page: Page, index: number): Promise<number> {
  await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  await startCard(page, index);
  let turns = 0;
  for (;;) {
    // Either an enabled option or the ending; a customer's timer may have to run out first.
    const state = await page.waitForFunction(
      `(() => {
        const first = document.querySelector('[role="group"][aria-label="${RESPONSES}"] button');
        if (first && !first.disabled) return 'choice';
        if (document.querySelector('.ending button')) return 'ended';
        return false;
      })()`,
      undefined,
      { timeout: 120_000 },
    );
    if ((await state.jsonValue()) === 'ended') break;
    await page.getByRole('group', { name: RESPONSES, exact: true }).getByRole('button').first().click();
    turns++;
  }
  await page.getByRole('button', { name: 'See how you did' }).click();
  await page.getByRole('button', { name: 'Play another scenario' }).click();
  return turns;
}

/** The page's memory at one moment, after garbage collection. */
export interface HeapReading {
  /** V8's used heap, as Runtime.getHeapUsage gives it: objects and compiled code together. */
  used: number;
  /** Of the heap snapshot: V8's compiled code (bytecode, machine code, type feedback). */
  code: number;
  /** Of the heap snapshot: everything the page's JavaScript keeps that is not code (objects, strings, arrays, closures). */
  objects: number;
  /** Blink's counters: documents, DOM nodes and event listeners alive. */
  documents: number;
  nodes: number;
  listeners: number;
}

/** Bytes of a V8 heap snapshot's nodes by kind: compiled code, and everything else V8 holds for the page's script. */
export function snapshotSizes(snapshot: { snapshot: { meta: { node_fields: string[]; node_types: unknown[] } }; nodes: number[] }): { code: number; objects: number } {
  const { node_fields: fields, node_types: kinds } = snapshot.snapshot.meta;
  const types = kinds[0] as string[];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let code = 0;
  let objects = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]!];
    const size = snapshot.nodes[i + sizeAt]!;
    // Blink's own objects (native) live outside V8's heap; synthetic nodes are the snapshot's roots.
    if (type === 'code') code += size;
    else if (type !== 'native' && type !== 'synthetic') objects += size;
  }
  return { code, objects };
}

async function readHeap(cdp: CDPSession): Promise<HeapReading> {
  // Twice: objects freed by the first collection's finalisers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const chunks: string[] = [];
  const collect = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const sizes = snapshotSizes(JSON.parse(chunks.join('')));
  return { used: usedSize, ...sizes, documents: dom.documents, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

export async function heapAfterPlays(served: Served, plays: number): Promise<{ afterOne: HeapReading; afterAll: HeapReading; turns: number; scenarios: number; errors: string[] }> {
  const browser = await launchCold();
  try {
    const { context, page } = browser;
    page.setDefaultTimeout(30_000);
    const cdp = await context.newCDPSession(page);
    await page.goto(served.url);
    await page.locator('button.card').first().waitFor();
    const cards = await page.locator('button.card').count();
    let turns = 0;
    let afterOne: HeapReading | undefined;
    for (let i = 0; i < plays; i++) {
      turns += await playScenario(page, i % cards);
      if (i === 0) {
        await page.waitForTimeout(500);
        afterOne = await readHeap(cdp);
      }
    }
    await page.waitForTimeout(500);
    const afterAll = await readHeap(cdp);
    return { afterOne: afterOne!, afterAll, turns, scenarios: cards, errors: browser.errors };
  } finally {
    await browser.close();
  }
}

export async function browserBench(options: BrowserBenchOptions = {}): Promise<BenchSection> {
  const loads = options.coldLoads ?? 7;
  const windowMs = options.frameWindowMs ?? 10_000;
  const plays = options.playedScenarios ?? 10;
  const rows: BenchRow[] = [];
  const served = await buildAndServe();
  try {
    // The scenario the picker shows first, so both ways in open the same conversation.
    const first = await firstScenarioId(served);
    const link = `?scenario=${encodeURIComponent(first)}&mode=practice`;
    const cold: ColdLoad[] = [];
    const viaPicker: ColdLoad[] = [];
    for (let i = 0; i < loads; i++) {
      cold.push(await coldLoad(served, link));
      if (i < Math.ceil(loads / 2)) viaPicker.push(await coldLoad(served));
    }

    // Initial JavaScript: the scripts the first cold load requested before its first choice.
    const phaserGzip = gzipBytes(join('node_modules', 'phaser', 'dist', 'phaser.min.js'));
    const scripts = cold[0]!.scripts;
    const sized = scripts.map((path) => ({ path, gzip: gzipBytes(join(served.outDir, decodeURIComponent(path))) }));
    const initial = sized.reduce((sum, s) => sum + s.gzip, 0);
    // Scripts the same load fetched after the first choice (the stage, once the conversation is up), for the whole picture.
    const later = cold[0]!.later.map((path) => ({ path, gzip: gzipBytes(join(served.outDir, decodeURIComponent(path))) }));
    const withLater = initial + later.reduce((sum, s) => sum + s.gzip, 0);
    // The scenario's own data, fetched (as JSON, not script) before the first choice: counted apart from the budget for script.
    const data = cold[0]!.data.map((path) => ({ path, gzip: gzipBytes(join(served.outDir, decodeURIComponent(path))) }));
    const ratio = initial / phaserGzip;
    const sameEveryLoad = cold.every((c) => c.scripts.length === scripts.length && c.scripts.every((s) => scripts.includes(s)));
    rows.push({
      name: 'initial JavaScript (gzip), before the first choice',
      value: kb(initial),
      goal: `<= 1.15 x Phaser (${kb(phaserGzip * 1.15)})`,
      ok: ratio <= 1.15,
      detail: `${fmt(ratio)} x phaser.min.js gzip ${kb(phaserGzip)}; ${sized.map((s) => `${s.path.replace(/^.*\//, '')} ${kb(s.gzip)}`).join(', ')}${sameEveryLoad ? '' : ' (other loads requested other scripts)'}${later.length ? `; after the first choice: ${later.map((s) => `${s.path.replace(/^.*\//, '')} ${kb(s.gzip)}`).join(', ')} (all together ${kb(withLater)}, ${fmt(withLater / phaserGzip)} x)` : ''}${data.length ? `; scenario data fetched before it: ${data.map((s) => `${s.path.replace(/^.*\//, '')} ${kb(s.gzip)}`).join(', ')}` : ''}`,
    });

    const choiceMs = median(cold.map((c) => c.choiceMs));
    const cardMs = median(viaPicker.map((c) => c.cardMs));
    const stageMs = median(cold.map((c) => c.stageMs ?? Number.NaN).filter(Number.isFinite));
    const pickerMs = median(viaPicker.map((c) => c.choiceMs));
    rows.push({
      name: `navigation to first choice (median of ${loads} cold loads)`,
      value: `${fmt(choiceMs)} ms`,
      goal: '< 1000 ms',
      ok: choiceMs < 1000,
      detail: `practice link ${link}; loads ${cold.map((c) => fmt(c.choiceMs)).join(', ')} ms; stage canvas at ${fmt(stageMs)} ms; through the picker (first card shown at ${fmt(cardMs)} ms, then card and Start clicked by the test): median ${fmt(pickerMs)} ms of ${viaPicker.length}`,
    });

    const frames = await frameTimes(served, windowMs);
    const p95 = percentile(frames.deltas, 95);
    const bareP95 = percentile(frames.bare, 95);
    rows.push({
      name: `frame time p95 over ${fmt(windowMs / 1000)} s of the conversation`,
      value: `${fmt(p95)} ms`,
      goal: '<= 17 ms',
      ok: p95 <= 17,
      detail: `${frames.deltas.length} frames, median ${fmt(median(frames.deltas))} ms, max ${fmt(Math.max(...frames.deltas))} ms; yardstick, a blank page clearing a window-sized WebGL canvas: p95 ${fmt(bareP95)} ms; WebGL here: ${frames.renderer}`,
    });

    const heap = await heapAfterPlays(served, plays);
    const grew = (pick: (h: HeapReading) => number) => ((pick(heap.afterAll) - pick(heap.afterOne)) / pick(heap.afterOne)) * 100;
    const mb = (bytes: number) => `${fmt(bytes / 2 ** 20)} MB`;
    const growth = grew((h) => h.objects);
    rows.push({
      name: `heap growth, 1 to ${plays} played scenarios (what the page keeps)`,
      value: `${fmt(growth)} %`,
      goal: '< 10 %',
      ok: growth < 10,
      detail: `objects after 1: ${mb(heap.afterOne.objects)}, after ${plays}: ${mb(heap.afterAll.objects)} (V8 heap snapshot after GC, compiled code apart); ${heap.turns} turns over ${Math.min(plays, heap.scenarios)} different scenarios; DOM nodes ${heap.afterOne.nodes} -> ${heap.afterAll.nodes}, listeners ${heap.afterOne.listeners} -> ${heap.afterAll.listeners}, documents ${heap.afterOne.documents} -> ${heap.afterAll.documents}`,
    });
    rows.push({
      name: `whole used JS heap, 1 to ${plays} played scenarios`,
      value: `${fmt(grew((h) => h.used))} %`,
      detail: `${mb(heap.afterOne.used)} -> ${mb(heap.afterAll.used)} (Runtime.getHeapUsage after GC), of which V8's compiled code ${mb(heap.afterOne.code)} -> ${mb(heap.afterAll.code)} (+${fmt(grew((h) => h.code))} %): V8 compiles and optimises more of the app's functions as more of it runs, and this levels off`,
    });

    const errors = [...new Set([...cold.flatMap((c) => c.errors), ...viaPicker.flatMap((c) => c.errors), ...frames.errors, ...heap.errors])];
    if (errors.length > 0) rows.push({ name: 'page errors', value: String(errors.length), detail: errors.slice(0, 3).join(' | ') });

    return {
      title: 'Browser (production build, headless Chromium)',
      rows,
      json: {
        phaserGzipBytes: phaserGzip,
        initialGzipBytes: initial,
        initialScripts: sized,
        initialRatio: ratio,
        laterScripts: later,
        scenarioData: data,
        withLaterGzipBytes: withLater,
        firstChoiceMs: choiceMs,
        firstChoiceLoadsMs: cold.map((c) => c.choiceMs),
        firstCardMs: cardMs,
        firstChoiceViaPickerMs: pickerMs,
        practiceLink: link,
        stageCanvasMs: stageMs,
        frameP95Ms: p95,
        frameMedianMs: median(frames.deltas),
        bareCanvasFrameP95Ms: bareP95,
        frames: frames.deltas.length,
        renderer: frames.renderer,
        heapAfterOne: heap.afterOne,
        heapAfterAll: heap.afterAll,
        heapGrowthPercent: growth,
        usedHeapGrowthPercent: grew((h) => h.used),
        pageErrors: errors,
      },
    };
  } finally {
    await served.close();
  }
}
