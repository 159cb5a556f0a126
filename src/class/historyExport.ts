/**
 * A learner's attempt-history export (the simulator's History → Export) as
 * part of a class: its checksum must hold, or the whole file is set apart;
 * then each attempt's transcript is judged on its own, by replay, like a file.
 * Presenter branches and the history's summaries are not figures here: the
 * class view counts only the transcript of each attempt.
 */
import { ATTEMPTS_FILE_FORMAT, readAttemptsEnvelope } from '../export/attemptsEnvelope.ts';
import type { SetApart } from './countedAttempts.ts';
import type { NamedText } from './openAttempts.ts';

/** Where an attempt came from within an export: `<file>#<n>` (from 1), told as "attempt n of <file>" on the page. */
export const historySource = (file: string, n: number): string => `${file}#${n}`;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function expandHistoryExports(items: readonly NamedText[]): { items: NamedText[]; setApart: SetApart[] } {
  const out: NamedText[] = [];
  const setApart: SetApart[] = [];
  for (const item of items) {
    // Only a file that names the format is parsed here; a transcript goes on untouched (and is parsed once, when it is judged).
    if (!item.text.includes(ATTEMPTS_FILE_FORMAT)) {
      out.push(item);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(item.text);
    } catch {
      out.push(item);
      continue;
    }
    if (!isObj(raw) || raw.format !== ATTEMPTS_FILE_FORMAT) {
      out.push(item);
      continue;
    }
    const envelope = readAttemptsEnvelope(raw);
    if (!envelope.ok) {
      setApart.push({ source: item.source, reason: { kind: 'history-refused', refusal: envelope.reason } });
      continue;
    }
    envelope.attempts.forEach((record, i) => out.push({ source: historySource(item.source, i + 1), text: JSON.stringify(isObj(record) ? record.transcript : record) ?? 'null' }));
  }
  return { items: out, setApart };
}
