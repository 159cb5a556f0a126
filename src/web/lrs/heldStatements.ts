/**
 * Statements held from an earlier page (the LRS could not be reached and the
 * tab was closed) go as soon as the app starts with an LRS in its settings, and
 * again whenever the browser comes back online (lrsClient listens for that),
 * not only when another conversation reaches its debrief. Only a page that
 * holds something loads the LRS client, so a start with nothing held costs one
 * read of localStorage.
 */
import { heldInStorage } from '../../export/lrsQueueKey.ts';
import type { QueueState, QueueStatus } from '../../export/lrsQueue.ts';
import { isLrsEndpoint, type Settings } from '../settings.ts';

export interface HeldProgress {
  /** Statements that were held when this page started sending them. */
  held: number;
  /** Of those, how many still wait. */
  left: number;
  /** Of those, how many the LRS refused for good (set aside, kept in this browser). */
  refused: number;
  state: QueueState;
  /** Why they wait or were refused: the queue's last error, else what the LRS said of a refused one. */
  error: string;
}

function heldNow(): number {
  try {
    return heldInStorage(globalThis.localStorage);
  } catch {
    return 0;
  }
}

/** Starts sending what is held, reporting each change until none of it is left; returns a function that stops the reports. */
export function sendHeldStatements(settings: Settings, onProgress: (p: HeldProgress) => void): () => void {
  if (!isLrsEndpoint(settings.lrsEndpoint) || heldNow() === 0) return () => {};
  let stopped = false;
  let off = () => {};
  void import('./lrsClient.ts').then(({ lrsConfigOf, lrsQueue, onLrsStatus }) => {
    const config = lrsConfigOf(settings);
    if (stopped || !config) return;
    const queue = lrsQueue();
    queue.configure(config);
    const ids = new Set(queue.pendingIds());
    const refusedBefore = new Set(queue.status().rejected.map((r) => r.id));
    const report = (s: QueueStatus) => {
      const pending = new Set(queue.pendingIds());
      const refused = s.rejected.filter((r) => ids.has(r.id) && !refusedBefore.has(r.id));
      const left = [...ids].filter((id) => pending.has(id)).length;
      const error = s.lastError ?? refused.map((r) => (r.answer ? `${r.status}: ${r.answer}` : String(r.status))).join('; ');
      onProgress({ held: ids.size, left, refused: refused.length, state: s.state, error });
      if (left === 0 && s.state !== 'sending') off();
    };
    off = onLrsStatus(report);
    void queue.flush();
  });
  return () => {
    stopped = true;
    off();
  };
}
