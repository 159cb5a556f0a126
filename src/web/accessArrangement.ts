/**
 * A learner's access arrangement as the transcript records it (timers off, or
 * extended by a factor; absent means standard timers), told to whoever reads
 * the record: the assessor's page, the printed record and the exports.
 */
import { t } from './i18n/i18n.ts';

export type AccessArrangement = { timers: 'off' } | { timers: 'extended'; factor: number };

/** The arrangement a transcript carries, read defensively: a file from anywhere may hold anything. */
export function accessOf(transcript: unknown): AccessArrangement | undefined {
  const a = (transcript as { access?: unknown } | null)?.access as { timers?: unknown; factor?: unknown } | undefined;
  if (a?.timers === 'off') return { timers: 'off' };
  if (a?.timers === 'extended' && typeof a.factor === 'number' && Number.isFinite(a.factor) && a.factor > 0) return { timers: 'extended', factor: a.factor };
  return undefined;
}

export interface AccessWords {
  off: string;
  extended: (factor: number) => string;
}

export const accessText = (a: AccessArrangement, words: AccessWords): string => (a.timers === 'off' ? words.off : words.extended(a.factor));

/** The words in the interface language. */
export const accessWords = (): AccessWords => ({ off: t('judging.accessOff'), extended: (factor) => t('judging.accessExtended', { factor }) });

/** "Timers extended ×5 at the learner's request", "Timers turned off", or undefined for standard timers. */
export function accessSentence(transcript: unknown): string | undefined {
  const access = accessOf(transcript);
  return access ? accessText(access, accessWords()) : undefined;
}
