import { describe, expect, it } from 'vitest';
import { places } from '../../scenario/vocabulary.ts';
import { fitDesign } from './design.ts';
import { layerSvg } from './layers.ts';
import { settingFor } from './places/index.ts';

const slots = [
  [846, 712],
  [390, 321],
  [700, 1000],
  [1400, 400],
  [1920, 1080],
] as const;

describe('fitDesign', () => {
  it.each(slots)('covers a %i x %i slot and keeps the customer, head to counter, in view', (w, h) => {
    const fit = fitDesign(w, h);
    const { view } = fit;
    // Within a hundredth of a unit: the fit is arithmetic on floating point.
    expect(view.x0).toBeLessThanOrEqual(420.01);
    expect(view.x1).toBeGreaterThanOrEqual(1179.99);
    expect(view.y0).toBeLessThanOrEqual(200.01);
    expect(view.y1).toBeGreaterThanOrEqual(859.99);
    // The view is the slot's own shape.
    expect((view.x1 - view.x0) / (view.y1 - view.y0)).toBeCloseTo(w / h, 5);
  });
});

describe('settings', () => {
  it('gives every place of the vocabulary its own drawing', () => {
    const fit = fitDesign(846, 712);
    const backs = places.map((place) => layerSvg(settingFor(place, 'x'), 'back', fit, 846, 712));
    expect(new Set(backs).size).toBe(places.length);
  });

  it('draws the same setting for the same scenario every time, and varies the details between scenarios', () => {
    const fit = fitDesign(846, 712);
    expect(layerSvg(settingFor('shop-counter', 'a'), 'back', fit, 846, 712)).toBe(layerSvg(settingFor('shop-counter', 'a'), 'back', fit, 846, 712));
    expect(layerSvg(settingFor('shop-counter', 'a'), 'back', fit, 846, 712)).not.toBe(layerSvg(settingFor('shop-counter', 'b'), 'back', fit, 846, 712));
  });

  it('puts the customer of a counter between the back and the counter, waist at the counter top', () => {
    for (const place of ['bank-branch', 'building-society', 'council-desk', 'hotel-desk', 'shop-counter'] as const) {
      const s = settingFor(place);
      expect(s.customer.y).toBeGreaterThan(700);
      expect(s.customer.whole ?? false).toBe(false);
      expect(s.front).toContain('<rect');
    }
    expect(settingFor('doorstep').customer.whole).toBe(true);
  });
});
