import { describe, expect, it } from 'vitest';
import { checkScenarioText, formatProblem } from '../src/scenario/check.ts';
import { fixtureText } from './support/scenarios.ts';

const base = fixtureText('tiny-counter.yaml');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** Each case is one kind of problem: a small edit to a sound scenario, the message expected, and the line it must point at. */
const cases: { kind: string; edit: (t: string) => string; message: RegExp; at: string }[] = [
  {
    kind: 'YAML syntax error',
    edit: (t) => t.replace('say: "Fine, I\'ll wait."', 'say: "Fine, I\'ll wait.'),
    message: /YAML: /,
    at: 'say: "Fine',
  },
  { kind: 'unknown field', edit: (t) => t.replace('    notes: First impressions.', '    notez: First impressions.'), message: /unknown field "notez"/, at: 'notez:' },
  { kind: 'wrong type', edit: (t) => t.replace('difficulty: 1', 'difficulty: easy'), message: /difficulty: /, at: 'difficulty: easy' },
  { kind: 'missing field', edit: (t) => t.replace('title: A short counter conversation\n', ''), message: /title: missing required field/, at: 'id: tiny-counter' },
  { kind: 'unknown criterion', edit: (t) => t.replace('criterion: c4.1.1, met: true', 'criterion: c4.9.9, met: true'), message: /unknown criterion "c4.9.9"/, at: 'c4.9.9' },
  { kind: 'criterion of an unlisted unit', edit: (t) => t.replace('units: [A10, C4]', 'units: [A10]'), message: /belongs to unit C4, which is not listed/, at: 'criterion: c4.1.1, met: true' },
  { kind: 'target that does not exist', edit: (t) => t.replace('to: fixed\n        evidence', 'to: fixd\n        evidence'), message: /target "fixd" does not exist/, at: 'to: fixd' },
  {
    kind: 'node no path reaches',
    edit: (t) => `${t}  orphan:\n    say: "Hello?"\n    end: resolved\n`,
    message: /node "orphan" cannot be reached/,
    at: '  orphan:',
  },
  {
    kind: 'node from which no ending can be reached',
    edit: (t) => t.replace('        to: fixed\n  fixed:', '        to: manager\n  fixed:').replace('after: { seconds: 30, to: storms-off, effects: { patience: -50 } }', 'notes: loop'),
    message: /no ending can be reached from node "manager"/,
    at: '  manager:',
  },
  {
    kind: 'no way out under some meter values',
    edit: (t) => t.replace('      - text: "Yes?"\n        to: problem', '      - text: "Yes?"\n        if: mood > 60\n        to: problem').replace('      - text: "Sorry to keep you waiting. How can I help?"\n        to: problem', '      - text: "Sorry to keep you waiting. How can I help?"\n        if: mood < 40\n        to: problem'),
    message: /node "greet" has no way out when mood (4\d|5\d|60)/,
    at: '  greet:',
  },
  { kind: 'condition that does not parse', edit: (t) => t.replace('if: patience <= 10', 'if: patience =< 10'), message: /condition "patience =< 10" does not parse/, at: 'patience =< 10' },
  { kind: 'condition naming an unknown meter', edit: (t) => t.replace('if: mood >= 60', 'if: anger >= 60'), message: /unknown meter "anger"/, at: 'anger >= 60' },
  {
    kind: 'best path does not reach full marks',
    edit: (t) => t.replace('criterion: a10.1.2, met: true, why: Acknowledges the wait and offers help.', 'criterion: a10.1.2, met: false, why: Apologises but does not offer help.'),
    message: /no path reaches full marks: the best path to an ending loses marks first at "greet", by option 1 \("Sorry to keep you waiting\. How can I …"\), which fails a10\.1\.2; no option open there meets all its evidence/,
    at: '  greet:',
  },
  { kind: 'dead end', edit: (t) => t.replace('    say: "Thanks, that\'s sorted then."\n    end: resolved', '    say: "Thanks, that\'s sorted then."'), message: /node "fixed" is a dead end/, at: '  fixed:' },
  {
    kind: 'a title that clashes with the declared look',
    edit: (t) => t.replace('name: Ms Test,', 'name: Mr Test,'),
    message: /"Mr Test" is drawn with presentation "feminine", which clashes with the title; use "masculine" or change the title/,
    at: 'look: {',
  },
  {
    kind: 'someone present whom the scenario does not name',
    edit: (t) => t.replace('    notes: First impressions.', '    notes: First impressions.\n    present: [manager]'),
    message: /"manager" is not one of the people this scenario names/,
    at: 'present: [manager]',
  },
  { kind: 'a place the stage cannot draw', edit: (t) => t.replace('place: shop-counter', 'place: moon-base'), message: /place: /, at: 'place: moon-base' },
  { kind: 'routes that loop', edit: (t) => t.replace('  manager:\n', '  manager:\n    when: [{ if: mood > 0, to: problem }]\n').replace('{ if: patience <= 10, to: storms-off }', '{ if: mood > 0, to: manager }'), message: /automatic routes form a loop/, at: '    when:' },
];

describe('scenario checker', () => {
  it('finds no problem in a sound scenario', () => {
    expect(checkScenarioText(base, 'tiny-counter.yaml').problems).toEqual([]);
  });

  it.each(cases)('reports $kind at its line', ({ edit, message, at }) => {
    const text = edit(base);
    expect(text).not.toBe(base);
    const { problems, scenario } = checkScenarioText(text, 'tiny-counter.yaml');
    expect(scenario).toBeUndefined();
    const hit = problems.find((p) => message.test(p.message));
    expect(hit, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(hit!.line).toBe(lineOf(text, at));
    expect(formatProblem(hit!)).toMatch(/^tiny-counter\.yaml:\d+:\d+: error: /);
  });

  it('points inside a condition at the offending word', () => {
    const text = base.replace('if: mood >= 60', 'if: mood >= 60 and anger < 3');
    const p = checkScenarioText(text, 'x/tiny-counter.yaml').problems.find((x) => /anger/.test(x.message))!;
    const line = text.split('\n')[p.line - 1]!;
    expect(line.slice(p.col - 1)).toMatch(/^anger/);
  });

  it('checks that the id matches the file name', () => {
    const p = checkScenarioText(base, 'scenarios/other-name.yaml').problems;
    expect(p.map((x) => x.message)).toEqual(['id "tiny-counter" should match the file name "other-name"']);
  });

  it('answers non-mapping and empty files with a problem, not an exception', () => {
    for (const text of ['', '42', '- a\n- b', '~', '"just a string"']) {
      const r = checkScenarioText(text, 'odd.yaml');
      expect(r.problems.length).toBeGreaterThan(0);
      expect(r.problems[0]!.line).toBeGreaterThanOrEqual(1);
    }
  });
});
