/**
 * The app's promises about play that survives: a save after every choice,
 * resuming at the same turn with the same history, storage that is full or
 * refused, settings that persist, a scenario file the checker rejects, and
 * sound files that fail to load.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCueUrls, FakeBackend, loadedApp, memorySource, memoryStorage, settled, silentSpeaker } from '../../../test/support/fakes.ts';
import { App } from './app.ts';
import { openStore } from '../../web/storage.ts';
import { Mixer, type Cue } from '../audio/mixer.ts';
import { loadLibrary } from './library.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');
const tiny = { '/scenarios/tiny-counter.yaml': fixture('tiny-counter.yaml') };

/** Takes the first option on offer, whatever the shuffle put there. */
function chooseFirst(app: App) {
  if (app.screen.name !== 'conversation') throw new Error(`on the ${app.screen.name} screen, not in a conversation`);
  return app.choose(app.screen.play.view().options[0]!.choice);
}

const playOf = (app: App) => {
  if (app.screen.name !== 'conversation' && app.screen.name !== 'debrief') throw new Error(`no play on the ${app.screen.name} screen`);
  return app.screen.play;
};

describe('scenario files the checker rejects', () => {
  it('leaves a failing file out with a notice naming it and where, and the others play', async () => {
    const { app } = await loadedApp(memoryStorage(), { ...tiny, '/scenarios/broken.yaml': fixture('bad/unknown-field.yaml') });
    expect(app.library.entries.map((e) => e.card.id)).toEqual(['tiny-counter']);
    expect(app.library.rejected.map((r) => r.file)).toEqual(['scenarios/broken.yaml']);
    const notice = app.notices.find((n) => n.key === 'notice.scenarioRejected');
    expect(notice?.params?.file).toBe('scenarios/broken.yaml');
    expect(notice?.params?.problem).toBe('scenarios/broken.yaml:21:9: error: nodes.a.choices[0]: unknown field "colour"');
    expect(app.screen.name).toBe('picker');

    await app.startScenario(app.library.entries[0]!);
    expect(chooseFirst(app)?.index).toBe(0);
  });

  it('names a file that is not even YAML', async () => {
    const { app } = await loadedApp(memoryStorage(), { ...tiny, '/scenarios/syntax.yaml': fixture('bad/yaml-syntax.yaml') });
    expect(app.library.entries).toHaveLength(1);
    expect(app.notices.map((n) => n.params?.file)).toContain('scenarios/syntax.yaml');
  });
});

describe('saved play', () => {
  it('saves after every choice and resumes at the same turn with the same history', async () => {
    const storage = memoryStorage();
    const first = await loadedApp(storage, tiny);
    await first.app.startScenario(first.app.library.entries[0]!);
    const saves: string[] = [storage.data.get('rapport.play')!];
    chooseFirst(first.app);
    saves.push(storage.data.get('rapport.play')!);
    expect(new Set(saves).size).toBe(2);
    const before = playOf(first.app);
    const turns = structuredClone(before.turns);
    const view = before.view();
    expect(turns).toHaveLength(1);

    // Close and reopen: a new app on the same storage.
    const second = await loadedApp(storage, tiny);
    expect(second.app.screen.name).toBe('conversation');
    const after = playOf(second.app);
    expect(after.turns).toEqual(turns);
    expect(after.view()).toEqual(view);
    // And it carries on from there.
    chooseFirst(second.app);
    expect(after.turns).toHaveLength(2);
  });

  it('refuses a save for another version of the scenario with a notice, and opens the picker', async () => {
    const storage = memoryStorage();
    const first = await loadedApp(storage, tiny);
    await first.app.startScenario(first.app.library.entries[0]!);
    chooseFirst(first.app);
    const changed = { '/scenarios/tiny-counter.yaml': tiny['/scenarios/tiny-counter.yaml'].replace('First impressions.', 'Changed.') };
    const second = await loadedApp(storage, changed);
    expect(second.app.screen.name).toBe('picker');
    expect(second.app.notices.find((n) => n.id === 'resume')?.params?.file).toBe('scenarios/tiny-counter.yaml');
    expect(storage.data.has('rapport.play')).toBe(false);
  });

  it('tells the learner when storage is full and lets the conversation go on to its end', async () => {
    const { app } = await loadedApp(memoryStorage('QuotaExceededError'), tiny);
    expect(app.notices).toEqual([]);
    await app.startScenario(app.library.entries[0]!);
    expect(app.notices.map((n) => n.key)).toEqual(['notice.storageFull']);
    while (app.screen.name === 'conversation' && !app.screen.play.ended) chooseFirst(app);
    expect(playOf(app).ended).toBe(true);
    app.openDebrief();
    expect(app.screen.name).toBe('debrief');
    // One notice, replaced rather than repeated on every failed write.
    expect(app.notices.map((n) => n.key)).toEqual(['notice.storageFull']);
  });

  it('tells the learner when storage is refused altogether, and play goes on', async () => {
    const { app } = await loadedApp(memoryStorage('SecurityError'), tiny);
    expect(app.notices.map((n) => n.key)).toEqual(['notice.storageUnavailable']);
    await app.startScenario(app.library.entries[0]!);
    chooseFirst(app);
    expect(playOf(app).turns).toHaveLength(1);
  });
});

