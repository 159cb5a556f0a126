/**
 * Finished attempts, kept in the browser's IndexedDB with their transcripts so
 * a learner and their tutor can look back over them. Like the settings store
 * it never throws: private browsing, blocked storage and a full quota are
 * reported as problems, and the role-play goes on without history.
 */
import type { Mode, Transcript } from '../../engine/transcript.ts';
import type { Outcome } from '../../scenario/schema.ts';
import type { PresenterState } from './presenter.ts';

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

function openDb(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (err) {
      reject(err);
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('startedAt', 'startedAt');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new DOMException('could not open', 'UnknownError'));
    request.onblocked = () => reject(new DOMException('blocked by another tab', 'InvalidStateError'));
  });
}

/** Runs `work` in one transaction and resolves once it has committed; any failure aborts the whole of it. */
type Step = (run: () => void) => void;

function inTransaction<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore, done: (value: T) => void, step: Step) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    let value: T | undefined;
    let failure: unknown;
    let tx: IDBTransaction;
    // A throw inside a request callback would abort the transaction under a bare AbortError; keep the real reason (a full quota).
    const step: Step = (run) => {
      try {
        run();
      } catch (err) {
        failure = err;
        tx.abort();
      }
    };
    try {
      tx = db.transaction(STORE, mode);
      work(tx.objectStore(STORE), (v) => (value = v), step);
    } catch (err) {
      reject(err);
      return;
    }
    tx.oncomplete = () => resolve(value as T);
    tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('aborted', 'AbortError'));
    tx.onerror = (e) => e.preventDefault();
  });
}

export function openAttemptStore(factory: IDBFactory | undefined, name = 'rapport'): AttemptStore {
  let opening: Promise<IDBDatabase> | undefined;
  const db = () => {
    if (!factory) return Promise.reject(new DOMException('no IndexedDB', 'SecurityError'));
    opening ??= openDb(factory, name).catch((err: unknown) => {
      opening = undefined;
      throw err;
    });
    return opening;
  };
  async function attempt<T>(run: (d: IDBDatabase) => Promise<T>): Promise<AttemptResult<T>> {
    try {
      return { ok: true, value: await run(await db()) };
    } catch (err) {
      return { ok: false, problem: factory ? problemOf(err) : 'unavailable' };
    }
  }
  return {
    save: (record) => attempt((d) => inTransaction<void>(d, 'readwrite', (store) => void store.put(structuredClone(record)))),
    list: () =>
      attempt((d) =>
        inTransaction<AttemptRecord[]>(d, 'readonly', (store, done) => {
          const request = store.getAll();
          request.onsuccess = () => done((request.result as AttemptRecord[]).sort((a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id)));
        }),
      ),
    importAll: (records) =>
      attempt((d) =>
        inTransaction<{ added: number; present: number }>(d, 'readwrite', (store, done, step) => {
          const keys = store.getAllKeys();
          keys.onsuccess = () => step(() => {
            const have = new Set(keys.result.map(String));
            let added = 0;
            for (const record of records) {
              if (have.has(record.id)) continue;
              have.add(record.id);
              store.put(structuredClone(record));
              added++;
            }
            done({ added, present: records.length - added });
          });
        }),
      ),
  };
}
