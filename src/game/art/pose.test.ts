import { describe, expect, it } from 'vitest';
import { crowdPose, moodOf, poseFor, restlessnessOf, signalsOf, type Signals } from './pose.ts';

const at = (over: Partial<Signals>): Signals => ({ mood: 50, patience: 50, trust: 50, understanding: 50, ...over });

describe('poseFor: face and body language from the meters', () => {
  it('shows an exasperated customer (mood and patience low) frowning, brows down, leaning in with hands on the counter, flushed', () => {
    const p = poseFor(at({ mood: 10, patience: 10 }));
    expect(p.smile).toBeLessThan(-0.7);
    expect(p.brows).toBeLessThan(-0.6);
    expect(p.worry).toBe(0);
    expect(p.arms).toBe('on-counter');
    expect(p.lean).toBeGreaterThan(0.6);
    expect(p.eyes).toBeLessThan(0.8);
    expect(p.flush).toBeGreaterThan(0.5);
  });

  it('tells worry from anger: low mood with patience to spare lifts the inner brows, opens the eyes and clasps the hands', () => {
    const p = poseFor(at({ mood: 20, patience: 70 }));
    expect(p.worry).toBeGreaterThan(0.5);
    expect(p.brows).toBeGreaterThanOrEqual(-0.15);
    expect(p.eyes).toBeGreaterThan(1);
    expect(p.arms).toBe('clasped');
    expect(p.lean).toBe(0);
    expect(p.flush).toBe(0);
  });

  it('folds the arms and leans away when trust is low, whatever the mood', () => {
    for (const mood of [20, 50, 80]) {
      const p = poseFor(at({ mood, trust: 10 }));
      expect(p.arms).toBe('folded');
      expect(p.lean).toBeLessThan(-0.4);
    }
  });

  it('tilts the head and raises a brow when understanding is low', () => {
    const p = poseFor(at({ understanding: 10 }));
    expect(p.puzzled).toBe(1);
    expect(p.tilt).toBeGreaterThan(8);
    expect(poseFor(at({})).puzzled).toBe(0);
  });

  it('shows a pleased customer smiling with raised brows and open hands once they trust the learner', () => {
    const p = poseFor(at({ mood: 90, patience: 80, trust: 80 }));
    expect(p.smile).toBe(1);
    expect(p.brows).toBeGreaterThan(0.5);
    expect(p.arms).toBe('open');
    expect(p.lean).toBe(0);
    expect(p.flush).toBe(0);
    // Pleased but not yet trusting: the smile shows, the hands stay down.
    expect(poseFor(at({ mood: 90, trust: 40 })).arms).toBe('down');
  });

  it('is neutral at the middle of every meter', () => {
    const p = poseFor(at({}));
    expect(p).toMatchObject({ smile: 0, worry: 0, puzzled: 0, arms: 'down', lean: 0, flush: 0 });
  });

  it('smiles more and frowns less as mood rises, all else equal', () => {
    let last = poseFor(at({ mood: 0 }));
    for (let mood = 10; mood <= 100; mood += 10) {
      const p = poseFor(at({ mood }));
      expect(p.smile).toBeGreaterThanOrEqual(last.smile);
      expect(p.brows).toBeGreaterThanOrEqual(last.brows);
      last = p;
    }
  });
});

describe('signalsOf and moodOf', () => {
  const scenario = { meters: { mood: { start: 0, min: -10, max: 10 }, patience: { start: 0, min: 0, max: 100 }, trust: { start: 50, min: 0, max: 100 } } };

  it('reads each meter on its own scale, rounded to a step of ten; a missing meter is neutral', () => {
    expect(signalsOf(scenario, { mood: 5, patience: 23, trust: 77 })).toEqual({ mood: 80, patience: 20, trust: 80, understanding: 50 });
  });

  it('falls back to the average of the meters when there is no mood meter', () => {
    expect(moodOf({ meters: { patience: { start: 0, min: 0, max: 100 }, trust: { start: 0, min: 0, max: 100 } } }, { patience: 20, trust: 60 })).toBe(40);
    expect(moodOf({ meters: {} }, {})).toBe(50);
  });
});

describe('a waiting crowd', () => {
  it('grows restless as the queue meter (their comfort) falls, and uses patience when there is none', () => {
    const withQueue = { meters: { queue: { start: 50, min: 0, max: 100 }, patience: { start: 50, min: 0, max: 100 } } };
    expect(restlessnessOf(withQueue, { queue: 90, patience: 0 })).toBe(0);
    expect(restlessnessOf(withQueue, { queue: 10, patience: 100 })).toBe(1);
    expect(restlessnessOf({ meters: { patience: { start: 50, min: 0, max: 100 } } }, { patience: 20 })).toBeCloseTo(6 / 7);
  });

  it('frowns, folds arms and checks watches when restless, and is calm otherwise; people differ', () => {
    const calm = [0, 1, 2, 3].map((i) => crowdPose(0, i));
    const fedUp = [0, 1, 2, 3].map((i) => crowdPose(1, i));
    expect(calm.every((p) => p.arms === 'down' && p.smile > 0)).toBe(true);
    expect(fedUp.every((p) => p.smile < -0.5 && p.brows < -0.5)).toBe(true);
    expect(new Set(fedUp.map((p) => p.arms))).toEqual(new Set(['folded', 'watch', 'down']));
  });
});
