/**
 * Where a tutor loads a class: a picker for files (transcripts, reviewed
 * records, the attempt-history export), a picker for a folder, a drop zone
 * that takes either, and the Learning Record Store set in Settings.
 */
import { button, el, uid } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { droppedFiles, pickedFile, type PathedFile } from './droppedFiles.ts';

export interface LoadActions {
  files(files: PathedFile[]): Promise<void>;
  /** Undefined when no LRS is set in Settings. */
  lrs?: { endpoint: string; load(): Promise<void> };
  startAgain(): void;
}

function picker(label: string, attrs: Record<string, string | boolean>, take: (files: PathedFile[]) => Promise<void>): HTMLElement {
  const id = uid('pick');
  const input = el('input', { type: 'file', id, ...attrs });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])].map(pickedFile);
    void take(files).then(() => (input.value = ''));
  });
  return el('div', { class: 'field' }, el('label', { for: id }, label), input);
}

function lrsControl(lrs: LoadActions['lrs']): HTMLElement {
  if (!lrs) return el('p', { class: 'help lrs-none' }, t('class.lrsNone'));
  return el('div', { class: 'lrs' }, el('p', { class: 'help' }, t('class.lrsFrom', { endpoint: lrs.endpoint })), button(t('class.lrsLoad'), () => void lrs.load(), { class: 'primary' }));
}

export function loadControls(actions: LoadActions): HTMLElement {
  const zone = el(
    'div',
    { class: 'drop-zone' },
    picker(t('class.chooseFiles'), { multiple: true, accept: '.json,application/json', 'aria-describedby': 'class-drop-help' }, actions.files),
    // webkitdirectory is the standard way to pick a folder (HTML's "directory" never shipped); every current browser has it.
    picker(t('class.chooseFolder'), { webkitdirectory: true, multiple: true }, (files) => actions.files(files.filter((f) => /\.json$/i.test(f.path)))),
    el('p', { id: 'class-drop-help', class: 'help' }, t('class.drop')),
  );
  // A file dropped anywhere must not make the browser navigate away from what is loaded.
  for (const type of ['dragover', 'drop'] as const) addEventListener(type, (e) => e.preventDefault());
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('is-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('is-over');
    if (e.dataTransfer) void droppedFiles(e.dataTransfer).then((files) => actions.files(files.filter((f) => /\.json$/i.test(f.path))));
  });
  return el('div', { class: 'load-controls' }, zone, lrsControl(actions.lrs), button(t('class.startAgain'), actions.startAgain, { class: 'start-again' }));
}
