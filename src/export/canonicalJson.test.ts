import { describe, expect, it } from 'vitest';
import { verify } from '../engine/verify.ts';
import { prettyCanonicalJson, transcriptJson } from './canonicalJson.ts';
import { bestMoves, loadScenarioFile, play } from './testPlay.ts';

const scenario = loadScenarioFile('test/fixtures/tiny-counter.yaml');

describe('transcriptJson', () => {
  it('sorts keys at every depth and ends with one newline', () => {
    const text = prettyCanonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } });
    expect(text).toBe('{\n  "a": {\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
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
