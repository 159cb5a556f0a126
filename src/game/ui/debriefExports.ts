/**
 * The debrief's exports: the transcript as canonical JSON (which the review
 * page verifies by replay), as CSV, as xAPI statements, and the printable
 * report. With an LRS endpoint in the settings the statements also go there,
 * queued while offline; a status line says where they are.
 */
import '../../web/report/print.css';
import { transcriptJson } from '../../export/transcriptJson.ts';
import { downloadText, safeFileName, stampOf } from '../../web/download.ts';
import { printReport } from '../../web/report/printReport.ts';
import { transcriptCsv } from '../../export/transcriptCsv.ts';
import type { App } from '../app/app.ts';
import { onLrsStatus, sendToLrs, statementsFor } from '../../web/lrs/lrsClient.ts';
import type { Play } from '../app/play.ts';
import { t } from '../../web/i18n/i18n.ts';
import { reportLabels, reportLanguage } from '../../web/report/reportLabels.ts';
import { button, el } from '../../web/dom.ts';
import { lrsStatusText } from '../../web/lrs/lrsStatus.ts';

const fileBase = (play: Play, startedAt: string) => safeFileName(play.scenario.id, stampOf(startedAt));

/** The export buttons, and a status line for the LRS when one is set; `dispose` stops listening to the queue. */
export function debriefExports(app: App, play: Play): { buttons: HTMLElement[]; status: HTMLElement; dispose(): void } {
  const href = globalThis.location?.href ?? 'http://localhost/';
  const status = el('p', { class: 'lrs-status', role: 'status' });
  const buttons = [
    button(t('debrief.download'), () => {
      const transcript = play.transcript();
      downloadText(document, `${fileBase(play, transcript.startedAt)}.json`, transcriptJson(transcript), 'application/json');
    }),
    button(t('debrief.downloadCsv'), () => {
      const transcript = play.transcript();
      downloadText(document, `${fileBase(play, transcript.startedAt)}.csv`, transcriptCsv(transcript), 'text/csv;charset=utf-8');
    }),
    button(t('debrief.downloadXapi'), () => {
      const transcript = play.transcript();
      downloadText(document, `${fileBase(play, transcript.startedAt)}-xapi.json`, `${JSON.stringify(statementsFor(transcript, href), null, 2)}\n`, 'application/json');
    }),
    button(t('debrief.print'), () => printReport(window, play.transcript(), { labels: reportLabels(), ...reportLanguage() })),
  ];
  let stop = () => {};
  if (play.ended) {
    stop = onLrsStatus((s) => (status.textContent = lrsStatusText(s)));
    if (!sendToLrs(app.settings, play.transcript(), href)) stop();
  }
  return { buttons, status, dispose: () => stop() };
}
