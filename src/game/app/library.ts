/**
 * The scenarios a learner can pick: every bundled file that passes the full
 * check. A file with problems is left out and named, so an author sees why
 * their scenario is missing and everyone else still plays. Runs where the
 * checker runs (the build, tests), never in the browser.
 */
import { checkScenarioText, type Problem } from '../../scenario/check.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { cardOf, type LibraryEntry, type RejectedFile } from '../../web/scenarioCatalogue.ts';

/** The checked library with every scenario's full data: the build splits it into a catalogue and one file per scenario. */
export interface Library {
  entries: LibraryEntry[];
  rejected: RejectedFile[];
}

export type CheckedFile = { file: string; scenario: Scenario; hash: string } | { file: string; problems: Problem[] };

/** Runs the full check on one bundled file; `key` is a path such as `/scenarios/x.yaml`, as `import.meta.glob` gives it. */
export function checkFile(key: string, text: string): CheckedFile {
  const file = key.replace(/^\//, '');
  try {
    const result = checkScenarioText(text, file);
    if (result.scenario && result.hash && result.problems.length === 0) return { file, scenario: result.scenario, hash: result.hash };
    return { file, problems: result.problems };
  } catch (err) {
    // The checker promises not to throw; if it ever does, one file must not take the picker down.
    return { file, problems: [{ path: file, line: 1, col: 1, message: `could not be checked: ${(err as Error).message}` }] };
  }
}

/** The library from checked files, in the picker's order: easiest first, then by title. */
export function assembleLibrary(checked: readonly CheckedFile[]): Library {
  const library: Library = { entries: [], rejected: [] };
  for (const c of [...checked].sort((a, b) => a.file.localeCompare(b.file))) {
    if ('scenario' in c) library.entries.push({ ...c, card: cardOf(c.scenario) });
    else library.rejected.push(c);
  }
  library.entries.sort((a, b) => a.card.difficulty - b.card.difficulty || a.card.title.localeCompare(b.card.title, 'en-GB'));
  return library;
}

export function loadLibrary(files: Record<string, string>): Library {
  return assembleLibrary(Object.entries(files).map(([key, text]) => checkFile(key, text)));
}
