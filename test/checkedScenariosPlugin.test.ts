// @vitest-environment happy-dom
/**
 * Item 7 along the path the browser takes: the build plugin checks a
 * scenarios folder holding one sound file and one that fails the checker; the
 * app loads the result; the page shows a notice naming the failing file and
 * where, the picker offers only the sound one, and it plays. And the split
 * that keeps the page's first script small: the module holds only the
 * catalogue, and each accepted scenario's data is a file of its own (emitted
 * when building, served by the dev server), fetched when it is played.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedScenarios, CHECKED_SCENARIOS_ID, DEV_SCENARIO_PATH, devScenarioData } from '../scripts/checkedScenariosPlugin.ts';
import type { App } from '../src/game/app/app.ts';
import { checkFile } from '../src/game/app/library.ts';
import { scenarioHash } from '../src/scenario/hash.ts';
import type { Catalogue, ScenarioSource } from '../src/web/scenarioCatalogue.ts';
import { openStore } from '../src/web/storage.ts';
import { Mixer } from '../src/game/audio/mixer.ts';
import { initI18n } from '../src/web/i18n/i18n.ts';
import { allCueUrls, FakeBackend, memoryStorage, settled, silentSpeaker } from './support/fakes.ts';
import { App as AppClass } from '../src/game/app/app.ts';
import { mountShell } from '../src/game/ui/shell/shell.ts';
import { StageArea } from '../src/game/ui/stageArea.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
let dir: string;
let built: Built;
let app: App;
let root: HTMLElement;
const fetched: string[] = [];

/** A hook as Vite calls it: a plain function, or an object with a filter and a handler. */
function hook<F extends (...args: never[]) => unknown>(h: unknown): F {
  const fn = typeof h === 'function' ? h : (h as { handler?: unknown } | undefined)?.handler;
  if (typeof fn !== 'function') throw new Error('the plugin does not have this hook');
  return fn as F;
}

interface Built {
  catalogue: Catalogue;
  /** Each file's URL as the module writes it: a file reference to resolve (building) or a path (serving). */
  urls: Record<string, string>;
  /** What the build emitted, by reference. */
  emitted: Map<string, { name: string; source: string }>;
  code: string;
}

