// idb recognises IndexedDB's objects by the global classes a browser has; fake-indexeddb/auto puts them there.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../../../test/support/scenarios.ts';
import { contentHash } from '../../scenario/hash.ts';
import { scenarioHash } from '../../scenario/load.ts';
import { attemptRecord, openAttemptStore, type AttemptRecord, type AttemptStore } from './attempts.ts';
import { ATTEMPTS_FILE_FORMAT, makeAttemptsFile, readAttemptsFile, scenarioIdsIn, type AttemptsFile, type Refusal } from './attemptsFile.ts';
import { initI18n, t } from '../../web/i18n/i18n.ts';
import { cardOf, type LibraryEntry } from '../../web/scenarioCatalogue.ts';
import { Play } from './play.ts';
import { addTally } from './presenter.ts';

const scenario = fixture('tiny-counter.yaml');
const entry: LibraryEntry = { file: 'scenarios/tiny-counter.yaml', scenario, hash: scenarioHash(scenario), card: cardOf(scenario) };
const lookup = (id: string) => (id === scenario.id ? entry : undefined);

function finished(choices: number[], options: { presenter?: boolean; learner?: string } = {}): AttemptRecord {
  const play = Play.start(entry, options.learner ?? 'Ana', { presenter: options.presenter ?? false });
  for (const c of choices) play.choose(c);
  if (options.presenter) {
    play.updatePresenter((s) => addTally(s, 0, 'greet', 0, 9));
    play.stepBack(1);
    play.choose(choices.at(-1)!);
  }
  const record = attemptRecord(entry.file, play.transcript(), play.presenter);
  play.stop();
  return JSON.parse(JSON.stringify(record)) as AttemptRecord;
}

