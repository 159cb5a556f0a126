/**
 * The assessor's page: open transcript files (picker or drag and drop), see
 * each one's verification, review one at a time, and the evidence matrix
 * across a learner's transcripts. Files are read locally and shown as text
 * only; a file that cannot be used is listed with the reason, and whatever
 * was opened before stays open.
 */
import { el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { printReport } from '../../web/report/printReport.ts';
import { reportLabels, reportLanguage } from '../../web/report/reportLabels.ts';
import type { ScenarioRegistry } from '../scenarioRegistry.ts';
import { turnAnchor, type Entry } from './entry.ts';
import { fileListItems } from './fileList.ts';
import { fileOpener } from './fileOpener.ts';
import { isReviewable } from './findingText.ts';
import { matrixView } from './matrixView.ts';
import { readFiles } from './readFiles.ts';
import { recordView } from './recordView.ts';
import { formatDateTime } from '../../web/dates.ts';

export interface ReviewPage {
  root: HTMLElement;
  /** Opens files as the picker or a drop gives them; resolves when they are all shown. */
  openFiles(files: readonly File[]): Promise<void>;
  /** What is open, so the page can be rebuilt (in another language) without losing any of it. */
  state(): PageState;
}

export interface PageState {
  entries: Entry[];
  selected?: string | undefined;
  learner?: string | undefined;
}

/** The printed record of an entry: verified by replay (as found today) and, for an assessment, the assessor's review. */
function print(entry: Entry): void {
  const tr = entry.record.transcript!;
  const verification = entry.record.finding.kind === 'verified' ? t('review.verificationLine', { turns: entry.record.finding.turns, date: formatDateTime(new Date().toISOString()) }) : undefined;
  printReport(window, tr, {
    labels: reportLabels(),
    ...reportLanguage(),
    ...(verification ? { verification } : {}),
    // Only an assessment carries the assessor's review into print; a practice record never shows a sign-off.
    ...(isReviewable(entry.record) ? { review: entry.review } : {}),
  });
}

/**
 * `restore` is shared, not copied: files still being read when the page is
 * rebuilt (in another language) land in it, and `onStale` asks for the
 * rebuilt page to be drawn again once they have.
 */
export function reviewPage(registry: ScenarioRegistry, header: HTMLElement, restore?: PageState, onStale?: () => void): ReviewPage {
  const state: PageState = restore ?? { entries: [] };
  const entries = state.entries;
  let counter = entries.length;
  const status = el('p', { class: 'open-status', role: 'status' });
  const problems = el('div', { class: 'open-problems', role: 'alert' });
  const fileList = el('ul', { class: 'files' });
  const recordSlot = el('div', { class: 'record-slot' });
  const matrixSlot = el('div', { class: 'matrix-slot' });

  const renderMatrix = (): void => {
    const onLearner = (l: string) => {
      state.learner = l;
      renderMatrix();
      matrixSlot.querySelector<HTMLSelectElement>('select')?.focus();
    };
    matrixSlot.replaceChildren(matrixView(entries, state.learner, { goToTurn: (id, turn) => showRecord(id, turn), onLearner }));
  };
  const renderList = () => fileList.replaceChildren(...fileListItems(entries, state.selected, (id) => showRecord(id)));
  const mountRecord = (entry: Entry) => recordSlot.replaceChildren(recordView(entry, { onReviewChange: () => renderMatrix(), onPrint: print }));

  function showRecord(id: string, turn?: number): void {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return;
    state.selected = id;
    mountRecord(entry);
    renderList();
    const target = document.getElementById(turn !== undefined ? turnAnchor(id, turn) : `${id}-title`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  async function openFiles(files: readonly File[]): Promise<void> {
    const { opened, refused } = await readFiles(files, registry, () => `rec-${++counter}`);
    entries.push(...opened);
    if (!root.isConnected && onStale) {
      // The page was rebuilt while these files were read: the new one shows them.
      if (opened.length === 1) state.selected = opened[0]!.id;
      onStale();
      return;
    }
    status.textContent = t('review.opened', { count: opened.length });
    problems.replaceChildren(...(refused.length ? [el('ul', {}, ...refused.map((r) => el('li', {}, r)))] : []));
    renderList();
    renderMatrix();
    // With one file opened, go straight to it; with several, the list shows what each is.
    if (opened.length === 1) showRecord(opened[0]!.id);
  }

  const root = el(
    'div',
    { class: 'review-page' },
    header,
    el(
      'main',
      { id: 'main', tabindex: '-1' },
      el('h1', { id: 'review-title' }, t('review.title')),
      el('p', { class: 'lede' }, t('review.lede')),
      el(
        'div',
        { class: 'intake' },
        el('section', { class: 'open', 'aria-labelledby': 'open-title' }, el('h2', { id: 'open-title' }, t('review.open')), fileOpener(openFiles), status, problems),
        el('section', { class: 'opened', 'aria-labelledby': 'files-title' }, el('h2', { id: 'files-title' }, t('review.files')), fileList),
      ),
      recordSlot,
      matrixSlot,
    ),
  );
  renderList();
  renderMatrix();
  const shown = entries.find((e) => e.id === state.selected);
  if (shown) mountRecord(shown);
  return { root, openFiles, state: () => state };
}
