/** Finding and reading scenario files for the command line. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkScenarioText, type CheckResult } from '../scenario/check.ts';

export const SCENARIO_DIR = 'scenarios';

export function bundledScenarioFiles(dir = SCENARIO_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function checkFile(file: string): CheckResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    return { problems: [{ path: file, line: 1, col: 1, message: `cannot read file: ${reason}` }] };
  }
  return checkScenarioText(text, file);
}
