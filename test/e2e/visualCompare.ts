/**
 * Screenshots held against committed baselines (test/e2e/baselines/*.png) by
 * pixel difference. A screen passes when at most TOLERANCE of its pixels
 * differ beyond pixelmatch's colour threshold (anti-aliasing ignored); a
 * failure writes the screenshot and a diff beside the other artefacts.
 *
 * Baselines are made, or made again after a deliberate change, with
 * `npm run test:baselines` (UPDATE_BASELINES=1 for this file).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ARTEFACTS } from './browser.ts';

export const BASELINES = resolve(import.meta.dirname, 'baselines');

/** The share of pixels that may differ: room for a stray blink, none for a stage out of place. */
export const TOLERANCE = 0.005;

export const updating = (): boolean => process.env.UPDATE_BASELINES === '1';

export interface Comparison {
  /** Share of the pixels that differ (1 when the sizes differ). */
  differs: number;
  message: string;
}

/** Compares a screenshot with its baseline; in update mode it becomes the baseline. */
export function compareWithBaseline(name: string, shot: Buffer, save = true): Comparison {
  const file = join(BASELINES, `${name}.png`);
  if (updating() && save) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(file, shot);
    return { differs: 0, message: `${name}: baseline written` };
  }
  if (!existsSync(file)) return { differs: 1, message: `${name}: no baseline at ${file}; make one with \`npm run test:baselines\`` };
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(shot);
  mkdirSync(ARTEFACTS, { recursive: true });
  if (expected.width !== actual.width || expected.height !== actual.height) {
    if (save) writeFileSync(join(ARTEFACTS, `${name}.actual.png`), shot);
    return { differs: 1, message: `${name}: ${actual.width}x${actual.height}, baseline ${expected.width}x${expected.height}` };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  const differs = count / (actual.width * actual.height);
  if (differs > TOLERANCE && save) {
    writeFileSync(join(ARTEFACTS, `${name}.actual.png`), shot);
    writeFileSync(join(ARTEFACTS, `${name}.diff.png`), PNG.sync.write(diff));
  }
  return { differs, message: `${name}: ${(differs * 100).toFixed(2)}% of pixels differ (at most ${TOLERANCE * 100}%); see ${ARTEFACTS}/${name}.diff.png` };
}
