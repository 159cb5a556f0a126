/**
 * The browser's one LRS queue. Statements wait in localStorage until the
 * Learning Record Store has them, so closing the page or losing the network
 * loses nothing; their ids come from the attempt (src/export/xapiStatements.ts),
 * so a debrief shown twice, or an export sent again, never stores a statement
 * twice. Without an endpoint in the settings nothing is ever sent.
 */
import { LrsQueue, type KeyValueStore, type LrsConfig, type QueueStatus } from '../../export/lrsQueue.ts';
import type { Transcript } from '../../engine/transcript.ts';
import { xapiStatements } from '../../export/xapiStatements.ts';
import type { XapiAgent, XapiStatement } from '../../export/xapiTypes.ts';
import { isLrsEndpoint, type Settings } from '../settings.ts';

export function lrsConfigOf(settings: Pick<Settings, 'lrsEndpoint' | 'lrsUsername' | 'lrsPassword'>): LrsConfig | undefined {
  if (!settings.lrsEndpoint || !isLrsEndpoint(settings.lrsEndpoint)) return undefined;
  const config: LrsConfig = { endpoint: settings.lrsEndpoint };
  if (settings.lrsUsername || settings.lrsPassword) {
    config.username = settings.lrsUsername;
    config.password = settings.lrsPassword;
  }
  return config;
}

/** Where this copy of Rapport is served from: the IRI base its activities are named under. */
export const activityBase = (href: string): string => new URL('.', href).href;

/** The learner as an xAPI Agent: an account on this deployment, named as on the transcript. */
export function learnerAgent(t: Transcript, href: string): XapiAgent {
  const name = t.learner.trim() || 'anonymous';
  return { objectType: 'Agent', name, account: { homePage: new URL('/', href).href, name } };
}

export function statementsFor(t: Transcript, href: string): XapiStatement[] {
  return xapiStatements(t, { actor: learnerAgent(t, href), activityBase: activityBase(href) });
}

/** localStorage that may be missing or full: the queue then holds statements for this page's life only. */
function storageOr(memory: Map<string, string>): KeyValueStore {
  return {
    getItem(key) {
      try {
        return globalThis.localStorage.getItem(key);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    setItem(key, value) {
      memory.set(key, value);
      try {
        globalThis.localStorage.setItem(key, value);
      } catch {
        // kept in memory; the status line says statements are waiting
      }
    },
  };
}

let shared: LrsQueue | undefined;
const listeners = new Set<(s: QueueStatus) => void>();

export function lrsQueue(): LrsQueue {
  if (!shared) {
    shared = new LrsQueue({
      storage: storageOr(new Map()),
      fetch: (url, init) => globalThis.fetch(url, init),
      timers: { setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) },
      onStatus: (s) => listeners.forEach((l) => l(s)),
    });
    // Back online: try at once instead of waiting out the back-off.
    globalThis.addEventListener?.('online', () => void shared?.flush());
  }
  return shared;
}

export function onLrsStatus(listener: (s: QueueStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Queues a finished conversation's statements and sends what is waiting, when
 * an endpoint is set; returns false, having queued and sent nothing, when not.
 */
export function sendToLrs(settings: Settings, t: Transcript, href: string): boolean {
  const config = lrsConfigOf(settings);
  if (!config) return false;
  const queue = lrsQueue();
  queue.configure(config);
  queue.enqueue(statementsFor(t, href));
  void queue.flush();
  return true;
}
