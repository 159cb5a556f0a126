/**
 * What the checker catches with the meters taken into account (issue 14,
 * item 2): nodes, options and routes no reachable state uses; comparisons of
 * two meters refused at the condition; pass rules with any number of critical
 * criteria; limits reported, never passed; and JavaScript's own property names
 * treated as ordinary names everywhere.
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.ts';
import { checkScenarioText, formatProblem } from '../src/scenario/check.ts';
import { parseExpression } from '../src/scenario/expression.ts';
import { initialMeters } from '../src/scenario/meters.ts';
import { evaluate } from '../src/scenario/predicate.ts';
import { loadScenarioText } from '../src/scenario/load.ts';
import { simulate } from '../src/cli/simulate.ts';
import { fixtureText } from './support/scenarios.ts';

const base = fixtureText('tiny-counter.yaml');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const check = (text: string) => checkScenarioText(text, 'tiny-counter.yaml');
const messages = (text: string) => check(text).problems.map((p) => p.message);

/** The problem whose message matches, with the line it is at. */
function found(text: string, message: RegExp) {
  const r = check(text);
  const hit = r.problems.find((p) => message.test(p.message));
  expect(hit, r.problems.map(formatProblem).join('\n')).toBeDefined();
  expect(r.scenario).toBeUndefined();
  return hit!;
}

const extraOption = (condition: string) =>
  base
    .replace('      - text: "Yes?"\n', `      - text: "Anything else?"\n        if: ${condition}\n        to: extra\n      - text: "Yes?"\n`)
    .concat('  extra:\n    say: "Well, since you ask."\n    choices: [{ text: "Go on.", to: more }]\n  more:\n    say: "That is all."\n    end: resolved\n');

describe('what no reachable state uses', () => {
  it('reports an option whose condition never holds within the meters\' bounds, and the nodes only it leads to', () => {
    const text = extraOption('mood > 100');
    const option = found(text, /^option 2 \("Anything else\?"\) is never offered: its condition "mood > 100" never holds when the conversation is at "greet"$/);
    expect(option.line).toBe(lineOf(text, 'if: mood > 100'));
    expect(found(text, /^node "extra" can never be reached with the meters as they change$/).line).toBe(lineOf(text, '  extra:'));
    expect(found(text, /^ending "more" can never be reached with the meters as they change \(it is entered only from nodes that are never reached: "extra"\)$/).line).toBe(lineOf(text, '  more:'));
  });

  it('takes the meters as they really are where the option stands, not only their bounds', () => {
    // Mood starts at 50 and nothing lowers it before the first turn.
    expect(found(extraOption('mood < 5'), /option 2 \("Anything else\?"\) is never offered: its condition "mood < 5" never holds/).line).toBe(lineOf(extraOption('mood < 5'), 'if: mood < 5'));
    expect(check(extraOption('mood >= 50')).problems).toEqual([]);
  });

  it('reports a route whose condition never holds where it is checked, and one an earlier route always pre-empts', () => {
    const never = base.replace('      - { if: patience <= 10, to: storms-off }', '      - { if: patience <= 10, to: storms-off }\n      - { if: mood > 95, to: manager }');
    expect(found(never, /^the route to "manager" is never taken: its condition "mood > 95" never holds when the conversation arrives at "problem"$/).line).toBe(lineOf(never, 'mood > 95'));
    const shadowed = base.replace('      - { if: patience <= 10, to: storms-off }', '      - { if: patience <= 10, to: storms-off }\n      - { if: patience <= 5, to: manager }');
    expect(found(shadowed, /^the route to "manager" is never taken: whenever "patience <= 5" holds here, an earlier route is taken first$/).line).toBe(lineOf(shadowed, 'patience <= 5'));
  });

  it('reports options and a timer that are never used because the routes always lead on', () => {
    const text = base.replace('  manager:\n', '  manager:\n    when: [{ if: patience >= 0, to: fixed }]\n');
    expect(found(text, /^the customer never speaks at "manager": its automatic routes always lead on, so its options and timer are never used$/).line).toBe(lineOf(text, '    when: [{ if: patience >= 0'));
  });
});

