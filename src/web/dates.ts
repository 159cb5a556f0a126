/**
 * Dates in the interface language's own format ("10 March 2026", "10 Mawrth
 * 2026"), for both pages and the printed record. Intl formats them where the
 * browser has the language's data; where it has not (Debian's Chromium has no
 * Welsh), the day, month and year Intl gives in British English are put
 * together with the language's own month names and word order from the
 * interface strings, so a Welsh page never shows an English date.
 */
import { currentLanguage, t } from './i18n/i18n.ts';

export const uiLanguage = (): string => currentLanguage() || 'en-GB';

const known = (lang: string) => Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;

function parts(d: Date, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const numeric = new Intl.DateTimeFormat('en-GB', { ...options, day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return Object.fromEntries(numeric.formatToParts(d).map((p) => [p.type, p.value]));
}

function fromStrings(d: Date, withTime: boolean, timeZone: string | undefined): string {
  const p = parts(d, timeZone ? { timeZone } : {});
  // Day, month, year in that order, as both interface languages write a long date.
  const date = `${Number(p.day)} ${t('dates.months').split('|')[Number(p.month) - 1] ?? p.month} ${p.year}`;
  return withTime ? t('dates.dayTime', { date, time: `${p.hour}:${p.minute}` }) : date;
}

/** A moment (ISO time) as a long date and a time, in the reader's time zone unless one is given. */
export function formatDateTime(iso: string, lang = uiLanguage(), timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (!known(lang)) return fromStrings(d, true, timeZone);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(d);
}

/** A calendar day (`YYYY-MM-DD`, as a sign-off is dated) as a long date; read in UTC so no time zone moves it. */
export function formatDay(day: string, lang = uiLanguage()): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : new Date(NaN);
  if (Number.isNaN(d.getTime())) return day;
  if (!known(lang)) return fromStrings(d, false, 'UTC');
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}