async function listed(store: AttemptStore): Promise<AttemptRecord[]> {
  const result = await store.list();
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

/** Re-seals a file after editing it, as a careful forger would, so the deeper checks are what refuse it. */
function reseal(file: AttemptsFile): string {
  return JSON.stringify({ ...file, count: file.attempts.length, checksum: contentHash(file.attempts) });
}

let n = 0;
const freshStore = () => openAttemptStore(new IDBFactory(), `test-${++n}`);

describe('attempt store (IndexedDB)', () => {
  it('saves and lists attempts newest first, replacing an attempt saved again', async () => {
    const store = freshStore();
    const a = finished([0, 0]);
    await new Promise((r) => setTimeout(r, 5));
    const b = finished([1, 1]);
    expect(await store.save(a)).toEqual({ ok: true, value: undefined });
    expect(await store.save(b)).toEqual({ ok: true, value: undefined });
    expect(await store.save(a)).toEqual({ ok: true, value: undefined });
    const all = await listed(store);
    expect(all.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(all[1]).toEqual(a);
    expect(all[1]!.transcript.turns).toHaveLength(2);
  });

  it('summarises from the transcript: scenario, learner, mode, score, pass', () => {
    const best = finished([0, 0]);
    expect(best).toMatchObject({ scenarioId: 'tiny-counter', title: scenario.title, learner: 'Ana', mode: 'practice', percent: 100, passed: true, outcome: 'resolved' });
    const poor = finished([1, 1]);
    expect(poor).toMatchObject({ percent: 0, passed: false, outcome: 'customer-left' });
  });

  it('round-trips everything through an exported file into another store', async () => {
    const source = freshStore();
    const records = [finished([0, 0]), finished([1, 1], { learner: 'Bryn' }), finished([0, 0], { presenter: true })];
    for (const r of records) await source.save(r);
    const text = JSON.stringify(makeAttemptsFile(await listed(source)));
    const read = readAttemptsFile(text, lookup);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const target = freshStore();
    expect(await target.importAll(read.attempts)).toEqual({ ok: true, value: { added: 3, present: 0 } });
    expect(await listed(target)).toEqual(await listed(source));
    expect((await listed(target)).find((r) => r.presenter)?.presenter?.branches).toHaveLength(1);
    // Importing the same file again adds nothing and duplicates nothing.
    expect(await target.importAll(read.attempts)).toEqual({ ok: true, value: { added: 0, present: 3 } });
    expect(await listed(target)).toHaveLength(3);
  });

  it('reports IndexedDB being unavailable without throwing', async () => {
    const none = openAttemptStore(undefined);
    expect(await none.save(finished([0, 0]))).toEqual({ ok: false, problem: 'unavailable' });
    expect(await none.list()).toEqual({ ok: false, problem: 'unavailable' });
    const refusing = { open: () => { throw new DOMException('blocked', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await openAttemptStore(refusing).list()).toEqual({ ok: false, problem: 'unavailable' });
  });

  describe('with a full quota', () => {
    const put = FakeObjectStore.prototype.put;
    afterEach(() => {
      FakeObjectStore.prototype.put = put;
    });

    it('reports the store as full and keeps what was there', async () => {
      const store = freshStore();
      const kept = finished([0, 0]);
      await store.save(kept);
      FakeObjectStore.prototype.put = function () {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      expect(await store.save(finished([1, 1]))).toEqual({ ok: false, problem: 'full' });
      // The second of two records finds the quota full: the first must not be left behind either.
      let puts = 0;
      FakeObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (++puts > 1) throw new DOMException('quota', 'QuotaExceededError');
        return put.apply(this, args);
      } as typeof put;
      expect(await store.importAll([finished([1, 1]), finished([0, 1, 0])])).toEqual({ ok: false, problem: 'full' });
      expect(puts).toBe(2);
      FakeObjectStore.prototype.put = put;
      expect(await listed(store)).toEqual([kept]);
    });
  });
});

/** A refusal as the English interface shows it (the Welsh is checked key for key by the i18n test). */
function inEnglish(r: Refusal): string {
  initI18n('en-GB');
  return `${t(`history.refusal.${r.key}`, r.params)}${r.detail ? ` ${r.detail}` : ''}`;
}

describe('reading an attempts file', () => {
  const file = () => makeAttemptsFile([finished([0, 0]), finished([1, 1]), finished([0, 0], { presenter: true })]);

  const refusals: [string, () => string, RegExp][] = [
    ['not JSON', () => '{"format": "rapport-attempts/1", "attempts": [', /not readable JSON/],
    ['another program\'s JSON', () => JSON.stringify({ name: 'my notes', items: [] }), /not a Rapport attempts file/],
    ['a single transcript', () => JSON.stringify(file().attempts[0]!.transcript), /single transcript/],
    ['a file cut short', () => JSON.stringify({ ...file(), attempts: file().attempts.slice(0, 2) }), /holds 2/],
    ['an edit without a new checksum', () => JSON.stringify(file()).replace('"percent":100', '"percent":99'), /checksum/],
    ['a score edited in the summary', () => { const f = file(); f.attempts[0]!.percent = 100; f.attempts[1]!.percent = 100; return reseal(f); }, /attempt 2 .*percent does not agree/],
    ['a score edited in the transcript', () => { const f = file(); f.attempts[1]!.transcript.rollUp.percent = 100; f.attempts[1]!.percent = 100; return reseal(f); }, /attempt 2 .*does not match a replay.*rollUp/],
    ['a choice swapped in a transcript', () => { const f = file(); const turn = f.attempts[1]!.transcript.turns[0]!; if (turn.action.kind === 'choice') turn.action.choice = 0; return reseal(f); }, /attempt 2 .*does not match a replay/],
    ['a tampered explored branch', () => { const f = file(); const b = f.attempts[2]!.presenter!.branches[0]!; b.path[b.path.length - 1]!.metersAfter.mood = 100; return reseal(f); }, /attempt 3 .*explored branch 1 does not match/],
    ['a negative tally', () => { const f = file(); f.attempts[2]!.presenter!.tally[0]!.counts['0'] = -3; return reseal(f); }, /attempt 3 .*tally entry 1/],
    ['an unknown scenario', () => { const f = file(); f.attempts[0]!.transcript.scenario.id = 'elsewhere'; return reseal(f); }, /“elsewhere”, which this copy of Rapport does not have/],
    ['an unfinished conversation', () => { const f = file(); delete f.attempts[0]!.transcript.endedAt; return reseal(f); }, /not a finished conversation/],
    ['the same attempt twice', () => { const f = file(); f.attempts.push(f.attempts[0]!); return reseal(f); }, /appears twice/],
    ['an unknown field', () => { const f = file(); (f.attempts[0] as unknown as Record<string, unknown>).grade = 'A'; return reseal(f); }, /fields Rapport does not know: grade/],
    ['another format version', () => JSON.stringify({ ...file(), format: 'rapport-attempts/9' }), /expected rapport-attempts\/1/],
  ];

  it.each(refusals)('refuses %s with a reason, and the store is unchanged', async (_name, make, reason) => {
    const store = freshStore();
    const before = finished([0, 1, 0]);
    await store.save(before);
    const read = readAttemptsFile(make(), lookup);
    expect(read.ok).toBe(false);
    if (read.ok) await store.importAll(read.attempts);
    else expect(inEnglish(read.reason)).toMatch(reason);
    expect(await listed(store)).toEqual([before]);
  });

  it('accepts a sound file and names its format', () => {
    const f = file();
    expect(f.format).toBe(ATTEMPTS_FILE_FORMAT);
    const read = readAttemptsFile(JSON.stringify(f, null, 2), lookup);
    expect(read.ok && read.attempts.length).toBe(3);
  });

  it('names the scenarios a file needs, so only those are fetched before it is read', () => {
    const f = file();
    f.attempts[1]!.transcript.scenario.id = 'another-scenario';
    expect(scenarioIdsIn(JSON.stringify(f))).toEqual(['tiny-counter', 'another-scenario']);
    for (const text of ['not json', '{}', JSON.stringify({ attempts: [null, { transcript: { scenario: { id: 4 } } }] })]) expect(scenarioIdsIn(text)).toEqual([]);
  });

  it('refuses a file whose scenario could not be fetched, saying so rather than calling it unknown', () => {
    const read = readAttemptsFile(JSON.stringify(file()), () => ({ unavailable: 'Failed to fetch' }));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.reason).toMatchObject({ key: 'scenarioUnavailable', params: { n: 1, id: 'tiny-counter', error: 'Failed to fetch' } });
    expect(inEnglish(read.reason)).toMatch(/“tiny-counter”, which could not be loaded just now \(Failed to fetch\).*Nothing has been imported/);
  });
});
