/**
 * Messages a tutor can act on (issue 14, item 3): where marks are lost, which
 * key is written twice and where first, and what value a field got, in the
 * scenario's own terms.
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, formatProblem } from '../src/scenario/check.ts';
import { fixtureText } from './support/scenarios.ts';

const base = fixtureText('tiny-counter.yaml');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const problems = (text: string) => checkScenarioText(text, 'tiny-counter.yaml').problems;

/** tiny-counter's heading with other nodes, starting at the first. */
const withNodes = (nodes: string) => `${base.slice(0, base.indexOf('start: greet'))}start: ${/^ {2}([a-z-]+):/m.exec(nodes)![1]}\nnodes:\n${nodes}`;

describe('no path reaching full marks', () => {
  // Taking ownership at "problem" now fails c4.1.1, and handing over to the manager or leaving her waiting fail too.
  const lost = base
    .replace('{ criterion: c4.1.1, met: true, why: Takes ownership calmly. }', '{ criterion: c4.1.1, met: false, why: Takes ownership but blames the warehouse. }')
    .replace('      - text: "Thank you for waiting; my manager is here now."\n        to: fixed', '      - text: "Thank you for waiting; my manager is here now."\n        to: fixed\n        evidence:\n          - { criterion: c4.1.2, met: false, weight: 3, why: Hands her over without a word. }')
    .replace('effects: { patience: -50 } }', 'effects: { patience: -50 }, evidence: [{ criterion: c4.1.2, met: false, why: Leaves her waiting. }] }');

  it('points at the node where marks are first lost, naming the option and the criterion, not at the start', () => {
    const [p, ...rest] = problems(lost);
    expect(rest).toEqual([]);
    expect(p!.line).toBe(lineOf(lost, '  problem:'));
    expect(p!.message).toBe(
      'no path reaches full marks: the best path to an ending loses marks first at "problem", by option 1 ("Let me put that right for you now."), which fails c4.1.1; what meets all its evidence there (option 3 ("I\'ll fetch my manager.")) leads only to more lost marks',
    );
  });

  it('says so when no option open there meets its evidence, with the weight of what is failed', () => {
    const text = withNodes(
      [
        '  ask:',
        '    say: "Can you help?"',
        '    choices:',
        '      - { text: "Yes.", to: detail, evidence: [{ criterion: a10.1.2, met: true, why: Offers help. }] }',
        '  detail:',
        '    say: "It broke."',
        '    choices:',
        '      - { text: "Not my problem.", to: done, evidence: [{ criterion: c4.1.1, met: false, weight: 2, why: Deflects. }] }',
        '      - { text: "Send it back.", to: done, evidence: [{ criterion: c4.1.1, met: false, why: Brushes her off. }, { criterion: a10.1.3, met: true, why: Clear. }] }',
        '  done:',
        '    say: "Fine."',
        '    end: resolved',
        '',
      ].join('\n'),
    );
    const [p] = problems(text);
    expect(p!.line).toBe(lineOf(text, '  detail:'));
    expect(p!.message).toBe('no path reaches full marks: the best path to an ending loses marks first at "detail", by option 1 ("Not my problem."), which fails c4.1.1 (weight 2); no option open there meets all its evidence');
  });

  it('names the timer when letting it run out loses the fewest marks', () => {
    const text = withNodes(
      [
        '  hold:',
        '    say: "Hello? Anyone there?"',
        '    after: { seconds: 10, to: gone, evidence: [{ criterion: a10.1.2, met: false, why: Says nothing. }] }',
        '    choices:',
        '      - { text: "One moment.", to: again, evidence: [{ criterion: a10.1.2, met: false, why: Curt. }] }',
        '  again:',
        '    say: "Still waiting."',
        '    choices:',
        '      - { text: "Bear with me.", to: gone, evidence: [{ criterion: c4.1.1, met: false, why: Stalls. }] }',
        '  gone:',
        '    say: "Forget it."',
        '    end: customer-left',
        '',
      ].join('\n'),
    );
    const [p] = problems(text);
    expect(p!.line).toBe(lineOf(text, '  hold:'));
    expect(p!.message).toBe('no path reaches full marks: the best path to an ending loses marks first at "hold", by letting the timer run out, which fails a10.1.2; no option open there meets all its evidence');
  });
});

