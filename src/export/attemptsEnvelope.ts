/**
 * The outside of an attempt-history export (`rapport-attempts/1`): its
 * format, its list, the count it declares and the SHA-256 checksum over the
 * list. The simulator's import (src/game/app/attemptsFile.ts) checks this and
 * then every record; the class view checks this and then replays each
 * transcript on its own. Pure, so both pages and Node read it the same.
 */
import { contentHash } from '../scenario/hash.ts';

export const ATTEMPTS_FILE_FORMAT = 'rapport-attempts/1';

export type EnvelopeRefusal =
  | { key: 'otherFormat'; params: { format: string; expected: string } }
  | { key: 'noList' }
  | { key: 'countMismatch'; params: { said: string; held: number } }
  | { key: 'checksum' };

export type EnvelopeResult = { ok: true; attempts: unknown[] } | { ok: false; reason: EnvelopeRefusal };

export function readAttemptsEnvelope(raw: Record<string, unknown>): EnvelopeResult {
  if (raw.format !== ATTEMPTS_FILE_FORMAT) return { ok: false, reason: { key: 'otherFormat', params: { format: JSON.stringify(raw.format ?? null), expected: ATTEMPTS_FILE_FORMAT } } };
  if (!Array.isArray(raw.attempts)) return { ok: false, reason: { key: 'noList' } };
  if (raw.count !== raw.attempts.length) return { ok: false, reason: { key: 'countMismatch', params: { said: String(raw.count), held: raw.attempts.length } } };
  if (typeof raw.checksum !== 'string' || raw.checksum !== contentHash(raw.attempts)) return { ok: false, reason: { key: 'checksum' } };
  return { ok: true, attempts: raw.attempts };
}
