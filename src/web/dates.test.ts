/** Dates in the interface language's format, with or without the runtime's data for that language. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from './dates.ts';
import { initI18n, setLanguage } from './i18n/i18n.ts';

beforeAll(() => initI18n('en-GB'));
afterEach(() => setLanguage('en-GB'));

const moment = '2026-03-09T10:05:00.000Z';

describe('dates in the interface language', () => {
  it('formats a day and a moment in British English and in Welsh', () => {
    expect(formatDay('2026-03-20', 'en-GB')).toBe('20 March 2026');
    expect(formatDay('2026-03-20', 'cy')).toBe('20 Mawrth 2026');
    expect(formatDateTime(moment, 'en-GB', 'UTC')).toBe('9 March 2026 at 10:05');
    expect(formatDateTime(moment, 'cy', 'UTC')).toBe('9 Mawrth 2026 am 10:05');
  });

  it('uses the interface language by default', () => {
    setLanguage('cy');
    expect(formatDay('2026-12-01')).toBe('1 Rhagfyr 2026');
  });

  it("puts the date together from the interface's own words where the runtime has no data for the language, as Intl would", () => {
    // "zxx" (no linguistic content) has no date data anywhere: the page's words are used instead.
    expect(Intl.DateTimeFormat.supportedLocalesOf(['zxx'])).toEqual([]);
    setLanguage('cy');
    expect(formatDateTime(moment, 'zxx', 'UTC')).toBe(formatDateTime(moment, 'cy', 'UTC'));
    expect(formatDay('2026-07-04', 'zxx')).toBe('4 Gorffennaf 2026');
    setLanguage('en-GB');
    expect(formatDateTime(moment, 'zxx', 'UTC')).toBe(formatDateTime(moment, 'en-GB', 'UTC'));
  });

  it('gives back what it cannot read', () => {
    expect(formatDay('yesterday')).toBe('yesterday');
    expect(formatDateTime('soon')).toBe('soon');
  });
});