describe('a key written twice', () => {
  it('names the key and the line where it first appears, at the second', () => {
    const text = base.replace('  fixed:\n', '  greet:\n    say: "Hello again."\n    end: resolved\n  fixed:\n');
    const [p] = problems(text);
    expect(p!.message).toBe(`YAML: duplicate key "greet": it is first written at line ${lineOf(text, '  greet:')}, column 3; a mapping takes each key once`);
    expect(p!.line).toBe(lineOf(text, '  greet:\n    say: "Hello again."'));
  });

  it('finds it inside a choice and inside a flow mapping too', () => {
    const inChoice = base.replace('        to: manager\n', '        to: manager\n        to: fixed\n');
    expect(problems(inChoice)[0]!.message).toBe(`YAML: duplicate key "to": it is first written at line ${lineOf(inChoice, 'to: manager')}, column 9; a mapping takes each key once`);
    const inFlow = base.replace('effects: { mood: +20, patience: +10 }', 'effects: { mood: +20, mood: +10 }');
    const line = lineOf(inFlow, 'effects: { mood: +20, mood');
    const col = inFlow.split('\n')[line - 1]!.indexOf('mood') + 1;
    expect(problems(inFlow)).toEqual([expect.objectContaining({ line, message: `YAML: duplicate key "mood": it is first written at line ${line}, column ${col}; a mapping takes each key once` })]);
  });

  it('reads a mapping of 20,000 keys with one written twice in linear time', { timeout: 120_000 }, () => {
    // The YAML parser's own check compared each key with all before it: 200 million comparisons here.
    const nodes = Array.from({ length: 20_000 }, (_, i) => `  n-${i}: { say: "Hi.", end: resolved }`);
    nodes.push('  n-17: { say: "Again.", end: resolved }');
    const text = `${base}${nodes.join('\n')}\n`;
    const started = performance.now();
    const [p] = problems(text);
    expect(p!.message).toMatch(/^YAML: duplicate key "n-17": it is first written at line \d+, column 3/);
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});

describe('schema problems in the scenario\'s own terms', () => {
  it.each([
    ['difficulty: 1', 'difficulty: easy', 'difficulty: "easy" is not one of 1, 2, 3'],
    ['difficulty: 1', 'difficulty: 4', 'difficulty: 4 is not one of 1, 2, 3'],
    ['place: shop-counter', 'place: moon-base', 'place: "moon-base" is not one of bank-branch, building-society, council-desk, gp-reception, hotel-desk, shop-counter, contact-centre, back-office, customer-home, doorstep, inbox'],
    ['channel: face-to-face', 'channel: phone', 'channel: "phone" is not one of face-to-face, telephone, written'],
    ['title: A short counter conversation', 'title: 42', 'title: 42 is not text; put it in quotes to keep it as text'],
    ['kinds: [difficult]', 'kinds: difficult', 'kinds: "difficult" is not a list; write it as [difficult] or one "- " line per item'],
    ['kinds: [difficult]', 'kinds: []', 'kinds: an empty list has too few items: give at least 1'],
    ['id: tiny-counter', 'id: Tiny_Counter', 'id: "Tiny_Counter" is not a valid id: use lower-case letters, digits and hyphens (e.g. "take-details")'],
    ['units: [A10, C4]', 'units: [A10, c4]', 'units[1]: "c4" is not a unit code such as "C4"'],
    ['  mood: { start: 50 }', '  Mood: { start: 50 }', 'meters: "Mood" is not a valid meter name: use lower-case letters and underscores (e.g. "patience")'],
    ['  mood: { start: 50 }', '  mood: { start: high }', 'meters.mood.start: "high" is not a whole number'],
    ['weight: 2', 'weight: 9', 'nodes.greet.choices[1].evidence[0].weight: 9 is not one of 1, 2, 3, 4, 5'],
    ['criterion: a10.1.2, met: true', 'criterion: a10.1.2, met: yes', 'nodes.greet.choices[0].evidence[0].met: "yes" is not true or false'],
    ['effects: { mood: +20, patience: +10 }', 'effects: { mood: 2.5 }', 'nodes.greet.choices[0].effects.mood: 2.5 is not a whole number'],
    ['seconds: 30', 'seconds: "30"', 'nodes.manager.after.seconds: "30" is not a number from 0 to 600; write the number without quotes'],
    ['seconds: 30', 'seconds: 900', 'nodes.manager.after.seconds: 900 is more than 600, the most allowed'],
    ['end: customer-left', 'end: left', 'nodes.storms-off.end: "left" is not one of resolved, escalated, follow-up, customer-left, hung-up, service-refused'],
    ['presentation: feminine', 'presentation: female', 'customer.look.presentation: "female" is not one of feminine, masculine, androgynous'],
  ])('%s → %s', (from, to, message) => {
    const text = base.replace(from, to);
    expect(text).not.toBe(base);
    const hit = problems(text).find((p) => p.message === message);
    expect(hit, problems(text).map(formatProblem).join('\n')).toBeDefined();
    expect(hit!.line).toBe(lineOf(text, to));
  });
});