/** Runs the plugin's hooks as Vite would, building or serving, and reads back the module it gives the page. */
function runPlugin(projectRoot: string, command: 'build' | 'serve'): Built {
  const plugin = checkedScenarios();
  const watched: string[] = [];
  const emitted = new Map<string, { name: string; source: string }>();
  hook<(c: { root: string; command: string }) => void>(plugin.configResolved)({ root: projectRoot, command });
  const resolved = hook<(id: string) => string | undefined>(plugin.resolveId)(CHECKED_SCENARIOS_ID);
  expect(resolved).toBeDefined();
  const context = {
    addWatchFile: (p: string) => watched.push(p),
    emitFile: (file: { type: 'asset'; name: string; source: string }) => {
      const ref = `ref${emitted.size + 1}`;
      emitted.set(ref, file);
      return ref;
    },
  };
  const load = hook<(this: typeof context, id: string) => string>(plugin.load);
  const code = load.call(context, resolved!);
  expect(watched.map((p) => p.split(/[\\/]/).pop()).sort()).toEqual(['broken.yaml', 'tiny-counter.yaml']);
  const literal = /^export const catalogue = JSON\.parse\((".*")\);$/m.exec(code)?.[1];
  if (!literal) throw new Error(`unexpected module: ${code.slice(0, 120)}`);
  const urls = Object.fromEntries([...code.matchAll(/^ {2}("[^"]+"): (.+),$/gm)].map((m) => [JSON.parse(m[1]!) as string, m[2]!]));
  return { catalogue: JSON.parse(JSON.parse(literal) as string) as Catalogue, urls, emitted, code };
}

/** The built page's source: the catalogue, and each scenario's data read from the file the build emitted for it. */
function builtSource({ catalogue, urls, emitted }: Built): ScenarioSource {
  return {
    catalogue,
    fetch: async (entry) => {
      fetched.push(entry.file);
      const ref = /^import\.meta\.ROLLUP_FILE_URL_(\w+)$/.exec(urls[entry.file] ?? '')?.[1];
      const file = ref ? emitted.get(ref) : undefined;
      if (!file) throw new Error(`no file emitted for ${entry.file}`);
      return JSON.parse(file.source) as unknown;
    },
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-plugin-'));
  mkdirSync(join(dir, 'scenarios'));
  writeFileSync(join(dir, 'scenarios', 'tiny-counter.yaml'), fixture('tiny-counter.yaml'));
  writeFileSync(join(dir, 'scenarios', 'broken.yaml'), fixture('bad/unknown-field.yaml'));
  built = runPlugin(dir, 'build');

  initI18n('en-GB');
  app = new AppClass(openStore(memoryStorage()), new Mixer(new FakeBackend()), silentSpeaker());
  root = document.createElement('div');
  document.body.append(root);
  mountShell(root, app, new StageArea());
  await app.load(allCueUrls(), builtSource(built));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a scenario file that fails the checker', () => {
  it('is left out of the library, with its located problem', () => {
    const { catalogue } = built;
    expect(catalogue.entries.map((e) => e.file)).toEqual(['scenarios/tiny-counter.yaml']);
    expect(catalogue.rejected).toHaveLength(1);
    expect(catalogue.rejected[0]!.file).toBe('scenarios/broken.yaml');
    expect(catalogue.rejected[0]!.problems[0]).toMatchObject({ line: 21, col: 9 });
    expect([...built.emitted.values()].map((f) => f.name)).toEqual(['scenario-tiny-counter.json']);
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
    expect(fetched).toEqual([]);
    cards[0]!.click();
    // The build may ask how to play first (practice or assessment); practice is the default.
    await Promise.resolve();
    root.querySelector<HTMLButtonElement>('dialog[open] button[type="submit"]')?.click();
    await settled();
    expect(app.screen.name).toBe('conversation');
    expect(fetched).toEqual(['scenarios/tiny-counter.yaml']);
    root.querySelector<HTMLButtonElement>('button.choice')!.click();
    expect(root.querySelector('.conversation')?.getAttribute('data-turn')).toBe('1');
  });
});

describe("the page's first script and each scenario's data", () => {
  const checked = () => {
    const c = checkFile('/scenarios/tiny-counter.yaml', fixture('tiny-counter.yaml'));
    if (!('scenario' in c)) throw new Error('the fixture should pass the check');
    return c;
  };

  it('puts only what the picker shows in the module: no line, option, evidence or note', () => {
    const { scenario, hash } = checked();
    const [entry] = built.catalogue.entries;
    expect(entry).toEqual({ file: 'scenarios/tiny-counter.yaml', hash, card: expect.objectContaining({ id: scenario.id, title: scenario.title, channel: scenario.channel, place: scenario.place, units: scenario.units }) });
    expect(entry!.card.customer.name).toBe(scenario.customer.name);
    expect(Object.keys(entry!.card)).not.toContain('nodes');
    const firstOption = Object.values(scenario.nodes).flatMap((n) => n.choices)[0]!;
    for (const text of [firstOption.text, firstOption.evidence[0]!.why, scenario.customer.persona]) expect(built.code).not.toContain(text);
  });

  it("emits each accepted scenario's data whole, with the content hash the catalogue lists", () => {
    const { scenario } = checked();
    const [ref] = [...built.emitted.keys()];
    expect(built.urls['scenarios/tiny-counter.yaml']).toBe(`import.meta.ROLLUP_FILE_URL_${ref}`);
    const data = JSON.parse(built.emitted.get(ref!)!.source) as typeof scenario;
    expect(data).toEqual(JSON.parse(JSON.stringify(scenario)));
    expect(scenarioHash(data)).toBe(built.catalogue.entries[0]!.hash);
  });

  it('under the dev server, points at paths it serves: the checked data for a sound file, 404 for one that fails or is not there', async () => {
    const served = runPlugin(dir, 'serve');
    expect(served.emitted.size).toBe(0);
    expect(served.urls).toEqual({ 'scenarios/tiny-counter.yaml': JSON.stringify(`${DEV_SCENARIO_PATH}tiny-counter.json`) });
    const handler = devScenarioData(() => join(dir, 'scenarios'), (name) => checkFile(`/scenarios/${name}`, readFileSync(join(dir, 'scenarios', name), 'utf8')));
    const ask = (url: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const res = { statusCode: 200, setHeader: () => res, end: (body: string) => resolve({ status: res.statusCode, body }) };
        handler({ url } as IncomingMessage, res as unknown as ServerResponse, () => reject(new Error(`${url} was passed on to the page`)));
      });
    const good = await ask('/tiny-counter.json');
    expect(good.status).toBe(200);
    expect(scenarioHash(JSON.parse(good.body))).toBe(served.catalogue.entries[0]!.hash);
    expect(await ask('/broken.json')).toMatchObject({ status: 404, body: expect.stringContaining('scenarios/broken.yaml') });
    expect(await ask('/missing.json')).toEqual({ status: 404, body: 'there is no scenario file "missing.yaml"' });
    expect((await ask('/..%2Fpackage.json')).status).toBe(404);
    expect((await ask('/tiny-counter.yaml.json')).status).toBe(404);
  });
});
