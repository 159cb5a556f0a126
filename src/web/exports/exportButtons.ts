/**
 * The export buttons of a page, built from the table of formats: a file format
 * downloads under the page's base name; printing, and anything a page does
 * besides downloading (the review page also sends xAPI statements to the LRS),
 * is the page's own `after`.
 */
import { button } from '../dom.ts';
import { downloadText } from '../download.ts';
import { t } from '../i18n/i18n.ts';
import { exportFormats, type ExportFormat, type ExportSource } from './exportFormats.ts';

export interface ExportButtonsOptions {
  page: 'debrief' | 'review';
  /** File names start with this (scenario, learner, time). */
  fileBase(source: ExportSource): string;
  /** Read when a button is pressed, so the file holds the record as it is then. */
  source(): ExportSource;
  /** Leaves out the formats only an assessment record may take (the review page, for a practice transcript). */
  practice?: boolean;
  /** Runs after the download (or, for print, instead of one). */
  after?(format: ExportFormat, source: ExportSource): void;
}

export function exportButtons(options: ExportButtonsOptions): HTMLButtonElement[] {
  return exportFormats.flatMap((format) => {
    const label = format.labels[options.page];
    if (!label || (options.practice && format.assessmentOnly)) return [];
    const run = async () => {
      const source = options.source();
      if (format.file) downloadText(document, `${options.fileBase(source)}${format.file.suffix}`, await format.file.text(source), format.file.type);
      options.after?.(format, source);
    };
    return [button(t(label), () => void run(), format.primary ? { class: 'primary' } : {})];
  });
}
