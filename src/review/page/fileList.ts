/** The files opened so far: each a button to show it, with what replay found, its mode, learner and scenario. */
import { el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import type { Entry } from './entry.ts';
import { badgeKeys } from './findingText.ts';
import { modeBadge } from './recordView.ts';
import './fileList.css';

function fileItem(e: Entry, selected: string | undefined, onShow: (id: string) => void): HTMLElement {
  const tr = e.record.transcript;
  const show = el('button', { type: 'button', class: 'file-button', 'aria-current': e.id === selected ? 'true' : undefined, 'aria-label': t('review.show', { file: e.record.file }) }, e.record.file);
  show.addEventListener('click', () => onShow(e.id));
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
}

export function fileListItems(entries: readonly Entry[], selected: string | undefined, onShow: (id: string) => void): HTMLElement[] {
  if (entries.length === 0) return [el('li', { class: 'none' }, t('review.noFiles'))];
  return entries.map((e) => fileItem(e, selected, onShow));
}
