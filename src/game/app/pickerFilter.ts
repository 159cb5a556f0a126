/**
 * Filtering the picker's cards and naming rejected files' problems, from the
 * catalogue alone: the page that only shows the library downloads neither the
 * checker (library.ts, run at build time) nor any scenario's full data.
 */
import { formatProblem } from '../../scenario/problem.ts';
import type { Channel, Kind } from '../../scenario/schema.ts';
import type { CatalogueEntry, RejectedFile } from '../../web/scenarioCatalogue.ts';

export const describeProblems = (r: RejectedFile): string[] => r.problems.map(formatProblem);

export interface PickerFilter {
  kind?: Kind;
  channel?: Channel;
  unit?: string;
}

export function filterEntries(entries: readonly CatalogueEntry[], filter: PickerFilter): CatalogueEntry[] {
  return entries.filter(
    ({ card: s }) =>
      (!filter.kind || s.kinds.includes(filter.kind)) &&
      (!filter.channel || s.channel === filter.channel) &&
      (!filter.unit || s.units.includes(filter.unit)),
  );
}

/** Units offered as a filter: only those some bundled scenario covers, in catalogue order. */
export function unitsCovered(entries: readonly CatalogueEntry[]): string[] {
  const units = new Set(entries.flatMap((e) => e.card.units));
  return [...units].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
