import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExpressionError, metersIn, parseExpression } from './expression.ts';
import { axesFor } from './meterCases.ts';
import { evaluate, toPredicate } from './predicate.ts';

const m = { mood: 30, patience: 0, trust: 75 };
const run = (src: string) => evaluate(parseExpression(src), m);

describe('condition language', () => {
  it.each([
    ['mood < 40', true],
    ['mood <= 30', true],
    ['mood > 30', false],
    ['patience == 0', true],
    ['patience != 0', false],
    ['trust >= 75 and mood < 31', true],
    ['trust > 90 or patience <= 0', true],
    ['not (trust > 50)', false],
    ['not trust > 50 or mood == 30', true],
    ['mood < 40 and (trust < 10 or patience == 0)', true],
    ['40 > mood', true],
    ['mood > -5', true],
  ])('%s → %s', (src, expected) => {
    expect(run(src)).toBe(expected);
  });

  it('binds "and" tighter than "or"', () => {
    expect(run('trust > 90 and mood > 90 or patience == 0')).toBe(true);
    expect(run('trust > 90 and (mood > 90 or patience == 0)')).toBe(false);
  });

  it.each([
    ['mood = 3', 'use "==" to compare', 5],
    ['mood < 3 && trust > 2', 'use "and", "or", "not"', 9],
    ['mood <', 'condition ends too soon', 6],
    ['mood 3', 'expected a comparison', 5],
    ['(mood < 3', 'missing ")"', 9],
    ['mood < 3 trust', 'unexpected text after the condition', 9],
    ['alert(1)', 'expected a comparison', 5],
    ['mood < 3; process.exit()', 'unexpected character ";"', 8],
  ])('rejects %j with a located message', (src, message, offset) => {
    try {
      parseExpression(src);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ExpressionError);
      expect((err as Error).message).toContain(message);
      expect((err as ExpressionError).offset).toBe(offset);
    }
  });

  it('never runs the text as code', () => {
    // If this were evaluated, the global would be set.
    expect(() => parseExpression('globalThis.pwned = 1')).toThrow(ExpressionError);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('reports the meters a condition uses and the stretches of each meter\'s scale that answer alike', () => {
    const e = parseExpression('mood < 40 and (trust >= 60 or 20 > mood or trust == 90)');
    expect([...metersIn(e)].sort()).toEqual(['mood', 'trust']);
    const axes = axesFor([e], () => ({ lo: 0, hi: 100 }));
    // mood changes its answer at 20 and 40; trust at 60, and at 90 and 91.
    expect(axes).toEqual([
      { name: 'mood', values: [0, 20, 40] },
      { name: 'trust', values: [0, 60, 90, 91] },
    ]);
  });

  it('refuses to evaluate an unknown meter', () => {
    expect(() => evaluate(parseExpression('anger > 3'), m)).toThrow(/unknown meter "anger"/);
  });

  it('means the same as a predicate over meter slots as when evaluated', () => {
    const names = ['mood', 'patience', 'trust'];
    const slotOf = (name: string) => (names.includes(name) ? names.indexOf(name) : undefined);
    const meter = fc.constantFrom(...names);
    const number = fc.integer({ min: -5, max: 105 }).map(String);
    const sides = fc.oneof(fc.tuple(meter, number), fc.tuple(number, meter));
    const compare = fc.tuple(sides, fc.constantFrom('<', '<=', '>', '>=', '==', '!=')).map(([[a, b], op]) => `${a} ${op} ${b}`);
    const expr = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        compare,
        fc.tuple(tie('e'), fc.constantFrom('and', 'or'), tie('e')).map(([a, op, b]) => `${a} ${op} ${b}`),
        tie('e').map((a) => `not (${a})`),
        tie('e').map((a) => `(${a})`),
      ),
    })).e;
    const values = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }));
    fc.assert(
      fc.property(expr, values, (src, vs) => {
        const parsed = parseExpression(src);
        const meters = Object.fromEntries(names.map((n, i) => [n, vs[i]!]));
        expect(toPredicate(parsed, slotOf)(vs)).toBe(evaluate(parsed, meters));
      }),
      { numRuns: 500 },
    );
    expect(() => toPredicate(parseExpression('anger > 3'), slotOf)([1, 2, 3])).toThrow(/unknown meter "anger"/);
  });
});