describe('traps', () => {
  it('reports a state a learner can reach from which no ending can be reached, where they walk in, with the way there', () => {
    // "stuck" lets them out only with mood at 70 or more, and nothing there raises it: from greet's curt reply, mood is 30.
    const text = base
      .replace('      - text: "I\'ll fetch my manager."', '      - text: "I\'ll look into it."\n        to: stuck\n      - text: "I\'ll fetch my manager."')
      .concat('  stuck:\n    say: "Well?"\n    choices:\n      - { text: "Sorry.", to: stuck }\n      - { text: "Here you are.", if: mood >= 70, to: fixed }\n');
    const [p, ...rest] = check(text).problems;
    expect(rest).toEqual([]);
    expect(p!.line).toBe(lineOf(text, '  stuck:'));
    expect(p!.message).toBe('no ending can be reached from "stuck" once the meters are mood 30, patience 20: every way on from there leads round without one; a learner gets there by option 2 at "greet", then option 3 at "problem"');
    // With a way out at any mood it is no trap.
    expect(check(text.replace('if: mood >= 70, to: fixed', 'to: fixed')).problems).toEqual([]);
  });
});

describe('comparing meters', () => {
  it('refuses a comparison of two meters at the condition, saying conditions compare a meter with a number', () => {
    const text = base.replace('if: mood >= 60', 'if: mood >= patience');
    const p = found(text, /^condition "mood >= patience" does not parse: "mood >= patience" compares two meters; a condition compares a meter with a whole number, such as "mood >= 50"$/);
    expect(p.line).toBe(lineOf(text, 'if: mood >= patience'));
    expect(p.col).toBe(text.split('\n')[p.line - 1]!.indexOf('mood') + 1);
    expect(messages(base.replace('if: mood >= 60', 'if: 1 < 2'))).toEqual([expect.stringMatching(/"1 < 2" compares two numbers; a condition compares a meter with a whole number/)]);
  });

  it('accepts a meter compared with a number on either side, meaning the same', () => {
    const flipped = check(base.replace('if: mood >= 60', 'if: 60 <= mood'));
    expect(flipped.problems).toEqual([]);
    const play = (text: string) => {
      const s = Session.start(check(text).scenario!, { seed: 3 });
      s.choose(0); // mood 50 → 70: the manager option opens
      return s.view().options.map((o) => o.choice).sort();
    };
    expect(play(base.replace('if: mood >= 60', 'if: 60 <= mood'))).toEqual(play(base));
    expect(play(base)).toEqual([0, 1, 2]);
  });
});

/** A scenario of `count` decisions in a row, each with an option meeting one criterion and one failing it. */
function manyCritical(count: number, breakLast: boolean): string {
  const codes = ['a10.1.1', 'a10.1.2', 'a10.1.3', 'a10.1.4', 'a10.1.5', 'a10.1.6', 'a10.1.7', 'a10.1.8', 'a10.2.1', 'a10.2.2', 'a10.2.3', 'a10.2.4', 'a10.2.5', 'a10.2.6', 'c4.1.1', 'c4.1.2', 'c4.1.3', 'c4.1.4', 'c4.1.5', 'c4.1.6', 'c4.1.7', 'c4.2.1', 'c4.2.2', 'c4.2.3', 'c4.2.4', 'c4.2.5'].slice(0, count);
  const head = base.slice(0, base.indexOf('start: greet')).replace('meters:', `pass: { critical: [${codes.join(', ')}] }\nmeters:`);
  let nodes = 'start: step-0\nnodes:\n';
  codes.forEach((code, i) => {
    const next = i === codes.length - 1 ? 'done' : `step-${i + 1}`;
    // Broken: the last criterion is shown only by an option that also fails another, so no full-marks path
    // shows it; full marks are still open through a third option.
    const broken = breakLast && i === codes.length - 1;
    const extra = broken ? `\n          - { criterion: a10.1.1, met: false, why: Rushes. }` : '';
    const third = broken ? `      - text: "Other ${i}."\n        to: ${next}\n        evidence:\n          - { criterion: a10.1.1, met: true, why: Takes time. }\n` : '';
    nodes += `  step-${i}:\n    say: "Step ${i}."\n    choices:\n      - text: "Good ${i}."\n        to: ${next}\n        evidence:\n          - { criterion: ${code}, met: true, why: Shows it. }${extra}\n      - text: "Poor ${i}."\n        to: ${next}\n        evidence:\n          - { criterion: ${code}, met: false, why: Misses it. }\n${third}`;
  });
  return `${head}${nodes}  done:\n    say: "Thanks."\n    end: resolved\n`;
}

