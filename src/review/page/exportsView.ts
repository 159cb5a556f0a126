/**
 * The exports of one verified record. A verified assessment gives the reviewed
 * record (transcript and review side by side), the printable record, the
 * transcript as canonical JSON and CSV, and xAPI statements (also sent to the
 * LRS when one is set). A practice transcript gives only what cannot pass for
 * an assessment record: its transcript, and a printed record titled practice.
 */
import { transcriptJson } from '../../export/transcriptJson.ts';
import { downloadText, safeFileName, stampOf } from '../../web/download.ts';
import { transcriptCsv } from '../../export/transcriptCsv.ts';
import { parseSettings } from '../../web/settings.ts';
import { browserStorage, openStore } from '../../web/storage.ts';
import { onLrsStatus, sendToLrs, statementsFor } from '../../web/lrs/lrsClient.ts';
import { button, el } from '../../web/dom.ts';
import { lrsStatusText } from '../../web/lrs/lrsStatus.ts';
import { t } from '../../web/i18n/i18n.ts';
import { reviewedRecordJson } from '../../export/reviewedRecord.ts';
import type { Entry } from './entry.ts';

export function exportsSection(entry: Entry, print: () => void): HTMLElement {
  const tr = entry.record.transcript!;
  const base = safeFileName(tr.scenario.id, tr.learner, stampOf(tr.startedAt));
  const save = (suffix: string, text: string, type: string) => downloadText(document, `${base}${suffix}`, text, type);
  const id = `${entry.id}-exports`;
  const assessment = tr.mode === 'assessment';
  const status = el('p', { class: 'lrs-status', role: 'status' });
  let stopListening = () => {};
  const buttons = assessment
    ? [
        button(t('review.exportRecord'), () => save('-reviewed.json', reviewedRecordJson(tr, entry.review), 'application/json'), { class: 'primary' }),
        button(t('review.exportPrint'), print),
        button(t('review.exportTranscript'), () => save('.json', transcriptJson(tr), 'application/json')),
        button(t('review.exportCsv'), () => save('.csv', transcriptCsv(tr), 'text/csv;charset=utf-8')),
        button(t('review.exportXapi'), () => {
          save('-xapi.json', `${JSON.stringify(statementsFor(tr, location.href), null, 2)}\n`, 'application/json');
          stopListening();
          stopListening = onLrsStatus((s) => (status.textContent = lrsStatusText(s)));
          if (!sendToLrs(parseSettings(openStore(browserStorage()).read('settings')), tr, location.href)) stopListening();
        }),
      ]
    : [button(t('review.exportPrint'), print), button(t('review.exportTranscript'), () => save('.json', transcriptJson(tr), 'application/json')), button(t('review.exportCsv'), () => save('.csv', transcriptCsv(tr), 'text/csv;charset=utf-8'))];
  return el(
    'section',
    { class: 'exports', 'aria-labelledby': id },
    el('h3', { id }, t('review.exports')),
    assessment ? false : el('p', {}, t('review.exportsPractice')),
    el('div', { class: 'export-buttons', role: 'group', 'aria-labelledby': id }, ...buttons),
    status,
  );
}