describe('settings', () => {
  it('keeps volume, mute and the other preferences across a reopen and applies them to the sound', async () => {
    const storage = memoryStorage();
    const { app } = await loadedApp(storage, tiny);
    app.updateSettings({ volume: 0.25, muted: true, feedback: 'end', showMeters: false, language: 'cy' });
    const backend = new FakeBackend();
    const reopened = new App(openStore(storage), new Mixer(backend), silentSpeaker());
    expect(reopened.settings).toMatchObject({ volume: 0.25, muted: true, feedback: 'end', showMeters: false, language: 'cy' });
    expect(backend.volume).toBe(0.25);
    expect(backend.muted).toBe(true);
  });
});

describe('sound files that cannot be loaded', () => {
  it('gives one notice naming them, and the scenario plays without them', async () => {
    const { app, backend } = await loadedApp(memoryStorage(), tiny, ['click', 'shop']);
    expect(app.notices.find((n) => n.id === 'sound')?.params?.sounds).toBe('shop, click');
    app.mixer.unlock();
    await app.startScenario(app.library.entries[0]!);
    app.mixer.setLoops(['shop', 'office']);
    chooseFirst(app);
    expect(playOf(app).turns).toHaveLength(1);
    expect(backend.calls).toEqual(['start:office']);
  });

  it('counts a cue with no file at all as missing', async () => {
    const backend = new FakeBackend();
    const app = new App(openStore(memoryStorage()), new Mixer(backend), silentSpeaker());
    const urls = allCueUrls();
    urls.delete('ring');
    await app.load(urls, memorySource(loadLibrary(tiny)));
    await app.soundsLoaded;
    expect(app.notices.find((n) => n.id === 'sound')?.params?.sounds).toBe('ring');
    expect(app.screen.name).toBe('picker');
  });

  it('shows the picker without waiting for the sound files, which go on loading behind it', async () => {
    let finish: (failed: Cue[]) => void = () => {};
    const slow = new FakeBackend();
    slow.load = () => new Promise<Cue[]>((resolve) => (finish = resolve));
    const app = new App(openStore(memoryStorage()), new Mixer(slow), silentSpeaker());
    await app.load(allCueUrls(), memorySource(loadLibrary(tiny)));
    expect(app.screen.name).toBe('picker');
    expect(app.notices.some((n) => n.id === 'sound')).toBe(false);
    finish(['door']);
    await app.soundsLoaded;
    expect(app.notices.find((n) => n.id === 'sound')?.params?.sounds).toBe('door');
  });
});

