import { describe, expect, it } from 'vitest';
import { fitLine, type Measure } from './textFit.ts';

// A monospaced font: each character is 0.6 of the size wide.
const mono: Measure = (text, px) => text.length * px * 0.6;

describe('fitLine', () => {
  it('keeps the start size when the text fits', () => {
    expect(fitLine(mono, 'On hold', 200, 20, 8)).toEqual({ px: 20, text: 'On hold' });
  });

  it('shrinks to the largest size that fits', () => {
    const fitted = fitLine(mono, 'Transferring', 100, 20, 8);
    expect(fitted.text).toBe('Transferring');
    expect(mono(fitted.text, fitted.px)).toBeLessThanOrEqual(100);
    expect(mono(fitted.text, fitted.px + 1)).toBeGreaterThan(100);
  });

  it('cuts a name too long even at the smallest size with an ellipsis, and never overflows', () => {
    const name = 'Mr Harjit Singh Bains of the Harbour View Hotel, Scarborough';
    for (const width of [40, 80, 120, 180]) {
      const fitted = fitLine(mono, name, width, 20, 9);
      expect(fitted.px).toBe(9);
      expect(fitted.text.endsWith('…')).toBe(true);
      expect(name.startsWith(fitted.text.slice(0, -1).trimEnd())).toBe(true);
      expect(mono(fitted.text, fitted.px)).toBeLessThanOrEqual(width);
    }
  });
});
