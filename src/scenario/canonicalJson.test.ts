import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from './canonicalJson.ts';

/** The same rules written the obvious way: sort each object's entries, join them. */
function plain(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : plain(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${plain(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const withUndefined = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.constant(undefined), fc.array(tie('v')), fc.dictionary(fc.string(), tie('v'))),
})).v;

describe('canonicalJson', () => {
  it('sorts keys at every depth, leaves out undefined and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: null }], c: 'é' }, e: undefined })).toBe('{"a":{"c":"é","d":[3,{"x":null,"z":1}]},"b":1}');
  });

  it('sorts integer-like keys as text, as the hashes kept in records were taken', () => {
    expect(canonicalJson({ 2: 'b', 10: 'a', x: 0 })).toBe('{"10":"a","2":"b","x":0}');
  });

  it('writes what sorting each object\'s entries by key and joining them writes', () => {
    fc.assert(
      fc.property(withUndefined, (value) => {
        expect(canonicalJson(value)).toBe(plain(value));
      }),
      { numRuns: 300 },
    );
  });

  it('indents as JSON.stringify does, with the same keys in the same order', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined, e: {}, f: [] } }, 2)).toBe(
      '{\n  "a": {\n    "d": [\n      {\n        "y": 2,\n        "z": 1\n      }\n    ],\n    "e": {},\n    "f": []\n  },\n  "b": 1\n}',
    );
    fc.assert(
      fc.property(withUndefined, (value) => {
        const text = canonicalJson(value, 2);
        if (value === undefined) return;
        expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(JSON.parse(canonicalJson(value))));
        expect(text.replace(/\n */g, '').replace(/": /g, '":')).toBe(canonicalJson(value).replace(/": /g, '":'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sameJson (how verify compares a record with its replay)', () => {
  // Values as transcripts hold them, and the awkward ones JSON treats specially.
  const leaf = fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 1.5, Number.NaN, Infinity, null, undefined, true, false));
  const value = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', '2', '10', 'toJSON', '__proto__'), tie('v'), { maxKeys: 3 })),
  })).v;

  it('agrees with comparing the canonical JSON, for equal, near and different values', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
        // A deep copy through JSON is the same data.
        const copy: unknown = a === undefined ? undefined : JSON.parse(JSON.stringify(a) ?? 'null');
        expect(sameJson(a, copy)).toBe(canonicalJson(a) === canonicalJson(copy));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('tells a changed meter, a dropped member and a reordered list apart from the same data', () => {
    const turn = { nodeId: 'greet', metersAfter: { mood: 40, trust: 20 }, offered: [{ choice: 0 }, { choice: 1 }] };
    expect(sameJson(turn, { offered: [{ choice: 0 }, { choice: 1 }], metersAfter: { trust: 20, mood: 40 }, nodeId: 'greet' })).toBe(true);
    expect(sameJson(turn, { ...turn, metersAfter: { mood: 41, trust: 20 } })).toBe(false);
    expect(sameJson(turn, { nodeId: 'greet', metersAfter: { mood: 40 }, offered: turn.offered })).toBe(false);
    expect(sameJson(turn, { ...turn, offered: [{ choice: 1 }, { choice: 0 }] })).toBe(false);
    // JSON leaves out undefined members, so a record without one is the same as a replay with it.
    expect(sameJson({ tip: undefined, text: 'x' }, { text: 'x' })).toBe(true);
  });
});
