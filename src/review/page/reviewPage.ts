/**
 * The assessor's page: open transcript files (picker or drag and drop), see
 * each one's verification, review one at a time, and the evidence matrix
 * across a learner's transcripts. Files are read locally and shown as text
 * only; a file that cannot be used is listed with the reason, and whatever
 * was opened before stays open.
 */
import { printReport } from '../../web/report/printReport.ts';
import { el, uid } from '../../web/dom.ts';
import { reportLabels, reportLanguage } from '../../web/report/reportLabels.ts';
import { t } from '../../web/i18n/i18n.ts';
import { openRecord } from '../openRecord.ts';
import { emptyReview } from '../reviewState.ts';
import type { ScenarioRegistry } from '../scenarioRegistry.ts';
import { turnAnchor, type Entry } from './entry.ts';
import { badgeKeys, isReviewable } from './findingText.ts';
import { matrixView } from './matrixView.ts';
import { formatDate, modeBadge, recordView } from './recordView.ts';

/** Far above any transcript (a long conversation is tens of kilobytes); refusing bigger files keeps the page responsive. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

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

export function reviewPage(registry: ScenarioRegistry, header: HTMLElement, restore?: PageState): ReviewPage {
  const entries: Entry[] = restore?.entries ?? [];
  let selected = restore?.selected;
  let learner = restore?.learner;

  let counter = entries.length;
  const status = el('p', { class: 'open-status', role: 'status' });
  const problems = el('div', { class: 'open-problems', role: 'alert' });
  const fileList = el('ul', { class: 'files' });
  const recordSlot = el('div', { class: 'record-slot' });
  const matrixSlot = el('div', { class: 'matrix-slot' });

  const inputId = uid('files');
  const input = el('input', { type: 'file', id: inputId, multiple: true, accept: '.json,application/json', 'aria-describedby': 'drop-help' });
  const dropZone = el(
    'div',
    { class: 'drop-zone' },
    el('label', { for: inputId }, t('review.choose')),
    input,
    el('p', { id: 'drop-help', class: 'help' }, t('review.drop')),
  );

  const renderMatrix = () => {
    matrixSlot.replaceChildren(
      matrixView(entries, learner, {
        goToTurn: (id, turn) => showRecord(id, turn),
        onLearner: (l) => {
          learner = l;
          renderMatrix();
          matrixSlot.querySelector<HTMLSelectElement>('select')?.focus();
        },
      }),
    );
  };

  const print = (entry: Entry) => {
    const tr = entry.record.transcript!;
    const verification = entry.record.finding.kind === 'verified' ? t('review.verificationLine', { turns: entry.record.finding.turns, date: formatDate(new Date().toISOString()) }) : undefined;
    printReport(window, tr, {
      labels: reportLabels(),
      ...reportLanguage(),
      ...(verification ? { verification } : {}),
      // Only an assessment carries the assessor's review into print; a practice record never shows a sign-off.
      ...(isReviewable(entry.record) ? { review: entry.review } : {}),
    });
  };

  function showRecord(id: string, turn?: number): void {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return;
    selected = id;
    recordSlot.replaceChildren(recordView(entry, { onReviewChange: () => renderMatrix(), onPrint: print }));
    renderList();
    const target = turn !== undefined ? document.getElementById(turnAnchor(id, turn)) : document.getElementById(`${id}-title`);
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }

  function renderList(): void {
    if (entries.length === 0) {
      fileList.replaceChildren(el('li', { class: 'none' }, t('review.noFiles')));
      return;
    }
    fileList.replaceChildren(
      ...entries.map((e) => {
        const tr = e.record.transcript;
        const show = el('button', { type: 'button', class: 'file-button', 'aria-current': e.id === selected ? 'true' : undefined, 'aria-label': t('review.show', { file: e.record.file }) }, e.record.file);
        show.addEventListener('click', () => showRecord(e.id));
        return el(
          'li',
          { class: 'file', 'data-entry': e.id, 'data-finding': e.record.finding.kind },
          show,
          ' ',
          el('span', { class: `badge is-${e.record.finding.kind === 'verified' ? 'verified' : 'problem'}` }, t(badgeKeys[e.record.finding.kind])),
          tr ? ' ' : '',
          tr ? modeBadge(tr.mode) : '',
          tr ? el('span', { class: 'file-meta' }, ' ', tr.learner || '—', ' · ', el('span', { lang: 'en-GB' }, tr.scenario.title)) : '',
        );
      }),
    );
  }

  async function openFiles(files: readonly File[]): Promise<void> {
    const refused: string[] = [];
    let opened = 0;
    let first: string | undefined;
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        refused.push(t('review.tooBig', { file: file.name }));
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (err) {
        refused.push(t('review.unreadable', { file: file.name, message: (err as Error).message }));
        continue;
      }
      const record = openRecord(file.name, text, registry);
      const entry: Entry = { id: `rec-${++counter}`, record, review: record.review && isReviewable(record) ? record.review : emptyReview() };
      entries.push(entry);
      first ??= entry.id;
      opened++;
    }
    status.textContent = t('review.opened', { count: opened });
    problems.replaceChildren(...(refused.length ? [el('ul', {}, ...refused.map((r) => el('li', {}, r)))] : []));
    renderList();
    renderMatrix();
    // With one file opened, go straight to it; with several, the list shows what each is.
    if (opened === 1 && first) showRecord(first);
  }

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    void openFiles(files).then(() => (input.value = ''));
  });
  // A file dropped anywhere must not make the browser navigate away from what is open.
  for (const type of ['dragover', 'drop'] as const) addEventListener(type, (e) => e.preventDefault());
  dropZone.addEventListener('dragover', (e) => {
    e.preventDefault();
    dropZone.classList.add('is-over');
  });
  dropZone.addEventListener('dragleave', () => dropZone.classList.remove('is-over'));
  dropZone.addEventListener('drop', (e) => {
    e.preventDefault();
    dropZone.classList.remove('is-over');
    void openFiles([...(e.dataTransfer?.files ?? [])]);
  });

  const root = el(
    'div',
    { class: 'review-page' },
    header,
    el(
      'main',
      { id: 'main', tabindex: '-1' },
      el('section', { class: 'open', 'aria-labelledby': 'open-title' }, el('h2', { id: 'open-title' }, t('review.open')), dropZone, status, problems),
      el('section', { class: 'opened', 'aria-labelledby': 'files-title' }, el('h2', { id: 'files-title' }, t('review.files')), fileList),
      recordSlot,
      matrixSlot,
    ),
  );
  renderList();
  renderMatrix();
  if (selected) {
    const entry = entries.find((e) => e.id === selected);
    if (entry) recordSlot.replaceChildren(recordView(entry, { onReviewChange: () => renderMatrix(), onPrint: print }));
  }
  return { root, openFiles, state: () => ({ entries, selected, learner }) };
}
