/**
 * Generators for fuzzing the checker: conditions from the language's grammar
 * (deep nesting, long chains, every operator, comparisons of two meters or two
 * numbers, and noise), and scenarios whose structure is stretched (long chains
 * of routes, huge maps, many critical criteria, JavaScript property names as
 * keys). Scenarios are written as YAML text by hand, so a name like
 * "__proto__" reaches the file as written.
 */
import fc from 'fast-check';

/** Names that collide with JavaScript objects' own properties. */
export const PROPERTY_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'prototype', 'length', 'then'];

const OPERATORS = ['<', '<=', '>', '>=', '==', '!='];
const meter = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('mood', 'patience') }, { weight: 1, arbitrary: fc.constantFrom(...PROPERTY_NAMES, 'anger', 'Mood') });
const number = fc.oneof({ weight: 8, arbitrary: fc.integer({ min: -5, max: 105 }) }, { weight: 1, arbitrary: fc.constantFrom(-(2 ** 31), 2 ** 53, 1e20, 0) }).map((n) => (Number.isSafeInteger(n) ? String(n) : BigInt(n).toString()));
const op = fc.constantFrom(...OPERATORS);

/** One comparison: mostly a meter and a number (either way round), sometimes two meters or two numbers. */
export const comparison = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(meter, op, number).map(([m, o, n]) => `${m} ${o} ${n}`) },
  { weight: 3, arbitrary: fc.tuple(number, op, meter).map(([n, o, m]) => `${n} ${o} ${m}`) },
  { weight: 1, arbitrary: fc.tuple(meter, op, meter).map(([a, o, b]) => `${a} ${o} ${b}`) },
  { weight: 1, arbitrary: fc.tuple(number, op, number).map(([a, o, b]) => `${a} ${o} ${b}`) },
);

const tree = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparison,
    fc.tuple(fc.array(tie('e'), { minLength: 2, maxLength: 4 }), fc.constantFrom(' and ', ' or ')).map(([items, j]) => items.join(j)),
    tie('e').map((e) => `not ${e}`),
    tie('e').map((e) => `(${e})`),
  ),
})).e;

/**
 * Nesting built without recursion: brackets or "not"s up to 30,000 deep, and/or alternating inside brackets
 * up to 2,000 deep (each level adds a comparison, so the text grows fastest).
 */
const deep = fc.record({ depth: fc.integer({ min: 100, max: 30_000 }), kind: fc.constantFrom('brackets', 'not', 'alternate', 'unclosed'), inner: comparison }).map(({ depth, kind, inner }) => {
  if (kind === 'brackets') return `${'('.repeat(depth)}${inner}${')'.repeat(depth)}`;
  if (kind === 'unclosed') return `${'('.repeat(depth)}${inner}${')'.repeat(depth - 1)}`;
  if (kind === 'not') return `${'not '.repeat(depth)}${inner}`;
  let text = inner;
  for (let i = 0; i < depth % 2_000; i++) text = `mood == ${i % 100} ${i % 2 ? 'and' : 'or'} (${text})`;
  return text;
});

const chain = fc.tuple(fc.array(comparison, { minLength: 20, maxLength: 600 }), fc.constantFrom(' and ', ' or ')).map(([items, j]) => items.join(j));

/** A condition that may be broken by a few characters of noise anywhere in it. */
const noisy = fc.tuple(tree, fc.nat(), fc.constantFrom('(', ')', '=', '&', '!', '"', ';', 'and', 'not', '-', '99999999999999999999', '\t', 'é', '')).map(([e, at, bit]) => {
  const i = at % (e.length + 1);
  return e.slice(0, i) + bit + e.slice(i);
});

export const condition = fc.oneof({ weight: 12, arbitrary: tree }, { weight: 1, arbitrary: deep }, { weight: 1, arbitrary: chain }, { weight: 4, arbitrary: noisy });

/** YAML text for a string, quoted so any characters stand (JSON strings are YAML double-quoted scalars). */
export const quoted = (s: string) => JSON.stringify(s);

export interface Shape {
  /** Nodes in a chain of automatic routes after the first choice, and how their conditions go. */
  chain: number;
  chainCondition: 'always' | 'low patience' | 'loop' | 'random';
  /** Extra nodes reached from a hub option, each an ending (a huge map of nodes). */
  extra: number;
  /** Meters besides mood and patience, by name. */
  meters: string[];
  /** Keys of the first option's effects. */
  effects: string[];
  /** Critical criteria of the pass rule. */
  critical: string[];
  /** Ids of people, and who is present at the start. */
  people: string[];
  present: string[];
  /** Id used for the ending node (a property name sometimes). */
  endId: string;
  /** A condition from the grammar on the hub option. */
  condition: string;
}

const CRITERIA = ['a10.1.1', 'a10.1.2', 'a10.1.3', 'a10.1.4', 'a10.1.5', 'a10.1.6', 'a10.1.7', 'a10.1.8', 'a10.2.1', 'a10.2.2', 'a10.2.3', 'a10.2.4', 'a10.2.5', 'a10.2.6', 'c4.1.1', 'c4.1.2', 'c4.1.3', 'c4.1.4', 'c4.1.5', 'c4.1.6', 'c4.1.7', 'c4.2.1', 'c4.2.2', 'c4.2.3', 'c4.2.4', 'c4.2.5', 'c4.2.6', 'c4.2.7', 'c4.2.8', 'c4.2.9', 'c4.2.10'];
const name = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('trust', 'calm', 'anger', 'queue') }, { weight: 2, arbitrary: fc.constantFrom(...PROPERTY_NAMES) });

