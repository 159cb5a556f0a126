/**
 * Prints one report from whichever page holds the transcript (debrief or
 * review page). The report is built as DOM into a container at the end of the
 * body; print.css hides it on screen and, while the document is marked as
 * printing a report, hides everything else from print. So "Save as PDF" in the
 * print dialogue gives the A4 record and nothing of the page around it.
 */
import type { Transcript } from '../../engine/transcript.ts';
import { buildReport, type ReportOptions } from './report.ts';

const CONTAINER = 'print-report';
const MARK = 'printing-report';

/** Puts the report in place for printing and returns its container; a report already there is replaced. */
export function mountReport(doc: Document, t: Transcript, options: ReportOptions = {}): HTMLElement {
  let container = doc.querySelector<HTMLElement>(`.${CONTAINER}`);
  if (!container) {
    container = doc.createElement('div');
    container.className = CONTAINER;
    doc.body.append(container);
  }
  container.replaceChildren(buildReport(doc, t, options));
  doc.documentElement.classList.add(MARK);
  return container;
}

export function unmountReport(doc: Document): void {
  doc.querySelector(`.${CONTAINER}`)?.remove();
  doc.documentElement.classList.remove(MARK);
}

/** Opens the browser's print dialogue on the report; the page is itself again afterwards. */
export function printReport(win: Window, t: Transcript, options: ReportOptions = {}): void {
  const doc = win.document;
  mountReport(doc, t, options);
  win.addEventListener('afterprint', () => unmountReport(doc), { once: true });
  win.print();
}
