import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth, leaves out undefined and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined, x: null }], c: 'é' }, e: undefined })).toBe('{"a":{"c":"é","d":[3,{"x":null,"z":1}]},"b":1}');
  });

  it('writes what sorting each object\'s entries by key and joining them writes', () => {
    const plain = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map(plain).join(',')}]`;
      if (value && typeof value === 'object') {
        const entries = Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${plain(v)}`).join(',')}}`;
      }
      return JSON.stringify(value);
    };
    const withUndefined = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), fc.constant(undefined), fc.array(tie('v')), fc.dictionary(fc.string(), tie('v'))),
    })).v;
    fc.assert(
      fc.property(withUndefined, (value) => {
        expect(canonicalJson(value)).toBe(plain(value));
      }),
      { numRuns: 300 },
    );
  });
});
