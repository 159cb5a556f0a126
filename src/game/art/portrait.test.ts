import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/support/scenarios.ts';
import { customerPortrait } from './portrait.ts';

const scenario = fixture('tiny-counter.yaml');

describe('the customer portrait', () => {
  it('is an SVG image of the customer whose key changes only when the face does', () => {
    const calm = customerPortrait(scenario, { mood: 50, patience: 40 });
    expect(calm.url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(calm.url)).toContain('<svg');
    expect(customerPortrait(scenario, { mood: 51, patience: 41 }).key).toBe(calm.key);
    expect(customerPortrait(scenario, { mood: 5, patience: 5 }).key).not.toBe(calm.key);
  });
});
