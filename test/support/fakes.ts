/**
 * Stand-ins for the browser's sound, speech and storage, so the app and its
 * views can be driven in unit tests (happy-dom) exactly as the page drives
 * them. Test support only: nothing in the app imports this.
 */
import { App } from '../../src/game/app/app.ts';
import { loadLibrary, type Library } from '../../src/game/app/library.ts';
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

export const allCueUrls = (): Map<Cue, string> => new Map(allCues.map((c) => [c, `/assets/audio/${c}.wav`]));

export interface TestApp {
  app: App;
  backend: FakeBackend;
  speaker: ReturnType<typeof silentSpeaker>;
}

/** An app over the given storage and scenario files, loaded (so on the picker, or back in a saved conversation). */
export async function loadedApp(storage: Storage, files: Record<string, string>, failingCues: readonly Cue[] = []): Promise<TestApp> {
  const backend = new FakeBackend(failingCues);
  const speaker = silentSpeaker();
  const app = new App(openStore(storage), new Mixer(backend), speaker);
  const library: Library = loadLibrary(files);
  await app.load(allCueUrls(), async () => library);
  await app.soundsLoaded;
  return { app, backend, speaker };
}
