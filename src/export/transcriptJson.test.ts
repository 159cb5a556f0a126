import { describe, expect, it } from 'vitest';
import { verify } from '../engine/verify.ts';
import { canonicalJson } from '../scenario/canonicalJson.ts';
import { transcriptJson } from './transcriptJson.ts';
import { bestMoves, play } from '../../test/support/play.ts';
import { loadScenarioFile } from '../../test/support/scenarios.ts';

const scenario = loadScenarioFile('test/fixtures/tiny-counter.yaml');

describe('transcriptJson', () => {
  it('is the canonical JSON, indented, with one newline at the end', () => {
    const t = play(scenario, bestMoves(scenario));
    expect(transcriptJson(t)).toBe(`${JSON.stringify(JSON.parse(canonicalJson(t)), null, 2)}\n`);
  });

  it('gives the same bytes whatever order the keys were built in', () => {
    const t = play(scenario, bestMoves(scenario));
    const reversed = JSON.parse(JSON.stringify(t), (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as typeof t;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(t)[0]);
    expect(transcriptJson(reversed)).toBe(transcriptJson(t));
  });

  it('round-trips to a transcript that still verifies by replay', () => {
    const t = play(scenario, bestMoves(scenario));
    const back = JSON.parse(transcriptJson(t)) as typeof t;
    expect(back).toEqual(t);
    expect(verify(back, scenario)).toEqual({ ok: true, turns: t.turns.length });
  });
});
