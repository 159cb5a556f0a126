import { describe, expect, it } from 'vitest';
import { fitDesign } from '../art/design.ts';
import { HANDSET, PHONE } from '../art/phone.ts';
import { cordPoints, handsetBox, phoneGeometry } from './phoneLayout.ts';

/** Stage slots as learners meet them: a laptop beside the panel, a phone's strip, a projector's column, a wide short strip, a small window. */
const slots = [
  [846, 712],
  [760, 744],
  [390, 321],
  [700, 1000],
  [1400, 400],
  [480, 644],
  [1400, 1024],
  [320, 240],
] as const;

describe('the desk phone on stages of every shape', () => {
  it.each(slots)('keeps the base, the handset (resting and lifted) and the cord inside a %i x %i stage', (width, height) => {
    const geo = phoneGeometry(fitDesign(width, height), width, height);
    expect(geo.x).toBeGreaterThanOrEqual(0);
    expect(geo.y).toBeGreaterThanOrEqual(0);
    expect(geo.x + PHONE.width * geo.k).toBeLessThanOrEqual(width);
    expect(geo.y + PHONE.height * geo.k).toBeLessThanOrEqual(height);
    for (const lifted of [false, true]) {
      const box = handsetBox(geo, lifted);
      expect(box.x0, `handset left, lifted ${lifted}`).toBeGreaterThanOrEqual(0);
      expect(box.y0, `handset top, lifted ${lifted}`).toBeGreaterThanOrEqual(0);
      expect(box.x1, `handset right, lifted ${lifted}`).toBeLessThanOrEqual(width);
      expect(box.y1, `handset bottom, lifted ${lifted}`).toBeLessThanOrEqual(height);
      for (const p of cordPoints(geo, lifted)) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(height);
      }
    }
  });

  it('lifts the handset off its cradle when answered', () => {
    const geo = phoneGeometry(fitDesign(846, 712), 846, 712);
    const resting = handsetBox(geo, false);
    const held = handsetBox(geo, true);
    expect(held.y1).toBeLessThan(resting.y1);
    // The cord reaches from the base to the handset's end either way.
    const cord = cordPoints(geo, true);
    expect(cord[0]!.x).toBeCloseTo(geo.x + PHONE.cordAt.x * geo.k, 0);
    expect(Math.abs(cord.at(-1)!.x - geo.held.x)).toBeLessThan(HANDSET.width * geo.k);
  });
});
