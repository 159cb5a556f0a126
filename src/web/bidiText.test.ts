// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bidiElement, isRtlLanguage } from './bidiText.ts';

describe('bidiText', () => {
  it('marks a right-to-left line with its direction and language', () => {
    const p = bidiElement('p', 'معاف کیجیے، مجھے کچھ سمجھ نہیں آیا۔', { lang: 'ur' });
    expect(p.getAttribute('dir')).toBe('rtl');
    expect(p.getAttribute('lang')).toBe('ur');
    expect(p.querySelector('bdi')).toBeNull();
  });

  it('isolates an English name inside Urdu, with its own language', () => {
    const p = bidiElement('p', 'شکریہ Mrs Akhtar، آپ کا خط', { lang: 'ur', ltrLang: 'en-GB' });
    const bdi = [...p.querySelectorAll('bdi')];
    expect(bdi.map((b) => [b.textContent, b.lang, b.dir])).toEqual([['Mrs Akhtar', 'en-GB', 'ltr']]);
    expect(p.textContent).toBe('شکریہ Mrs Akhtar، آپ کا خط');
  });

  it('isolates Urdu quoted in an English line, in the customer\'s language', () => {
    const p = bidiElement('p', 'She said "السلام علیکم" and smiled.', { lang: 'en-GB', rtlLang: 'ur' });
    expect(p.dir).toBe('ltr');
    const bdi = p.querySelector('bdi')!;
    expect([bdi.textContent, bdi.lang, bdi.dir]).toEqual(['السلام علیکم', 'ur', 'rtl']);
  });

  it('knows which languages run right to left', () => {
    expect(['ur', 'ar', 'fa-IR', 'he'].every(isRtlLanguage)).toBe(true);
    expect(['en-GB', 'cy', 'pl', 'ro', undefined].some(isRtlLanguage)).toBe(false);
  });
});