describe('scenario data fetched when it is needed', () => {
  const two = { ...tiny, '/scenarios/critical-counter.yaml': fixture('critical-counter.yaml') };
  const entryOf = (app: App, id: string) => app.library.entries.find((e) => e.card.id === id)!;

  it('fetches nothing for the picker, and only the scenario that is played', async () => {
    const { app, source } = await loadedApp(memoryStorage(), two);
    expect(app.screen.name).toBe('picker');
    expect(app.library.entries.map((e) => e.card.title)).toEqual(['A counter conversation with a critical criterion', 'A short counter conversation']);
    expect(source.fetched).toEqual([]);
    expect(await app.startScenario(entryOf(app, 'tiny-counter'))).toBe(true);
    expect(source.fetched).toEqual(['scenarios/tiny-counter.yaml']);
    expect(playOf(app).scenario.id).toBe('tiny-counter');
  });

  it('says which scenario is opening while its data is on the way, then starts it', async () => {
    const { app, source } = await loadedApp(memoryStorage(), tiny);
    const seen: (string | undefined)[] = [];
    app.on('opening', (entry) => seen.push(entry?.card.id));
    source.held.add('scenarios/tiny-counter.yaml');
    const started = app.startScenario(app.library.entries[0]!);
    await settled();
    expect(app.opening?.card.id).toBe('tiny-counter');
    expect(app.screen.name).toBe('picker');
    source.release('scenarios/tiny-counter.yaml');
    expect(await started).toBe(true);
    expect(app.opening).toBeUndefined();
    expect(seen).toEqual(['tiny-counter', undefined]);
    expect(app.screen.name).toBe('conversation');
  });

  it('asks once for a scenario however many ask at the same time', async () => {
    const { app, source } = await loadedApp(memoryStorage(), tiny);
    source.held.add('scenarios/tiny-counter.yaml');
    const entry = app.library.entries[0]!;
    const both = Promise.all([app.open(entry), app.open(entry)]);
    source.release('scenarios/tiny-counter.yaml');
    const [a, b] = await both;
    expect(a).toBe(b);
    expect(source.fetched).toEqual(['scenarios/tiny-counter.yaml']);
  });

  it('names a scenario that cannot be fetched, starts nothing, and starts it when tried again', async () => {
    const { app, source } = await loadedApp(memoryStorage(), tiny);
    source.unreachable.add('scenarios/tiny-counter.yaml');
    expect(await app.startScenario(app.library.entries[0]!)).toBe(false);
    expect(app.screen.name).toBe('picker');
    const notice = app.notices.find((n) => n.id === 'open:scenarios/tiny-counter.yaml');
    expect(notice).toMatchObject({ key: 'notice.scenarioUnreachable', tone: 'warning', params: { title: 'A short counter conversation', error: 'Failed to fetch' } });
    expect(app.opening).toBeUndefined();

    source.unreachable.clear();
    expect(await app.startScenario(app.library.entries[0]!)).toBe(true);
    expect(app.notices.some((n) => n.id.startsWith('open:'))).toBe(false);
    expect(source.fetched).toHaveLength(2);
  });

  it('keeps a saved conversation whose scenario cannot be fetched, offers it on the picker, and resumes it once it can', async () => {
    const storage = memoryStorage();
    const first = await loadedApp(storage, tiny);
    await first.app.startScenario(first.app.library.entries[0]!);
    chooseFirst(first.app);
    const saved = storage.data.get('rapport.play');
    const turns = structuredClone(playOf(first.app).turns);

    const offline = memorySource(loadLibrary(tiny));
    offline.unreachable.add('scenarios/tiny-counter.yaml');
    const second = await loadedApp(storage, offline);
    expect(second.app.screen.name).toBe('picker');
    expect(storage.data.get('rapport.play')).toBe(saved);
    expect(second.app.notices.map((n) => n.key)).toEqual(['notice.scenarioUnreachable']);
    expect(second.app.unfinished()?.file).toBe('scenarios/tiny-counter.yaml');

    offline.unreachable.clear();
    await second.app.resumeUnfinished();
    expect(second.app.screen.name).toBe('conversation');
    expect(playOf(second.app).turns).toEqual(turns);
  });

  it('fetches for an imported file only the scenarios it names, each with its data or why it could not be had', async () => {
    const { app, source } = await loadedApp(memoryStorage(), two);
    source.unreachable.add('scenarios/critical-counter.yaml');
    const named = await app.scenarios.loadNamed(app.library.entries, ['tiny-counter', 'critical-counter', 'not-bundled']);
    expect(source.fetched.sort()).toEqual(['scenarios/critical-counter.yaml', 'scenarios/tiny-counter.yaml']);
    expect([...named.keys()].sort()).toEqual(['critical-counter', 'tiny-counter']);
    expect(named.get('critical-counter')).toEqual({ unavailable: 'Failed to fetch' });
    const tinyData = named.get('tiny-counter');
    expect(tinyData && 'scenario' in tinyData ? tinyData.scenario.id : undefined).toBe('tiny-counter');
  });

  it('refuses data that is not the version the catalogue lists, and says to reload', async () => {
    const source = memorySource(loadLibrary(tiny));
    const changed = loadLibrary({ '/scenarios/tiny-counter.yaml': tiny['/scenarios/tiny-counter.yaml'].replace('First impressions.', 'Changed.') });
    const { app } = await loadedApp(memoryStorage(), { ...source, fetch: async () => JSON.parse(JSON.stringify(changed.entries[0]!.scenario)) as unknown });
    expect(await app.startScenario(app.library.entries[0]!)).toBe(false);
    expect(app.notices.find((n) => n.id.startsWith('open:'))?.key).toBe('notice.scenarioChanged');
    expect(app.screen.name).toBe('picker');
  });

  it('does not open a scenario over the screen the learner has moved to while it was fetched', async () => {
    const { app, source } = await loadedApp(memoryStorage(), tiny);
    source.held.add('scenarios/tiny-counter.yaml');
    const started = app.startScenario(app.library.entries[0]!);
    app.showHistory();
    source.release('scenarios/tiny-counter.yaml');
    expect(await started).toBe(false);
    expect(app.screen.name).toBe('history');
  });

  it("keeps the loading screen, with the scenario in its progress, until a practice link's scenario has arrived", async () => {
    const source = memorySource(loadLibrary(two));
    source.held.add('scenarios/critical-counter.yaml');
    const app = new App(openStore(memoryStorage()), new Mixer(new FakeBackend()), silentSpeaker());
    app.requested = { scenario: 'critical-counter', mode: 'practice' };
    const loading = app.load(allCueUrls(), source);
    await settled();
    expect(app.screen.name).toBe('loading');
    expect(app.loading).toEqual({ done: allCueUrls().size, total: allCueUrls().size + 1 });
    source.release('scenarios/critical-counter.yaml');
    await loading;
    expect(app.loading).toEqual({ done: allCueUrls().size + 1, total: allCueUrls().size + 1 });
    expect(app.screen.name).toBe('conversation');
    expect(playOf(app).scenario.id).toBe('critical-counter');
    expect(source.fetched).toEqual(['scenarios/critical-counter.yaml']);
  });
});
