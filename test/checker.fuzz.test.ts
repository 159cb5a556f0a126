/**
 * Mutated scenario files must always come back as located problems (or a sound
 * scenario), never as an exception: a tutor's half-written file must not crash
 * the checker or the app.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../src/scenario/check.ts';
import { fixtureText } from './support/scenarios.ts';

const base = fixtureText('tiny-counter.yaml');
const lines = base.split('\n');

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line'), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines'), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.constantFrom(':', '- ', '{', ']', '"', "'", '&a', '*a', '!!js/function', '\t', 'if: ', 'to: x', 'mood', '<script>', '99999999999999999999', 'null', '~', '#') }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('byte'), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 3 }) }),
);

type M = { kind: string; at: number; other?: number; by?: number; text?: string; char?: string };

function apply(text: string, ms: M[]): string {
  let ls = text.split('\n');
  for (const m of ms) {
    const i = m.at % Math.max(1, ls.length);
    switch (m.kind) {
      case 'delete-line': ls.splice(i, 1); break;
      case 'duplicate-line': ls.splice(i, 0, ls[i] ?? ''); break;
      case 'swap-lines': { const j = (m.other ?? 0) % Math.max(1, ls.length); [ls[i], ls[j]] = [ls[j] ?? '', ls[i] ?? '']; break; }
      case 'indent': ls[i] = m.by! > 0 ? ' '.repeat(m.by!) + (ls[i] ?? '') : (ls[i] ?? '').slice(-m.by!); break;
      case 'insert': { const l = ls[i] ?? ''; const c = m.at % (l.length + 1); ls[i] = l.slice(0, c) + m.text + l.slice(c); break; }
      case 'truncate': ls = ls.slice(0, i); break;
      case 'byte': { const whole = ls.join('\n'); const c = m.at % (whole.length + 1); ls = (whole.slice(0, c) + m.char + whole.slice(c + 1)).split('\n'); break; }
    }
  }
  return ls.join('\n');
}

describe('checker under mutated input', () => {
  it('always returns located problems or a sound scenario, never throws', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (ms) => {
        const text = apply(base, ms as M[]);
        const r = checkScenarioText(text, 'fuzzed.yaml');
        if (r.scenario) expect(r.problems).toEqual([]);
        else {
          expect(r.problems.length).toBeGreaterThan(0);
          const lineCount = text.split('\n').length;
          for (const p of r.problems) {
            expect(p.path).toBe('fuzzed.yaml');
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.line).toBeLessThanOrEqual(lineCount + 1);
            expect(p.col).toBeGreaterThanOrEqual(1);
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 1500 },
    );
    expect(lines.length).toBeGreaterThan(40);
    // 1,500 checks take ~5 s alone but over 30 s on a loaded 2-core machine; this is a correctness test, not a timing one.
  }, 180_000);

  it('reports an alias used before its anchor at the alias, found by the fuzzer in CI', () => {
    const text = base.replace(/^kinds: \[?/m, (m) => `${m}*adifficult, `);
    const r = checkScenarioText(text, 'fuzzed.yaml');
    expect(r.scenario).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.includes('*adifficult')) + 1;
    expect(r.problems).toEqual([expect.objectContaining({ line, message: expect.stringMatching(/alias/i) })]);
  });
});
