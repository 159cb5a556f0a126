/**
 * The pure layers run under Node and in any renderer. Which modules they may
 * import is dependency-cruiser's to check (.dependency-cruiser.mjs, in
 * `npm test`); what an import rule cannot see is a browser global used without
 * an import, so this test reads their code for `window`, `document` and the
 * like.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PURE = ['src/standards', 'src/scenario', 'src/engine', 'src/export', 'src/cmi5', 'src/validity'];
const BROWSER_GLOBALS = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator|HTMLElement)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}

describe('pure layers', () => {
  const all = PURE.flatMap(files);

  it('covers every pure layer', () => {
    for (const root of PURE) expect(all.some((f) => f.startsWith(root)), root).toBe(true);
  });

  it.each(all)('%s touches no browser global', (file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
    expect(code).not.toMatch(BROWSER_GLOBALS);
  });
});