export const shape: fc.Arbitrary<Shape> = fc.record({
  // Long chains and huge maps are few: each costs what hundreds of small cases do.
  chain: fc.oneof({ weight: 12, arbitrary: fc.constant(0) }, { weight: 12, arbitrary: fc.integer({ min: 1, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: 60, max: 300 }) }),
  chainCondition: fc.constantFrom('always', 'low patience', 'loop', 'random'),
  extra: fc.oneof({ weight: 32, arbitrary: fc.constant(0) }, { weight: 16, arbitrary: fc.integer({ min: 1, max: 20 }) }, { weight: 1, arbitrary: fc.integer({ min: 200, max: 1_000 }) }),
  meters: fc.uniqueArray(name, { maxLength: 4 }),
  effects: fc.uniqueArray(fc.oneof(name, fc.constantFrom('mood', 'patience')), { maxLength: 4 }),
  critical: fc.oneof(fc.constant([] as string[]), fc.uniqueArray(fc.constantFrom(...CRITERIA), { maxLength: 31 }), fc.array(fc.constantFrom(...CRITERIA, 'a10.9.9', 'C4.1.1', 'constructor'), { maxLength: 40 })),
  people: fc.uniqueArray(fc.oneof(fc.constantFrom('dev', 'priya'), name), { maxLength: 3 }),
  present: fc.uniqueArray(fc.oneof(fc.constantFrom('dev', 'priya'), name), { maxLength: 2 }),
  endId: fc.oneof({ weight: 4, arbitrary: fc.constant('fixed') }, { weight: 1, arbitrary: name }),
  condition: fc.oneof({ weight: 3, arbitrary: fc.constant('mood >= 0') }, { weight: 1, arbitrary: condition }),
});

const look = '{ presentation: feminine, age: adult, skin: brown, hair: medium, hairColour: black }';

/** A scenario stretched as `s` says, as YAML. */
export function shapedScenario(s: Shape): string {
  const units = 'units: [A10, C4]';
  const meters = ['  mood: { start: 50 }', '  patience: { start: 40 }', ...s.meters.map((m) => `  ${m}: { start: 10 }`)].join('\n');
  const people = s.people.length > 0 ? `people:\n${s.people.map((p) => `  ${p}: { name: Dev Patel, role: colleague, look: ${look} }`).join('\n')}\n` : '';
  const pass = s.critical.length > 0 ? `pass: { critical: [${s.critical.join(', ')}] }\n` : '';
  const effects = ['mood: 5', ...s.effects.filter((e) => e !== 'mood').map((e) => `${e}: 1`)].join(', ');
  const evidence = (s.critical.length > 0 ? s.critical.filter((c) => /^[ac]\d+\.\d\.\d+$/.test(c)) : ['a10.1.2']).map((c) => `          - { criterion: ${c}, met: true, why: Shows it. }`).join('\n');
  const end = s.endId;
  const first = s.chain > 0 ? 'hop-0' : end;
  const lines: string[] = [
    'id: fuzzed',
    'title: A stretched scenario',
    'organisation: Test Stores',
    'setting: A counter',
    'summary: Generated for the fuzz test.',
    'channel: face-to-face',
    'place: shop-counter',
    'kinds: [difficult]',
    units,
    'difficulty: 1',
    'role: You are Sam',
    `customer: { name: Ms Test, persona: Impatient, language: en-GB, look: ${look} }`,
    `${people}meters:`,
    meters,
    `${pass}start: greet`,
    'nodes:',
    '  greet:',
    '    say: "Excuse me."',
    ...(s.present.length > 0 ? [`    present: [${s.present.join(', ')}]`] : []),
    '    choices:',
    '      - text: "How can I help?"',
    `        to: ${first}`,
    `        effects: { ${effects} }`,
    '        evidence:',
    evidence || '          - { criterion: a10.1.2, met: true, why: Offers help. }',
    '      - text: "Let me show you around."',
    `        if: ${quoted(s.condition)}`,
    `        to: ${s.extra > 0 ? 'hub' : end}`,
  ];
  for (let i = 0; i < s.chain; i++) {
    const to = i === s.chain - 1 ? (s.chainCondition === 'loop' ? 'hop-0' : end) : `hop-${i + 1}`;
    const cond = s.chainCondition === 'always' || s.chainCondition === 'loop' ? 'patience >= 0' : s.chainCondition === 'low patience' ? 'patience <= 10' : `mood ${OPERATORS[i % 6]} ${(i * 37) % 101}`;
    lines.push(`  hop-${i}:`, `    say: "Hop ${i}."`, `    when: [{ if: ${cond}, to: ${to} }]`, `    choices: [{ text: "On.", to: ${end} }]`);
  }
  if (s.extra > 0) {
    lines.push('  hub:', '    say: "Which one?"', '    choices:');
    for (let i = 0; i < s.extra; i++) lines.push(`      - { text: "Room ${i}.", to: room-${i} }`);
    for (let i = 0; i < s.extra; i++) lines.push(`  room-${i}: { say: "Room ${i}.", end: resolved }`);
  }
  lines.push(`  ${end}:`, '    say: "Thanks."', '    end: resolved', '');
  return lines.join('\n');
}
