/**
 * Filtering the picker's cards and naming rejected files' problems. Apart from
 * library.ts, which runs the checker (at build time), so the page that only
 * shows the library does not download the checker, zod and the YAML parser.
 */
import { formatProblem } from '../../scenario/problem.ts';
import type { Channel, Kind } from '../../scenario/schema.ts';
import type { LibraryEntry, RejectedFile } from './library.ts';

export const describeProblems = (r: RejectedFile): string[] => r.problems.map(formatProblem);

export interface PickerFilter {
  kind?: Kind;
  channel?: Channel;
  unit?: string;
}

export function filterEntries(entries: readonly LibraryEntry[], filter: PickerFilter): LibraryEntry[] {
  return entries.filter(
    ({ scenario: s }) =>
      (!filter.kind || s.kinds.includes(filter.kind)) &&
      (!filter.channel || s.channel === filter.channel) &&
      (!filter.unit || s.units.includes(filter.unit)),
  );
}

/** Units offered as a filter: only those some bundled scenario covers, in catalogue order. */
export function unitsCovered(entries: readonly LibraryEntry[]): string[] {
  const units = new Set(entries.flatMap((e) => e.scenario.units));
  return [...units].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
