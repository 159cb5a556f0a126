/**
 * Input of any size or depth is read to the end: conditions nested or chained
 * tens of thousands deep, automatic routes followed however long the chain,
 * and a loop of routes called a loop only when its conditions can all hold at
 * once (issue 14, item 1).
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.ts';
import { checkScenarioText, formatProblem } from '../src/scenario/check.ts';
import { metersIn, parseExpression } from '../src/scenario/expression.ts';
import { axesFor } from '../src/scenario/meterCases.ts';
import { evaluate, toPredicate } from '../src/scenario/predicate.ts';
import { fixtureText } from './support/scenarios.ts';

const base = fixtureText('tiny-counter.yaml');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const slots = (name: string) => ({ mood: 0, patience: 1 })[name];

describe('conditions of any depth or length', () => {
  it('checks a scenario whose route condition sits inside 50,000 brackets', () => {
    const deep = `${'('.repeat(50_000)}patience <= 10${')'.repeat(50_000)}`;
    const text = base.replace('if: patience <= 10', `if: "${deep}"`);
    const r = checkScenarioText(text, 'tiny-counter.yaml');
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.scenario!.nodes.problem!.when[0]!.if).toBe(deep);
  });

  it('reports an unclosed bracket 50,000 deep at the end of the condition', () => {
    const deep = `${'('.repeat(50_000)}patience <= 10${')'.repeat(49_999)}`;
    const text = base.replace('if: patience <= 10', `if: "${deep}"`);
    const [p] = checkScenarioText(text, 'tiny-counter.yaml').problems;
    expect(p!.message).toMatch(/does not parse: missing "\)"/);
    expect(p!.line).toBe(lineOf(text, 'if: "(('));
    expect(p!.col).toBe(text.split('\n')[p!.line - 1]!.indexOf('"') + 2 + deep.length);
  });

  it('evaluates a chain of 50,000 comparisons, 100,001 "not"s and 20,000 alternating levels', () => {
    const chain = Array.from({ length: 50_000 }, (_, i) => `mood > ${i % 7}`).join(' and ');
    expect(evaluate(parseExpression(chain), { mood: 7 })).toBe(true);
    expect(evaluate(parseExpression(chain), { mood: 6 })).toBe(false);
    expect(evaluate(parseExpression(`${'not '.repeat(100_001)}mood > 3`), { mood: 5 })).toBe(false);

    // x0 or (x1 and (x2 or (...))), every comparison false but the innermost: worked out from the inside.
    const depth = 20_000;
    let text = 'mood == 0';
    let expected = true;
    for (let i = depth - 1; i >= 0; i--) {
      const op = i % 2 === 0 ? 'or' : 'and';
      text = `mood == ${i + 1} ${op} (${text})`;
      expected = op === 'or' ? expected : false;
    }
    const expr = parseExpression(text);
    expect(evaluate(expr, { mood: 0 })).toBe(expected);
    expect(toPredicate(expr, slots)([0, 0])).toBe(expected);
    expect(metersIn(expr)).toEqual(new Set(['mood']));
    // The comparisons are mood == k for k from 0 to 20,000: on a scale of 0..1000 every value answers differently.
    expect(axesFor([expr], () => ({ lo: 0, hi: 1000 }))[0]!.values).toHaveLength(1001);
  });

  it('reads a condition of a million characters in linear time', () => {
    const chain = Array.from({ length: 60_000 }, () => 'patience >= 0').join(' or ');
    expect(chain.length).toBeGreaterThan(900_000);
    const started = performance.now();
    expect(evaluate(parseExpression(chain), { patience: 1 })).toBe(true);
    // Quadratic reading (slicing the text per token) took minutes; linear takes well under a second even on a busy machine.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

/** tiny-counter with a chain of `length` nodes, each routing on to the next, between "problem" and "storms-off". */
function withRouteChain(length: number): string {
  let nodes = '';
  for (let i = 0; i < length; i++) {
    const to = i === length - 1 ? 'storms-off' : `hop-${i + 1}`;
    nodes += `  hop-${i}:\n    say: "Hop ${i}."\n    when: [{ if: patience >= 0, to: ${to} }]\n    choices: [{ text: "On.", to: fixed }]\n`;
  }
  return base.replace('{ if: patience <= 10, to: storms-off }', '{ if: patience <= 10, to: hop-0 }').concat(nodes);
}

describe('automatic routes', () => {
  it('follows a chain of 500 routes with no loop, in the checker and in the engine', () => {
    const r = checkScenarioText(withRouteChain(500), 'tiny-counter.yaml');
    // Every hop is passed through (its options are never used), which the checker says; a loop it is not.
    expect(r.problems.every((p) => /the customer never speaks at "hop-\d+"/.test(p.message))).toBe(true);
    expect(r.problems).toHaveLength(500);
    const text = withRouteChain(500).replace(/\n {4}choices: \[\{ text: "On\.", to: fixed \}\]/g, '');
    const sound = checkScenarioText(text, 'tiny-counter.yaml');
    expect(sound.problems.map(formatProblem)).toEqual([]);
    const session = Session.start(sound.scenario!, { seed: 1 });
    session.choose(1); // "Yes?": patience 40 → 20
    session.choose(1); // "That's not my department.": 20 → 5, and the routes run all the way to the end
    expect(session.ended).toBe(true);
    expect(session.nodeId).toBe('storms-off');
  });

  it('does not call a cycle a loop when its routes cannot be taken at the same meter values', () => {
    // problem → manager when patience <= 10; manager → problem only when patience is above 30.
    const text = base.replace('  manager:\n', '  manager:\n    when: [{ if: patience > 30, to: problem }]\n').replace('{ if: patience <= 10, to: storms-off }', '{ if: patience <= 10, to: manager }');
    const r = checkScenarioText(text, 'tiny-counter.yaml');
    expect(r.problems.filter((p) => /loop/.test(p.message))).toEqual([]);
  });

  it('does not call it a loop when an earlier route always goes first', () => {
    // At "problem" a route to the ending is listed first for every value the loop would need.
    const text = base
      .replace('  manager:\n', '  manager:\n    when: [{ if: patience <= 5, to: problem }]\n')
      .replace('      - { if: patience <= 10, to: storms-off }', '      - { if: patience <= 5, to: storms-off }\n      - { if: patience <= 10, to: manager }');
    expect(checkScenarioText(text, 'tiny-counter.yaml').problems.filter((p) => /loop/.test(p.message))).toEqual([]);
  });

  it('reports a real loop at its first node, with meter values at which it happens', () => {
    const text = base.replace('  manager:\n', '  manager:\n    when: [{ if: patience < 30, to: problem }]\n').replace('{ if: patience <= 10, to: storms-off }', '{ if: patience <= 10, to: manager }');
    const loop = checkScenarioText(text, 'tiny-counter.yaml').problems.find((p) => /loop/.test(p.message))!;
    expect(loop.message).toBe('automatic routes form a loop when patience 0: problem → manager → problem');
    expect(loop.line).toBe(lineOf(text, '    when:\n      - { if: patience <= 10'));
  });
});
