/** Opening transcript files: a labelled file picker that is also a drop zone. Files are read locally, never sent. */
import { el, uid } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import './fileOpener.css';

export function fileOpener(open: (files: File[]) => Promise<void>): HTMLElement {
  const inputId = uid('files');
  const input = el('input', { type: 'file', id: inputId, multiple: true, accept: '.json,application/json', 'aria-describedby': 'drop-help' });
  const dropZone = el('div', { class: 'drop-zone' }, el('label', { for: inputId }, t('review.choose')), input, el('p', { id: 'drop-help', class: 'help' }, t('review.drop')));
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    void open(files).then(() => (input.value = ''));
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
    void open([...(e.dataTransfer?.files ?? [])]);
  });
  return dropZone;
}
