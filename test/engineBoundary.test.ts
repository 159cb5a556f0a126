/**
 * The engine runs under Node and in any renderer: nothing under src/engine,
 * src/scenario or src/standards may import Phaser, Howler, i18next or the game,
 * or touch window/document (as excalidraw enforces its package layering).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/engine', 'src/scenario', 'src/standards'];
const FORBIDDEN_IMPORTS = /from\s+['"](phaser|howler|i18next|playwright-core)['"/]|from\s+['"][./]*\.\.\/(game|review|export)\//;
const FORBIDDEN_GLOBALS = /\b(window|document|localStorage|navigator|HTMLElement)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : [];
  });
}

describe('engine boundary', () => {
  const all = ROOTS.flatMap(files);

  it('covers the engine files', () => {
    expect(all.length).toBeGreaterThan(15);
  });

  it.each(all)('%s imports no renderer, audio, i18n or DOM', (file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(FORBIDDEN_IMPORTS);
    expect(code).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
