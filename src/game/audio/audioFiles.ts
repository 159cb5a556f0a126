/** URLs of the synthesised cues (scripts/makeSounds.ts), hashed and emitted by Vite. */
import { allCues, type Cue } from './mixer.ts';

const files = import.meta.glob('/assets/audio/*.wav', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export function cueUrls(): Map<Cue, string> {
  const urls = new Map<Cue, string>();
  for (const [path, url] of Object.entries(files)) {
    const name = path.split('/').pop()!.replace(/\.wav$/, '') as Cue;
    if (allCues.includes(name)) urls.set(name, url);
  }
  return urls;
}
