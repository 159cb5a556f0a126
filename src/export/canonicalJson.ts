/**
 * The transcript as a file: pretty JSON with every object's keys sorted, so the
 * same transcript always exports to the same bytes (diffs stay readable, and a
 * file's checksum means something) whatever order the engine built it in.
 */
import type { Transcript } from '../engine/transcript.ts';

/** A deep copy with object keys in code-point order; `undefined` members are dropped as JSON would. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeysDeep(v);
    }
    return out;
  }
  return value;
}

/** Two-space indented, keys sorted, one trailing newline. */
export function prettyCanonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
}

export function transcriptJson(t: Transcript): string {
  return prettyCanonicalJson(t);
}
