/**
 * The debrief's exports, from the table of formats (web/exports): the
 * transcript as canonical JSON (which the review page verifies by replay), as
 * CSV, as xAPI statements, and the printable report. With an LRS endpoint in
 * the settings the statements also go there as the debrief opens, queued while
 * offline; a status line says where they are.
 */
import '../../../web/report/print.css';
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { el } from '../../../web/dom.ts';
import { safeFileName, stampOf } from '../../../web/download.ts';
import { exportButtons } from '../../../web/exports/exportButtons.ts';
import { reportToLrs } from '../../../web/lrs/reportToLrs.ts';
import { printReport } from '../../../web/report/printReport.ts';
import { reportLabels, reportLanguage } from '../../../web/report/reportLabels.ts';

/** The export buttons, and a status line for the LRS when one is set; `dispose` stops listening to the queue. */
export function debriefExports(app: App, play: Play): { buttons: HTMLElement[]; status: HTMLElement; dispose(): void } {
  const href = globalThis.location?.href ?? 'http://localhost/';
  const status = el('p', { class: 'lrs-status', role: 'status' });
  const buttons = exportButtons({
    page: 'debrief',
    source: () => ({ transcript: play.transcript(), href }),
    fileBase: ({ transcript }) => safeFileName(play.scenario.id, stampOf(transcript.startedAt)),
    after: (format, { transcript }) => {
      if (format.id === 'print') printReport(window, transcript, { labels: reportLabels(), ...reportLanguage() });
    },
  });
  const stop = play.ended ? reportToLrs(app.settings, play.transcript(), href, status) : () => {};
  return { buttons, status, dispose: () => stop() };
}
