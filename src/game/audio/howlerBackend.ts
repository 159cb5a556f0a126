/** The browser's sound backend. The only module that imports Howler. */
import { Howl, Howler } from 'howler';
import type { Cue, SoundBackend } from './mixer.ts';

/** Ambience sits under the conversation; a full-level crowd would drown the customer's words. */
const levels: Partial<Record<Cue, number>> = { shop: 0.35, office: 0.3, 'hold-music': 0.6, click: 0.5 };

export class HowlerBackend implements SoundBackend {
  private readonly howls = new Map<Cue, Howl>();

  load(urls: ReadonlyMap<Cue, string>, onProgress: (done: number, total: number) => void): Promise<Cue[]> {
    const failed: Cue[] = [];
    let done = 0;
    const total = urls.size;
    onProgress(0, total);
    const one = (cue: Cue, url: string) =>
      new Promise<void>((resolve) => {
        const finish = (ok: boolean) => {
          if (!ok) {
            failed.push(cue);
            this.howls.delete(cue);
          }
          onProgress(++done, total);
          resolve();
        };
        const howl = new Howl({
          src: [url],
          format: ['wav'],
          loop: cue === 'ring' || cue === 'hold-music' || cue === 'shop' || cue === 'office',
          volume: levels[cue] ?? 1,
          preload: true,
          onload: () => finish(true),
          onloaderror: () => finish(false),
        });
        this.howls.set(cue, howl);
      });
    return Promise.all([...urls].map(([cue, url]) => one(cue, url))).then(() => failed);
  }

  playOnce(cue: Cue): void {
    this.howls.get(cue)?.play();
  }

  startLoop(cue: Cue): void {
    const howl = this.howls.get(cue);
    if (howl && !howl.playing()) howl.play();
  }

  stopLoop(cue: Cue): void {
    this.howls.get(cue)?.stop();
  }

  setVolume(volume: number): void {
    Howler.volume(volume);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }
}
