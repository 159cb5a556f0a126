/**
 * Stand-ins for the browser's sound, speech and storage, so the app and its
 * views can be driven in unit tests (happy-dom) exactly as the page drives
 * them. Test support only: nothing in the app imports this.
 */
import { App } from '../../src/game/app/app.ts';
import { loadLibrary, type Library } from '../../src/game/app/library.ts';
import { catalogueOf, type ScenarioSource } from '../../src/web/scenarioCatalogue.ts';
import { openStore } from '../../src/web/storage.ts';
import { allCues, Mixer, type Cue, type SoundBackend } from '../../src/game/audio/mixer.ts';
import type { Speaker } from '../../src/game/audio/speech.ts';

export class FakeBackend implements SoundBackend {
  readonly calls: string[] = [];
  volume = -1;
  muted: boolean | undefined;

  /** Cues listed here fail to load, as a 404 or an undecodable file would. */
  constructor(readonly failing: readonly Cue[] = []) {}

  async load(urls: ReadonlyMap<Cue, string>, onProgress: (done: number, total: number) => void): Promise<Cue[]> {
    let done = 0;
    for (const _ of urls) onProgress(++done, urls.size);
    return [...urls.keys()].filter((c) => this.failing.includes(c));
  }
  playOnce(cue: Cue): void {
    this.calls.push(`once:${cue}`);
  }
  startLoop(cue: Cue): void {
    this.calls.push(`start:${cue}`);
  }
  stopLoop(cue: Cue): void {
    this.calls.push(`stop:${cue}`);
  }
  setVolume(volume: number): void {
    this.volume = volume;
  }
  setMuted(muted: boolean): void {
    this.muted = muted;
  }
}

export const silentSpeaker = (): Speaker & { spoken: string[] } => {
  const spoken: string[] = [];
  return { spoken, speak: (line) => (spoken.push(line.text), 'spoken'), cancel: () => {} };
};

/** A Web Storage over a Map; `failWrites` makes every setItem throw a DOMException of that name. */
export function memoryStorage(failWrites?: 'QuotaExceededError' | 'SecurityError'): Storage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => {
      // The probe written when the store opens succeeds, so storage counts as present but full.
      if (failWrites && !(failWrites === 'QuotaExceededError' && k.endsWith('probe'))) throw new DOMException('refused', failWrites);
      data.set(k, String(v));
    },
  };
}

/**
 * Resolves once every promise already under way has settled: the app fetches
 * a scenario's data before a conversation starts, which the memory source
 * answers without timers, so one macrotask sees it through.
 */
export const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export const allCueUrls = (): Map<Cue, string> => new Map(allCues.map((c) => [c, `/assets/audio/${c}.wav`]));

export type MemorySource = ScenarioSource & {
  /** The files whose data was asked for, in order. */
  fetched: string[];
  /** Files whose fetch fails as it does offline (a TypeError, as fetch gives). */
  unreachable: Set<string>;
  /** Files whose fetch waits until released (`release(file)`), for what the app shows meanwhile. */
  held: Set<string>;
  release(file: string): void;
};

/**
 * The checked library as the browser gets it: the catalogue, and each
 * scenario's data fetched, as JSON text parsed afresh, only when asked for.
 */
export function memorySource(library: Library): MemorySource {
  const data = new Map(library.entries.map((e) => [e.file, JSON.stringify(e.scenario)]));
  const waiting = new Map<string, (() => void)[]>();
  const source: MemorySource = {
    catalogue: catalogueOf(library),
    fetched: [],
    unreachable: new Set(),
    held: new Set(),
    release(file) {
      source.held.delete(file);
      for (const go of waiting.get(file) ?? []) go();
      waiting.delete(file);
    },
    async fetch(entry) {
      source.fetched.push(entry.file);
      if (source.held.has(entry.file)) await new Promise<void>((go) => waiting.set(entry.file, [...(waiting.get(entry.file) ?? []), go]));
      if (source.unreachable.has(entry.file)) throw new TypeError('Failed to fetch');
      const text = data.get(entry.file);
      if (text === undefined) throw new Error('404 Not Found');
      return JSON.parse(text) as unknown;
    },
  };
  return source;
}

export interface TestApp {
  app: App;
  backend: FakeBackend;
  speaker: ReturnType<typeof silentSpeaker>;
  source: MemorySource;
}

/** An app over the given storage and scenario files, loaded (so on the picker, or back in a saved conversation). */
export async function loadedApp(storage: Storage, files: Record<string, string> | MemorySource, failingCues: readonly Cue[] = []): Promise<TestApp> {
  const backend = new FakeBackend(failingCues);
  const speaker = silentSpeaker();
  const app = new App(openStore(storage), new Mixer(backend), speaker);
  const source = typeof files.fetch === 'function' ? (files as MemorySource) : memorySource(loadLibrary(files as Record<string, string>));
  await app.load(allCueUrls(), source);
  await app.soundsLoaded;
  return { app, backend, speaker, source };
}

/**
 * BroadcastChannel between windows, in memory: a message posted on one
 * channel reaches every other open channel of the hub (never its sender), as
 * a structured clone, after the current task, as the browser's does.
 */
export function channelHub() {
  type Listener = (event: MessageEvent) => void;
  const open = new Set<{ listeners: Set<Listener> }>();
  let pending = 0;
  return {
    open() {
      const self = { listeners: new Set<Listener>() };
      open.add(self);
      return {
        postMessage(message: unknown) {
          const data = structuredClone(message);
          for (const other of open) {
            if (other === self) continue;
            pending++;
            setTimeout(() => {
              pending--;
              if (open.has(other)) for (const l of [...other.listeners]) l(new MessageEvent('message', { data }));
            }, 0);
          }
        },
        addEventListener: (_type: 'message', l: Listener) => void self.listeners.add(l),
        removeEventListener: (_type: 'message', l: Listener) => void self.listeners.delete(l),
        close: () => void open.delete(self),
      };
    },
    /** Resolves once every message posted so far (and any they caused) has been delivered. */
    async flush(): Promise<void> {
      for (let rounds = 0; rounds < 50 && pending > 0; rounds++) await new Promise((r) => setTimeout(r, 0));
    },
  };
}
