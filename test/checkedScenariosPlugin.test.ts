// @vitest-environment happy-dom
/**
 * Item 7 along the path the browser takes: the build plugin checks a
 * scenarios folder holding one sound file and one that fails the checker; the
 * app loads the result; the page shows a notice naming the failing file and
 * where, the picker offers only the sound one, and it plays.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedScenarios, CHECKED_SCENARIOS_ID } from '../scripts/checkedScenariosPlugin.ts';
import type { App } from '../src/game/app/app.ts';
import type { Library } from '../src/game/app/library.ts';
import { openStore } from '../src/web/storage.ts';
import { Mixer } from '../src/game/audio/mixer.ts';
import { initI18n } from '../src/web/i18n/i18n.ts';
import { allCueUrls, FakeBackend, memoryStorage, silentSpeaker } from './support/fakes.ts';
import { App as AppClass } from '../src/game/app/app.ts';
import { mountShell } from '../src/game/ui/shell/shell.ts';
import { StageArea } from '../src/game/ui/stageArea.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
let dir: string;
let library: Library;
let app: App;
let root: HTMLElement;

/** A hook as Vite calls it: a plain function, or an object with a filter and a handler. */
function hook<F extends (...args: never[]) => unknown>(h: unknown): F {
  const fn = typeof h === 'function' ? h : (h as { handler?: unknown } | undefined)?.handler;
  if (typeof fn !== 'function') throw new Error('the plugin does not have this hook');
  return fn as F;
}

/** Runs the plugin's hooks as Vite would and reads back the module it serves. */
function buildLibrary(projectRoot: string): Library {
  const plugin = checkedScenarios();
  const watched: string[] = [];
  hook<(c: { root: string }) => void>(plugin.configResolved)({ root: projectRoot });
  const resolved = hook<(id: string) => string | undefined>(plugin.resolveId)(CHECKED_SCENARIOS_ID);
  expect(resolved).toBeDefined();
  const load = hook<(this: { addWatchFile(p: string): void }, id: string) => string>(plugin.load);
  const code = load.call({ addWatchFile: (p) => watched.push(p) }, resolved!);
  expect(watched.map((p) => p.split(/[\\/]/).pop()).sort()).toEqual(['broken.yaml', 'tiny-counter.yaml']);
  const literal = /^export default JSON\.parse\((".*")\);\n$/s.exec(code)?.[1];
  if (!literal) throw new Error(`unexpected module: ${code.slice(0, 120)}`);
  return JSON.parse(JSON.parse(literal) as string) as Library;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-plugin-'));
  mkdirSync(join(dir, 'scenarios'));
  writeFileSync(join(dir, 'scenarios', 'tiny-counter.yaml'), fixture('tiny-counter.yaml'));
  writeFileSync(join(dir, 'scenarios', 'broken.yaml'), fixture('bad/unknown-field.yaml'));
  library = buildLibrary(dir);

  initI18n('en-GB');
  app = new AppClass(openStore(memoryStorage()), new Mixer(new FakeBackend()), silentSpeaker());
  root = document.createElement('div');
  document.body.append(root);
  mountShell(root, app, new StageArea());
  await app.load(allCueUrls(), async () => library);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a scenario file that fails the checker', () => {
  it('is left out of the library, with its located problem', () => {
    expect(library.entries.map((e) => e.file)).toEqual(['scenarios/tiny-counter.yaml']);
    expect(library.rejected).toHaveLength(1);
    expect(library.rejected[0]!.file).toBe('scenarios/broken.yaml');
    expect(library.rejected[0]!.problems[0]).toMatchObject({ line: 21, col: 9 });
  });

  it('is named, with where and why, in a notice on the page', () => {
    const notice = root.querySelector('.notices [data-notice="rejected:scenarios/broken.yaml"]');
    expect(notice?.textContent).toContain('The scenario file scenarios/broken.yaml has problems and has been left out: scenarios/broken.yaml:21:9: error: nodes.a.choices[0]: unknown field "colour"');
    expect(root.querySelector('.notices')?.getAttribute('aria-live')).toBe('polite');
  });

  it('does not reach the picker, while the sound file does and plays', async () => {
    expect(app.screen.name).toBe('picker');
    const cards = [...root.querySelectorAll<HTMLButtonElement>('button.card')];
    expect(cards.map((c) => c.dataset.scenario)).toEqual(['tiny-counter']);
    expect(root.querySelector('.rejected')?.textContent).toContain('scenarios/broken.yaml');
    cards[0]!.click();
    // The build may ask how to play first (practice or assessment); practice is the default.
    await Promise.resolve();
    root.querySelector<HTMLButtonElement>('dialog[open] button[type="submit"]')?.click();
    expect(app.screen.name).toBe('conversation');
    root.querySelector<HTMLButtonElement>('button.choice')!.click();
    expect(root.querySelector('.conversation')?.getAttribute('data-turn')).toBe('1');
  });
});
