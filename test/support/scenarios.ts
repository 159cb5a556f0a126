/** Scenarios for tests: fixtures and bundled files, loaded through the full check so a broken one fails loudly. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledScenarioFiles } from '../../src/cli/bundled.ts';
import { checkScenarioText } from '../../src/scenario/check.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

// Path arithmetic rather than `new URL(…, import.meta.url)`: under happy-dom, URL is the DOM's and does not read files.
const ROOT = resolve(import.meta.dirname, '../..');

export function fixtureText(name: string): string {
  return readFileSync(resolve(ROOT, 'test/fixtures', name), 'utf8');
}

export function loadChecked(text: string, path = 'fixture.yaml'): Scenario {
  const r = checkScenarioText(text, path);
  if (!r.scenario) throw new Error(`${path} has problems:\n${r.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n')}`);
  return r.scenario;
}

export function fixture(name: string): Scenario {
  return loadChecked(fixtureText(name), name);
}

/** A scenario file by its path from the project's root. */
export function loadScenarioFile(path: string): Scenario {
  return loadChecked(readFileSync(resolve(ROOT, path), 'utf8'), path);
}

export function bundled(): { file: string; scenario: Scenario }[] {
  return bundledScenarioFiles().map((file) => ({ file, scenario: loadChecked(readFileSync(file, 'utf8'), file) }));
}

/** A fixed clock that ticks a second per call, so transcripts are reproducible. */
export function tickingClock(start = Date.UTC(2026, 10, 23, 9, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
