/**
 * The tutor's class view: load a class's transcripts (files, a folder, the
 * attempt-history export, the Learning Record Store set in Settings), each
 * replayed before it is counted, and see the figures. What is loaded stays
 * when more is loaded, and when the page is rebuilt in another language.
 */
import { criteriaCited } from '../../engine/scoring.ts';
import type { LrsConfig } from '../../export/lrsQueue.ts';
import { el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import type { ScenarioRegistry } from '../../review/scenarioRegistry.ts';
import { classFigures } from '../classFigures.ts';
import type { Counted, SetApart } from '../countedAttempts.ts';
import { expandHistoryExports } from '../historyExport.ts';
import { attemptsFromLrs, LrsQueryError, type GetLike } from '../lrsQuery.ts';
import type { PracticeScenario } from '../nextPractice.ts';
import { openAttempts, type NamedText } from '../openAttempts.ts';
import type { PathedFile } from './droppedFiles.ts';
import { figuresView, setApartView } from './figuresView.ts';
import { LRS_PREFIX } from './format.ts';
import { loadControls } from './loadControls.ts';
import { readTexts } from './readTexts.ts';

export interface ClassSources {
  registry: ScenarioRegistry;
  /** Every scenario of the library, for next practice. */
  libraryIds: readonly string[];
  lrs?: { config: LrsConfig; get: GetLike };
}

export interface ClassState {
  counted: Counted[];
  setApart: SetApart[];
  lrsWithout: number;
  /** The library for next practice, once fetched: kept so a page rebuilt in another language still suggests. */
  library?: PracticeScenario[];
}

export interface ClassPage {
  root: HTMLElement;
  loadFiles(files: PathedFile[]): Promise<void>;
  loadLrs(): Promise<void>;
  state(): ClassState;
}

export function classPage(sources: ClassSources, header: HTMLElement, restore?: ClassState): ClassPage {
  const state: ClassState = restore ?? { counted: [], setApart: [], lrsWithout: 0 };
  let partial: PracticeScenario[] = [];
  const status = el('p', { class: 'load-status', role: 'status' });
  const problem = el('p', { class: 'problem', role: 'alert' });
  const figuresSlot = el('div', { class: 'figures-slot', id: 'figures', tabindex: '-1' });
  const main = el('main', { id: 'main', tabindex: '-1' });

  /** The library is fetched once, for next practice; without it the figures still show. */
  async function libraryOnce(): Promise<PracticeScenario[]> {
    if (state.library) return state.library;
    const failed = await sources.registry.prepare(sources.libraryIds);
    if (failed.length) problem.textContent = t('class.libraryUnavailable', { message: failed[0]!.message });
    const here = sources.libraryIds.flatMap((id) => sources.registry.versions(id).slice(-1).map((v) => ({ id, title: v.scenario.title, criteria: criteriaCited(v.scenario) })));
    if (failed.length) partial = here;
    else state.library = here;
    return here;
  }

  function render(): void {
    const [summary, ...rest] = figuresView(classFigures(state.counted, state.library ?? partial));
    const apart = setApartView(state.setApart, state.lrsWithout);
    figuresSlot.replaceChildren(summary!, ...(apart ? [apart] : []), ...rest);
  }

  async function take(items: NamedText[], apart: SetApart[], library: Promise<unknown> = libraryOnce()): Promise<void> {
    main.setAttribute('aria-busy', 'true');
    status.textContent = t('class.reading', { count: items.length + apart.length });
    try {
      await library;
      // Marks for `npm run bench -- browser-class`, which reports where the time goes.
      performance.mark('class:library');
      const sorted = await openAttempts(items, sources.registry, state.counted);
      performance.mark('class:replayed');
      const added = sorted.counted.length - state.counted.length;
      state.counted = sorted.counted;
      state.setApart.push(...apart, ...sorted.setApart);
      render();
      performance.mark('class:built');
      status.textContent = t('class.loaded', { count: items.length + apart.length, counted: added, apart: apart.length + sorted.setApart.length });
    } finally {
      main.removeAttribute('aria-busy');
    }
  }

  async function loadFiles(files: PathedFile[]): Promise<void> {
    problem.textContent = '';
    // The library (for next practice) is fetched while the files are read.
    const library = libraryOnce();
    const read = await readTexts(files);
    performance.mark('class:read');
    const { items, setApart } = expandHistoryExports(read.items);
    await take(items, [...read.setApart, ...setApart], library);
  }

  async function loadLrs(): Promise<void> {
    if (!sources.lrs) return;
    problem.textContent = '';
    status.textContent = t('class.lrsLoading');
    try {
      const { items, withoutTranscript } = await attemptsFromLrs(sources.lrs.config, sources.lrs.get);
      state.lrsWithout = Math.max(state.lrsWithout, withoutTranscript);
      await take(items.map((i) => ({ source: `${LRS_PREFIX}${i.source}`, text: i.text })), []);
    } catch (err) {
      if (!(err instanceof LrsQueryError)) throw err;
      status.textContent = '';
      problem.textContent = err.status === 401 || err.status === 403 ? t('class.lrsRefused') : t('class.lrsFailed', { message: err.message });
    }
  }

  function startAgain(): void {
    Object.assign(state, { counted: [], setApart: [], lrsWithout: 0 });
    render();
    status.textContent = t('class.started');
  }

  const lrs = sources.lrs ? { endpoint: sources.lrs.config.endpoint, load: loadLrs } : undefined;
  main.append(
    el('section', { class: 'load', 'aria-labelledby': 'load-title' }, el('h2', { id: 'load-title' }, t('class.load')), loadControls({ files: loadFiles, ...(lrs ? { lrs } : {}), startAgain }), status, problem),
    figuresSlot,
  );
  render();
  // Rebuilt (in another language) before the library arrived: suggest once it has.
  if (state.counted.length && !state.library) void libraryOnce().then(render);
  return { root: el('div', { class: 'class-page' }, header, main), loadFiles, loadLrs, state: () => state };
}
