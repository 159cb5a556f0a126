/**
 * Finished attempts, kept in the browser's IndexedDB with their transcripts so
 * a learner and their tutor can look back over them. Like the settings store
 * it never throws: private browsing, blocked storage and a full quota are
 * reported as problems, and the role-play goes on without history.
 */
import type { Mode, Transcript } from '../../engine/transcript.ts';
import type { Outcome } from '../../scenario/schema.ts';
import type { PresenterState } from './presenter.ts';
import type { DBSchema, IDBPDatabase } from 'idb';

export interface AttemptRecord {
  /** Scenario, start time and seed: the same attempt always has the same id, so saving it again replaces it. */
  id: string;
  /** The bundled file the scenario came from, to find it again for the debrief. */
  file: string;
  scenarioId: string;
  title: string;
  learner: string;
  mode: Mode;
  startedAt: string;
  endedAt: string;
  outcome?: Outcome;
  percent: number;
  passed: boolean;
  /** The canonical record of the path taken; the fields above are read from it. */
  transcript: Transcript;
  /** The tutor's classroom record (explored branches, tally) when the attempt was presented to a class. */
  presenter?: PresenterState;
}

export const attemptId = (t: Pick<Transcript, 'scenario' | 'startedAt' | 'seed'>): string => `${t.scenario.id}/${t.startedAt}/${t.seed}`;

/** The record of a finished attempt; its summary is always taken from the transcript, never supplied separately. */
export function attemptRecord(file: string, transcript: Transcript, presenter?: PresenterState): AttemptRecord {
  const record: AttemptRecord = {
    id: attemptId(transcript),
    file,
    scenarioId: transcript.scenario.id,
    title: transcript.scenario.title,
    learner: transcript.learner,
    mode: transcript.mode,
    startedAt: transcript.startedAt,
    endedAt: transcript.endedAt ?? transcript.startedAt,
    percent: transcript.rollUp.percent,
    passed: transcript.pass?.passed ?? false,
    transcript,
  };
  if (transcript.outcome) record.outcome = transcript.outcome;
  if (presenter) record.presenter = presenter;
  return record;
}

export type AttemptProblem = 'unavailable' | 'full' | 'failed';
export type AttemptResult<T> = { ok: true; value: T } | { ok: false; problem: AttemptProblem };

export interface AttemptStore {
  save(record: AttemptRecord): Promise<AttemptResult<void>>;
  /** Newest first. */
  list(): Promise<AttemptResult<AttemptRecord[]>>;
  /**
   * Adds records in one transaction: all or none. Ids already stored are left
   * as they are (the same attempt imported twice is not duplicated).
   */
  importAll(records: readonly AttemptRecord[]): Promise<AttemptResult<{ added: number; present: number }>>;
}

const DB_VERSION = 1;
const STORE = 'attempts';

interface AttemptsDb extends DBSchema {
  attempts: { key: string; value: AttemptRecord; indexes: { startedAt: string } };
}

function problemOf(err: unknown): AttemptProblem {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError') return 'unavailable';
  return 'failed';
}

/** Reaching `indexedDB` can itself throw a SecurityError when storage is blocked. */
export function browserIndexedDb(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * idb's `openDB` with the factory passed in (idb's own reads the global, and tests give each store a fresh
 * one): `wrap` turns the open request into idb's promise of the database. idb is fetched with the first use
 * of the history, not with the page: the learner's first choice does not wait for it.
 */
async function openDb(factory: IDBFactory, name: string): Promise<IDBPDatabase<AttemptsDb>> {
  const { wrap } = await import('idb');
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
    };
    request.onblocked = () => reject(new DOMException('blocked by another tab', 'InvalidStateError'));
    wrap(request).then((db) => (db ? resolve(db as unknown as IDBPDatabase<AttemptsDb>) : reject(new DOMException('could not open', 'UnknownError'))), reject);
  });
}

/** Adds the records not stored yet in one transaction; a failed write (a full quota) aborts all of it with its own reason. */
async function addAll(db: IDBPDatabase<AttemptsDb>, records: readonly AttemptRecord[]): Promise<{ added: number; present: number }> {
  const tx = db.transaction(STORE, 'readwrite');
  try {
    const have = new Set((await tx.store.getAllKeys()).map(String));
    let added = 0;
    for (const record of records) {
      if (have.has(record.id)) continue;
      have.add(record.id);
      // A write that fails aborts the transaction, and `done` rejects with its reason.
      tx.store.put(structuredClone(record)).catch(() => {});
      added++;
    }
    await tx.done;
    return { added, present: records.length - added };
  } catch (err) {
    tx.done.catch(() => {});
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was written either way.
    }
    throw err;
  }
}

export function openAttemptStore(factory: IDBFactory | undefined, name = 'rapport'): AttemptStore {
  let opening: Promise<IDBPDatabase<AttemptsDb>> | undefined;
  const db = () => {
    if (!factory) return Promise.reject(new DOMException('no IndexedDB', 'SecurityError'));
    opening ??= openDb(factory, name).catch((err: unknown) => {
      opening = undefined;
      throw err;
    });
    return opening;
  };
  async function attempt<T>(run: (d: IDBPDatabase<AttemptsDb>) => Promise<T>): Promise<AttemptResult<T>> {
    try {
      return { ok: true, value: await run(await db()) };
    } catch (err) {
      return { ok: false, problem: factory ? problemOf(err) : 'unavailable' };
    }
  }
  return {
    save: (record) => attempt(async (d) => void (await d.put(STORE, structuredClone(record)))),
    list: () => attempt(async (d) => (await d.getAll(STORE)).sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id))),
    importAll: (records) => attempt((d) => addAll(d, records)),
  };
}