describe('pass rules', () => {
  it('tracks any number of critical criteria: 25 that a full-marks path shows pass', () => {
    expect(check(manyCritical(25, false)).problems.map(formatProblem)).toEqual([]);
  });

  it('reports the 25th critical criterion when no full-marks path can show it, at its place in the pass rule', () => {
    const text = manyCritical(25, true);
    const p = found(text, /^no path can meet the pass rule: no full-marks path demonstrates the critical criterion c4\.2\.4$/);
    expect(p.line).toBe(lineOf(text, 'pass: {'));
    expect(p.col).toBe(text.split('\n')[p.line - 1]!.indexOf('c4.2.4') + 1);
  });
});

describe('limits', () => {
  it('reports a node whose conditions make too many cases to check for a way out, rather than passing it over', () => {
    const meters = ['mood', 'patience', 'trust'];
    const choices = meters.flatMap((m) => Array.from({ length: 60 }, (_, k) => `      - { text: "Option ${m} ${k}.", if: ${m} == ${k}, to: problem }`)).join('\n');
    const text = base
      .replace('  patience: { start: 40 }\n', '  patience: { start: 40 }\n  trust: { start: 10 }\n')
      .replace('    notes: First impressions.\n    choices:\n', `    notes: First impressions.\n    choices:\n${choices}\n`)
      .replace('      - text: "Sorry to keep you waiting. How can I help?"\n        to: problem', '      - text: "Sorry to keep you waiting. How can I help?"\n        if: mood > 200\n        to: problem')
      .replace('      - text: "Yes?"\n        to: problem', '      - text: "Yes?"\n        if: mood > 200\n        to: problem');
    const p = found(text, /^node "greet": its conditions split the meters into 226,981 cases, too many to check for a way out/);
    expect(p.line).toBe(lineOf(text, '  greet:'));
  });

  it('says an ending was not decided when the search stopped, rather than calling it unreachable', () => {
    const text = base
      .replace('  patience: { start: 40 }\n', '  patience: { start: 40 }\n  a: { start: 0, min: 0, max: 1000 }\n  b: { start: 0, min: 0, max: 1000 }\n')
      .replace('    notes: First impressions.\n    choices:\n', '    notes: First impressions.\n    choices:\n      - { text: "Hmm.", if: a < 1000, to: greet, effects: { a: 1 } }\n      - { text: "Well.", if: b < 1000, to: greet, effects: { b: 1 } }\n      - { text: "At last.", if: a == 1000 and b == 1000, to: late }\n')
      .concat('  late:\n    say: "Finally."\n    end: resolved\n');
    const loaded = loadScenarioText(text, 'tiny-counter.yaml');
    if (!loaded.ok) throw new Error('the scenario should load');
    // Two thousand turns in, past a million states of (a, b): the search stops first.
    expect(simulate(loaded.scenario, 5).endings).toEqual([
      { node: 'fixed', outcome: 'resolved', turns: 2 },
      { node: 'storms-off', outcome: 'customer-left', turns: 2 },
      { node: 'late', outcome: 'resolved', turns: 'limit' },
    ]);
  });
});

