/**
 * CSV as RFC 4180 writes it (CRLF between records, fields quoted when they hold
 * a comma, quote or line break, quotes doubled), with one addition: a text cell
 * that a spreadsheet would run as a formula is prefixed with an apostrophe.
 * Transcript text comes from scenario authors and learners' names, so a line
 * such as "=HYPERLINK(...)" must arrive as text, not as a live formula (OWASP
 * "CSV injection").
 */

export type Cell = string | number | boolean | null | undefined;

/** Characters that make Excel, LibreOffice and Google Sheets start a formula (tab and CR are OWASP's additions). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers are data we produced, not text anyone typed: "-5" stays a number.
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** Header and rows as one document; RFC 4180 allows a final CRLF and spreadsheets expect it. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
