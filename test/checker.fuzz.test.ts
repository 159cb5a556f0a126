/**
 * Mutated scenario files must always come back as located problems (or a sound
 * scenario), never as an exception or an internal error: a tutor's
 * half-written file must not crash the checker or the app. Three kinds of
 * case, 10,000 in all (1,500, 6,000 and 2,500): text mutations of a small scenario, conditions from the
 * grammar (deep nesting, long chains, every operator, meters compared with
 * meters), and scenarios stretched in structure (long route chains, huge maps,
 * many critical criteria, JavaScript property names as keys). Beside them,
 * the plain YAML reader (src/scenario/plainYaml.ts) is held to the YAML
 * library on every mutated text, on 3,000 texts from a grammar of YAML lines
 * and on 500 mutations of the bundled scenarios: whatever it reads is the
 * library's data to the order of keys, and the rest it leaves to the library.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledScenarioFiles } from '../src/cli/bundled.ts';
import { readEnvironmentOnce } from '../src/cli/environment.ts';
import { checkScenarioText, type CheckResult } from '../src/scenario/check.ts';
import { ExpressionError, metersIn, parseExpression } from '../src/scenario/expression.ts';
import { evaluate, toPredicate } from '../src/scenario/predicate.ts';
import { comparison, condition, quoted, shape, shapedScenario } from './support/fuzzScenarios.ts';
import { expectSameAsLibrary } from './support/sameYaml.ts';
import { fixtureText } from './support/scenarios.ts';

/** The guarantee: a sound scenario with no problems, or problems each placed in the file, none of them ours. */
function expectLocatedOrSound(text: string, r: CheckResult): void {
  if (r.scenario) {
    expect(r.problems).toEqual([]);
    return;
  }
  expect(r.problems.length).toBeGreaterThan(0);
  const lineCount = text.split('\n').length;
  for (const p of r.problems) {
    expect(p.path).toBe('fuzzed.yaml');
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount + 1);
    expect(p.col).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
    expect(p.message).not.toMatch(/internal error/);
  }
}

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
  // As the scenarios command does: the YAML parser reads the environment once per token otherwise.
  let restoreEnvironment: () => void;
  beforeAll(() => {
    restoreEnvironment = readEnvironmentOnce();
  });
  afterAll(() => restoreEnvironment());

  it('always returns located problems or a sound scenario, never throws', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (ms) => {
        const text = apply(base, ms as M[]);
        expectSameAsLibrary(text);
        expectLocatedOrSound(text, checkScenarioText(text, 'fuzzed.yaml'));
      }),
      { numRuns: 1500 },
    );
    expect(lines.length).toBeGreaterThan(40);
    // 1,500 checks take ~5 s alone but over 30 s on a loaded 2-core machine; this is a correctness test, not a timing one.
  }, 180_000);

  it('answers every condition from the grammar, wherever it stands, with located problems or a sound scenario', () => {
    // As small a scenario as holds a condition in each place one can stand: a route, a line variant, an option.
    const small = (route: string, line: string, option: string) =>
      [
        'id: fuzzed',
        'title: T',
        'organisation: O',
        'setting: S',
        'summary: S',
        'channel: face-to-face',
        'place: shop-counter',
        'kinds: [difficult]',
        'units: [A10]',
        'difficulty: 1',
        'role: R',
        'customer: { name: Ms Test, persona: P, language: en-GB, look: { presentation: feminine, age: adult, skin: brown, hair: medium, hairColour: black } }',
        'meters: { mood: { start: 50 }, patience: { start: 40 } }',
        'start: s',
        'nodes:',
        // Two ways into "a", so its conditions meet more than one set of meter values.
        '  s:',
        '    say: "Hi."',
        '    choices:',
        '      - { text: "Up.", to: a, effects: { mood: 30 }, evidence: [{ criterion: a10.1.1, met: true, why: Warm. }] }',
        '      - { text: "Down.", to: a, effects: { mood: -30, patience: -35 } }',
        '  a:',
        `    when: [{ if: ${route}, to: b }]`,
        `    say: [{ if: ${line}, text: "Hm." }, { text: "Hello." }]`,
        '    choices:',
        '      - { text: "Yes.", to: b, evidence: [{ criterion: a10.1.2, met: true, why: Helps. }] }',
        `      - { text: "No.", if: ${option}, to: b }`,
        '  b: { say: "Bye.", end: resolved }',
        '',
      ].join('\n');
    const sites = [(c: string) => small(quoted(c), 'mood < 30', 'mood >= 0'), (c: string) => small('patience < 10', quoted(c), 'mood >= 0'), (c: string) => small('patience < 10', 'mood < 30', quoted(c))];
    expect(checkScenarioText(sites[0]!('patience < 10'), 'fuzzed.yaml').problems).toEqual([]);
    fc.assert(
      fc.property(condition, fc.nat(2), (c, site) => {
        const text = sites[site]!(c);
        expectLocatedOrSound(text, checkScenarioText(text, 'fuzzed.yaml'));
      }),
      { numRuns: 6_000 },
    );
  }, 300_000);

  it('answers scenarios stretched in structure with located problems or a sound scenario', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const text = shapedScenario(s);
        expectLocatedOrSound(text, checkScenarioText(text, 'fuzzed.yaml'));
      }),
      { numRuns: 2_500 },
    );
  }, 300_000);

  it('reads every condition to an answer: an error placed in the text, or one meaning however it is run', () => {
    const names = ['mood', 'patience'];
    fc.assert(
      fc.property(condition, fc.integer({ min: -10, max: 110 }), fc.integer({ min: -10, max: 110 }), (c, mood, patience) => {
        let expr;
        try {
          expr = parseExpression(c);
        } catch (err) {
          expect(err).toBeInstanceOf(ExpressionError);
          expect((err as ExpressionError).offset).toBeGreaterThanOrEqual(0);
          expect((err as ExpressionError).offset).toBeLessThanOrEqual(c.length);
          return;
        }
        const read = [...metersIn(expr)];
        if (!read.every((m) => names.includes(m))) return;
        const slot = (n: string) => (names.includes(n) ? names.indexOf(n) : undefined);
        expect(toPredicate(expr, slot)([mood, patience])).toBe(evaluate(expr, { mood, patience }));
      }),
      { numRuns: 2_000 },
    );
    // Every operator, both ways round, means what it says.
    fc.assert(
      fc.property(comparison, fc.integer({ min: -10, max: 110 }), (c, mood) => {
        const m = /^(mood|-?\d+) (<=|>=|==|!=|<|>) (mood|-?\d+)$/.exec(c);
        if (!m || (m[1] === 'mood') === (m[3] === 'mood')) return;
        const [a, b] = [m[1] === 'mood' ? mood : Number(m[1]), m[3] === 'mood' ? mood : Number(m[3])];
        const expected = { '<': a < b, '<=': a <= b, '>': a > b, '>=': a >= b, '==': a === b, '!=': a !== b }[m[2] as '<'];
        expect(evaluate(parseExpression(c), { mood })).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it('reads plain YAML as the YAML library does, or leaves it to the library', () => {
    const scalar = fc.oneof(
      fc.constantFrom('a', 'two words', '~', 'null', 'True', 'FALSE', '0o17', '0x1F', '-12', '+3', '.5', '1e3', '-.inf', '.NaN', '1_000', 'yes', 'a#b', 'a: b', 'a:b', '- a', '-5', '[x]', '{y}', 'x, y', '"q"', "'s'", "'it''s'", '"a \\"b\\" c"', '"\\t"', '&a x', '*a', '!t x', '@x', '`x`', '%x', '? x', ': x', '# c', 'a # c', '__proto__', 'constructor', ''),
      fc.string({ maxLength: 6 }),
    );
    const line = fc.oneof(
      fc.tuple(fc.nat(6), scalar, scalar).map(([n, k, v]) => `${' '.repeat(n)}${k}: ${v}`),
      fc.tuple(fc.nat(6), scalar).map(([n, v]) => `${' '.repeat(n)}- ${v}`),
      fc.tuple(fc.nat(6), scalar).map(([n, k]) => `${' '.repeat(n)}${k}:`),
      fc.tuple(fc.nat(6), scalar, fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '|2', '> # c')).map(([n, k, h]) => `${' '.repeat(n)}${k}: ${h}`),
      fc.tuple(fc.nat(6), scalar, fc.array(scalar, { maxLength: 3 })).map(([n, k, vs]) => `${' '.repeat(n)}${k}: [${vs.join(', ')}]`),
      fc.tuple(fc.nat(6), scalar, fc.array(fc.tuple(scalar, scalar), { maxLength: 3 })).map(([n, k, ps]) => `${' '.repeat(n)}${k}: { ${ps.map(([a, b]) => `${a}: ${b}`).join(', ')} }`),
      fc.tuple(fc.nat(8), scalar).map(([n, t]) => `${' '.repeat(n)}${t}`),
      fc.constantFrom('', '# comment', '---', '...', '  ', '- - x', '-'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), (lines, newline) => expectSameAsLibrary(lines.join('\n') + (newline ? '\n' : ''))),
      { numRuns: 3_000 },
    );
  });

  it('reads every bundled scenario, mutated, as the YAML library does, or leaves it to the library', () => {
    const files = bundledScenarioFiles().map((f) => readFileSync(f, 'utf8'));
    fc.assert(
      fc.property(fc.nat(files.length - 1), fc.array(mutation, { minLength: 1, maxLength: 5 }), (f, ms) => expectSameAsLibrary(apply(files[f]!, ms as M[]))),
      { numRuns: 500 },
    );
  }, 180_000);

  it('reports an alias used before its anchor at the alias, found by the fuzzer in CI', () => {
    const text = base.replace(/^kinds: \[?/m, (m) => `${m}*adifficult, `);
    const r = checkScenarioText(text, 'fuzzed.yaml');
    expect(r.scenario).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.includes('*adifficult')) + 1;
    expect(r.problems).toEqual([expect.objectContaining({ line, message: expect.stringMatching(/alias/i) })]);
  });
});