describe('JavaScript property names as ordinary names', () => {
  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__'])('reports "%s" in effects as an unknown meter', (name) => {
    const text = base.replace('effects: { mood: +20, patience: +10 }', `effects: { mood: +20, ${name}: 5 }`);
    expect(found(text, new RegExp(`^unknown meter "${name}" in effects`)).line).toBe(lineOf(text, `${name}: 5`));
  });

  it.each(['constructor', 'toString', '__proto__', 'valueOf'])('reports "%s" in a condition as an unknown meter', (name) => {
    const text = base.replace('if: mood >= 60', `if: ${name} >= 60`);
    expect(found(text, new RegExp(`^unknown meter "${name}" in condition \\(meters: mood, patience\\)$`)).line).toBe(lineOf(text, `${name} >= 60`));
  });

  it('reports "__proto__" as a node id, a person id or a meter name, which zod alone would drop without a word', () => {
    const node = base.replace('  fixed:\n', '  __proto__:\n    say: "Hello."\n    end: resolved\n  fixed:\n');
    expect(found(node, /^nodes: "__proto__" is not a valid node id/).line).toBe(lineOf(node, '  __proto__:'));
    const person = base.replace('start: greet', 'people: { __proto__: { name: Dev, role: colleague } }\nstart: greet');
    expect(found(person, /^people: "__proto__" is not a valid person id/).line).toBe(lineOf(person, 'people:'));
    const meter = base.replace('  patience: { start: 40 }\n', '  patience: { start: 40 }\n  __proto__: { start: 1 }\n');
    expect(found(meter, /^meters: "__proto__" is not a valid meter name/).line).toBe(lineOf(meter, '  __proto__:'));
  });

  it('finds nothing inherited: a target, start or person named after Object\'s properties must exist', () => {
    expect(found(base.replace('to: fixed\n        evidence', 'to: constructor\n        evidence'), /^target "constructor" does not exist$/)).toBeDefined();
    expect(found(base.replace('start: greet', 'start: constructor'), /^start node "constructor" does not exist$/)).toBeDefined();
    expect(found(base.replace('    notes: First impressions.', '    notes: First impressions.\n    present: [constructor]'), /^"constructor" is not one of the people this scenario names/)).toBeDefined();
  });

  it('plays a scenario whose meter, node and person are called "constructor"', () => {
    const text = base
      .replaceAll('mood', 'constructor')
      .replaceAll('fixed', 'constructor-fixed')
      .replace('  problem:', '  constructor:')
      .replaceAll('to: problem', 'to: constructor')
      .replace('start: greet', 'people: { constructor: { name: Dev, role: colleague } }\nstart: greet')
      .replace('    notes: First impressions.', '    notes: First impressions.\n    present: [constructor]');
    const r = check(text);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(Object.getPrototypeOf(r.scenario!.nodes)).toBeNull();
    expect(Object.getPrototypeOf(r.scenario!.meters)).toBeNull();
    expect(Object.getPrototypeOf(r.scenario!.people)).toBeNull();
    const s = Session.start(r.scenario!, { seed: 1 });
    s.choose(0); // constructor (the meter) 50 → 70
    expect(s.nodeId).toBe('constructor');
    expect(s.view().options.map((o) => o.choice).sort()).toEqual([0, 1, 2]);
    s.choose(0);
    expect(s.nodeId).toBe('constructor-fixed');
    expect(s.transcript().turns[0]!.metersAfter).toEqual({ constructor: 70, patience: 50 });
  });

  it('reads meters by their own properties only, even from a restored plain object', () => {
    expect(() => evaluate(parseExpression('constructor > 3'), JSON.parse('{"mood": 1}'))).toThrow(/unknown meter "constructor"/);
    expect(() => evaluate(parseExpression('toString > 3'), { mood: 1 })).toThrow(/unknown meter "toString"/);
    // The scenario's meters and nothing inherited: an unknown name is refused, not read from Object.prototype.
    const meters = initialMeters(check(base).scenario!);
    expect(Object.keys(meters).sort()).toEqual(Object.keys(check(base).scenario!.meters).sort());
    expect(() => evaluate(parseExpression('constructor > 3'), meters)).toThrow(/unknown meter "constructor"/);
  });
});
