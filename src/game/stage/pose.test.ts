import { describe, expect, it } from 'vitest';
import { moodOf, poseFor } from './pose.ts';

describe('poseFor', () => {
  it('shows an upset customer with a frown, lowered brows and crossed arms', () => {
    const p = poseFor(10);
    expect(p.smile).toBeLessThan(-0.5);
    expect(p.brows).toBeLessThan(-0.5);
    expect(p.arms).toBe('crossed');
    expect(p.lean).toBeGreaterThan(0.5);
    expect(p.flush).toBeGreaterThan(0);
  });

  it('shows a pleased customer smiling with open arms and no flush', () => {
    const p = poseFor(90);
    expect(p.smile).toBe(1);
    expect(p.arms).toBe('open');
    expect(p.lean).toBe(0);
    expect(p.flush).toBe(0);
    expect(p.eyes).toBe(1);
  });

  it('changes face steadily as mood rises', () => {
    let last = poseFor(0);
    for (let m = 5; m <= 100; m += 5) {
      const p = poseFor(m);
      expect(p.smile).toBeGreaterThanOrEqual(last.smile);
      expect(p.brows).toBeGreaterThanOrEqual(last.brows);
      last = p;
    }
  });
});

describe('moodOf', () => {
  it('reads the mood meter on its own scale', () => {
    expect(moodOf({ meters: { mood: { start: 0, min: -10, max: 10 } } }, { mood: 5 })).toBe(75);
  });

  it('falls back to the average of the other meters', () => {
    expect(moodOf({ meters: { patience: { start: 0, min: 0, max: 100 }, trust: { start: 0, min: 0, max: 100 } } }, { patience: 20, trust: 60 })).toBe(40);
  });

  it('is neutral with no meters at all', () => {
    expect(moodOf({ meters: {} }, {})).toBe(50);
  });
});
