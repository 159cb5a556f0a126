/**
 * The exports of one verified record, from the table of formats (web/exports).
 * A verified assessment gives the reviewed record (transcript and review side
 * by side), the transcript as canonical JSON and CSV, xAPI statements (also
 * sent to the LRS when one is set) and the printable record. A practice
 * transcript gives only what cannot pass for an assessment record.
 */
import { el } from '../../web/dom.ts';
import { safeFileName, stampOf } from '../../web/download.ts';
import { exportButtons } from '../../web/exports/exportButtons.ts';
import { t } from '../../web/i18n/i18n.ts';
import { reportToLrs } from '../../web/lrs/reportToLrs.ts';
import { parseSettings } from '../../web/settings.ts';
import { browserStorage, openStore } from '../../web/storage.ts';
import type { Entry } from './entry.ts';
import './exportsView.css';

export function exportsSection(entry: Entry, print: () => void): HTMLElement {
  const tr = entry.record.transcript!;
  const id = `${entry.id}-exports`;
  const assessment = tr.mode === 'assessment';
  const status = el('p', { class: 'lrs-status', role: 'status' });
  let stopListening = () => {};
  const buttons = exportButtons({
    page: 'review',
    practice: !assessment,
    source: () => ({ transcript: tr, review: entry.review, href: location.href }),
    fileBase: () => safeFileName(tr.scenario.id, tr.learner, stampOf(tr.startedAt)),
    after: (format) => {
      if (format.id === 'print') print();
      if (format.id !== 'xapi') return;
      stopListening();
      stopListening = reportToLrs(parseSettings(openStore(browserStorage()).read('settings')), tr, location.href, status);
    },
  });
  return el(
    'section',
    { class: 'exports', 'aria-labelledby': id },
    el('h3', { id }, t('review.exports')),
    assessment ? false : el('p', {}, t('review.exportsPractice')),
    el('div', { class: 'export-buttons', role: 'group', 'aria-labelledby': id }, ...buttons),
    status,
  );
}
