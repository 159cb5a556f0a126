/**
 * localStorage behind a small interface that never throws. Private browsing,
 * blocked cookies (SecurityError) and a full quota (QuotaExceededError) are
 * ordinary on shared training-room machines: the learner gets a notice and the
 * role-play goes on in memory.
 */

export type StoreProblem = 'unavailable' | 'full' | 'failed';

export type WriteResult = { ok: true } | { ok: false; problem: StoreProblem };

export interface Store {
  read(key: string): unknown;
  write(key: string, value: unknown): WriteResult;
  remove(key: string): void;
  /** Why storage cannot be used at all, found when the store was opened. */
  readonly unavailable: boolean;
}

const PREFIX = 'rapport.';

/** Reaching `window.localStorage` itself throws a SecurityError when storage is blocked. */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function problemOf(err: unknown): StoreProblem {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (name === 'SecurityError') return 'unavailable';
  return 'failed';
}

export function openStore(storage: Storage | undefined): Store {
  let usable = storage !== undefined;
  if (storage) {
    try {
      // Safari in private mode used to expose a storage whose every write failed.
      storage.setItem(`${PREFIX}probe`, '1');
      storage.removeItem(`${PREFIX}probe`);
    } catch (err) {
      usable = problemOf(err) === 'full';
    }
  }
  return {
    unavailable: !usable,
    read(key) {
      if (!storage || !usable) return undefined;
      try {
        const text = storage.getItem(PREFIX + key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        // A corrupt entry is treated as absent rather than stopping the app.
        return undefined;
      }
    },
    write(key, value) {
      if (!storage || !usable) return { ok: false, problem: 'unavailable' };
      try {
        storage.setItem(PREFIX + key, JSON.stringify(value));
        return { ok: true };
      } catch (err) {
        return { ok: false, problem: problemOf(err) };
      }
    },
    remove(key) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // Nothing to do: an entry we cannot remove we also could not have read.
      }
    },
  };
}
