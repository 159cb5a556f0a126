import { readFileSync } from 'node:fs';
import { checkScenarioText } from '../src/scenario/check.ts';
import { bundledScenarioFiles } from '../src/cli/bundled.ts';
import type { Scenario } from '../src/scenario/schema.ts';

export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function loadChecked(text: string, path = 'fixture.yaml'): Scenario {
  const r = checkScenarioText(text, path);
  if (!r.scenario) throw new Error(`fixture has problems:\n${r.problems.map((p) => `${p.line}:${p.col} ${p.message}`).join('\n')}`);
  return r.scenario;
}

export function fixture(name: string): Scenario {
  return loadChecked(fixtureText(name), name);
}

export function bundled(): { file: string; scenario: Scenario }[] {
  return bundledScenarioFiles().map((file) => ({ file, scenario: loadChecked(readFileSync(file, 'utf8'), file) }));
}

/** A fixed clock that ticks a second per call, so transcripts are reproducible. */
export function tickingClock(start = Date.UTC(2026, 10, 23, 9, 0, 0)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
