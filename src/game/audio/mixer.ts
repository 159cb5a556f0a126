/**
 * Every sound the game makes passes through here. The mixer holds the rules
 * (nothing before the learner's first gesture, a cue that failed to load is
 * skipped, loops are a set to reconcile) and leaves the playing to a backend:
 * Howler in the browser, a fake in tests.
 */
import type { SoundCue } from '../../scenario/schema.ts';
import { soundCues } from '../../scenario/vocabulary.ts';

export type Cue = SoundCue | 'click';
export const allCues: readonly Cue[] = [...soundCues, 'click'];

export interface SoundBackend {
  /** Loads each cue; resolves with those that could not be loaded or decoded. */
  load(urls: ReadonlyMap<Cue, string>, onProgress: (done: number, total: number) => void): Promise<Cue[]>;
  playOnce(cue: Cue): void;
  startLoop(cue: Cue): void;
  stopLoop(cue: Cue): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
}

export class Mixer {
  private unlocked = false;
  private readonly broken = new Set<Cue>();
  private wanted = new Set<Cue>();
  private readonly playing = new Set<Cue>();

  constructor(private readonly backend: SoundBackend) {}

  /** Cues missing from `urls` count as failed, so a deleted file is reported like a corrupt one. */
  async load(urls: ReadonlyMap<Cue, string>, onProgress: (done: number, total: number) => void): Promise<Cue[]> {
    const missing = allCues.filter((c) => !urls.has(c));
    const failed = [...missing, ...(await this.backend.load(urls, onProgress))];
    for (const cue of failed) this.broken.add(cue);
    return failed;
  }

  /** Called on the first pointer or key press: browsers refuse sound before it, and so do we. */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    this.reconcile();
  }

  get isUnlocked(): boolean {
    return this.unlocked;
  }

  /** A one-shot heard only if the learner has already interacted: a late ring would be confusing. */
  play(cue: Cue): void {
    if (this.unlocked && !this.broken.has(cue)) this.backend.playOnce(cue);
  }

  /** The loops that should be sounding now; started and stopped to match. */
  setLoops(cues: Iterable<Cue>): void {
    this.wanted = new Set(cues);
    this.reconcile();
  }

  stopAll(): void {
    this.setLoops([]);
  }

  setVolume(volume: number): void {
    this.backend.setVolume(Math.max(0, Math.min(1, volume)));
  }

  setMuted(muted: boolean): void {
    this.backend.setMuted(muted);
  }

  private reconcile(): void {
    for (const cue of [...this.playing]) {
      if (!this.wanted.has(cue)) {
        this.backend.stopLoop(cue);
        this.playing.delete(cue);
      }
    }
    if (!this.unlocked) return;
    for (const cue of this.wanted) {
      if (!this.playing.has(cue) && !this.broken.has(cue)) {
        this.backend.startLoop(cue);
        this.playing.add(cue);
      }
    }
  }
}
