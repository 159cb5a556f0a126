/**
 * The transcript as a file: canonical JSON indented two spaces, one trailing
 * newline. The same transcript always exports to the same bytes (diffs stay
 * readable, and a file's checksum means something) whatever order the engine
 * built it in.
 */
import type { Transcript } from '../engine/transcript.ts';
import { canonicalJson } from '../scenario/canonicalJson.ts';

export function transcriptJson(t: Transcript): string {
  return `${canonicalJson(t, 2)}\n`;
}
