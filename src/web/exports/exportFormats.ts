/**
 * Every way a transcript leaves the browser, in one table, in the order the
 * buttons stand: the debrief and the review page both build their export
 * buttons from it (exportButtons.ts), so a format added here reaches both.
 */
import type { Transcript } from '../../engine/transcript.ts';
import type { Review } from '../../export/reviewTypes.ts';
import { reviewedRecordJson } from '../../export/reviewedRecord.ts';
import { transcriptCsv } from '../../export/transcriptCsv.ts';
import { transcriptJson } from '../../export/transcriptJson.ts';
import type { UiKey } from '../i18n/i18n.ts';

/** What a format is written from: the transcript, the assessor's review on the review page, and the page's address (xAPI IRIs). */
export interface ExportSource {
  transcript: Transcript;
  review?: Review;
  href: string;
}

export type ExportId = 'reviewed' | 'transcript' | 'csv' | 'xapi' | 'print';

export interface ExportFormat {
  id: ExportId;
  /** The button's words on each page; a page without them does not offer the format. */
  labels: { debrief?: UiKey; review?: UiKey };
  /**
   * On the review page, offered for a verified assessment only: the file would present the attempt as an
   * assessment record (a reviewed record, statements an LRS files as results). The learner's own debrief offers
   * every format for their attempt, whatever its mode.
   */
  assessmentOnly: boolean;
  primary?: boolean;
  /** A file to download (its name's ending after the page's base name, its type, its text); none for print. */
  file?: { suffix: string; type: string; text(source: ExportSource): string | Promise<string> };
}

const JSON_TYPE = 'application/json';

export const exportFormats: readonly ExportFormat[] = [
  {
    id: 'reviewed',
    labels: { review: 'review.exportRecord' },
    assessmentOnly: true,
    primary: true,
    file: { suffix: '-reviewed.json', type: JSON_TYPE, text: (s) => reviewedRecordJson(s.transcript, s.review ?? { judgements: {}, comments: [] }) },
  },
  {
    id: 'transcript',
    labels: { debrief: 'debrief.download', review: 'review.exportTranscript' },
    assessmentOnly: false,
    file: { suffix: '.json', type: JSON_TYPE, text: (s) => transcriptJson(s.transcript) },
  },
  {
    id: 'csv',
    labels: { debrief: 'debrief.downloadCsv', review: 'review.exportCsv' },
    assessmentOnly: false,
    file: { suffix: '.csv', type: 'text/csv;charset=utf-8', text: (s) => transcriptCsv(s.transcript) },
  },
  {
    id: 'xapi',
    labels: { debrief: 'debrief.downloadXapi', review: 'review.exportXapi' },
    assessmentOnly: true,
    // The xAPI code (statements, ids, the LRS queue) is fetched when it is first wanted, not before the first choice.
    file: { suffix: '-xapi.json', type: JSON_TYPE, text: async (s) => `${JSON.stringify((await import('../lrs/lrsClient.ts')).statementsFor(s.transcript, s.href), null, 2)}\n` },
  },
  { id: 'print', labels: { debrief: 'debrief.print', review: 'review.exportPrint' }, assessmentOnly: false },
];
