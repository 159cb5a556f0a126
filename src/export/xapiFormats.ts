/**
 * The value formats xAPI 1.0.3 relies on, as predicates. Strict enough to catch
 * what an LRS would reject; not full RFC 3987 / RFC 5646 grammars.
 */

/** Absolute IRI: a scheme, a colon, and no characters IRIs forbid (spaces, <, >, ", {, }, |, \, ^, `). */
export const isIri = (v: unknown): v is string => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i.test(v);

/** An IRL: an IRI that can be dereferenced, which in practice means http(s). */
export const isIrl = (v: unknown): v is string => isIri(v) && /^https?:\/\/[^/]/i.test(v);

/** RFC 5646 tag in its common shapes: "en", "en-GB", "zh-Hant-TW", "und", private "x-…". */
export const isLanguageTag = (v: unknown): v is string => typeof v === 'string' && /^(?:[a-z]{2,8}|x)(?:-[a-z0-9]{1,8})*$/i.test(v);

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * ISO 8601 date and time with a time zone. xAPI says a timestamp SHOULD carry
 * one and an LRS MUST reject the "-00:00" offset; without a zone the instant is
 * ambiguous, so statements we cannot place in time are refused here.
 */
export function isTimestamp(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = DATE_TIME.exec(v);
  if (!m) return false;
  const [, , month, day, hour, minute, second = '0', zone] = m;
  if (zone === '-00:00' || zone === '-0000') return false;
  const inRange = (x: string | undefined, lo: number, hi: number) => x !== undefined && Number(x) >= lo && Number(x) <= hi;
  return inRange(month, 1, 12) && inRange(day, 1, 31) && inRange(hour, 0, 23) && inRange(minute, 0, 59) && inRange(second, 0, 60) && !Number.isNaN(Date.parse(v));
}

const DURATION = /^P(?:\d+W|(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?)$/;

/** ISO 8601 duration such as "PT1M30.5S" or "P2W"; "P" and "PT" alone say nothing and are refused. */
export const isDuration = (v: unknown): v is string => typeof v === 'string' && DURATION.test(v) && v !== 'P' && !v.endsWith('T');
