import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import committed from './catalogue.json';
import { allCriteria, catalogue, elementOf, findCriterion, findElement, findUnit, unitOf } from './catalogue.ts';
import { inspectSeed, parseSeed } from './parseSeed.ts';

const seedName = '002_a1d7a2342197f4c3.txt';
const seed = readFileSync(resolve(import.meta.dirname, '../../../shared/seeds', seedName), 'utf8');

// Counted by hand from the seed (codes between each "Customer service standards"
// heading and "Knowledge and understanding", then the knowledge codes).
const counts: Record<string, [elements: number, criteria: number, knowledge: number]> = {
  A10: [2, 14, 9],
  A11: [3, 20, 12],
  A12: [3, 15, 9],
  A13: [3, 17, 8],
  A14: [2, 12, 8],
  A15: [3, 12, 5],
  A16: [2, 14, 8],
  A17: [2, 12, 9],
  A18: [2, 13, 9],
  B1: [1, 8, 8],
  B2: [3, 12, 5],
  B3: [2, 20, 5],
  B4: [2, 10, 8],
  B5: [2, 15, 6],
  B6: [2, 13, 8],
  B7: [2, 14, 9],
  B8: [2, 10, 6],
  B9: [2, 12, 6],
  B10: [3, 15, 8],
  B11: [3, 13, 4],
  B12: [2, 13, 9],
  B13: [3, 17, 10],
  B14: [2, 9, 8],
  B15: [2, 9, 9],
  B16: [2, 11, 6],
  C1: [2, 10, 10],
  C2: [3, 13, 8],
  C3: [3, 16, 5],
  C4: [2, 17, 10],
  C5: [3, 14, 4],
  C6: [2, 12, 6],
  C7: [2, 11, 12],
  C8: [3, 14, 11],
};

describe('standards catalogue', () => {
  it('holds units A10..A18, B1..B16, C1..C8 in seed order', () => {
    const expected = [
      ...Array.from({ length: 9 }, (_, i) => `A${i + 10}`),
      ...Array.from({ length: 16 }, (_, i) => `B${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `C${i + 1}`),
    ];
    expect(catalogue.units.map((u) => u.code)).toEqual(expected);
    expect(catalogue.units).toHaveLength(33);
    expect(catalogue.source).toBe(seedName);
  });

  it.each(Object.entries(counts))('%s has the element, criterion and knowledge counts of the seed', (code, [e, c, k]) => {
    const unit = findUnit(code)!;
    expect([unit.elements.length, unit.elements.flatMap((x) => x.criteria).length, unit.knowledge.length]).toEqual([e, c, k]);
  });

  it('totals 77 elements, 437 criteria and 258 knowledge items', () => {
    expect(catalogue.units.flatMap((u) => u.elements)).toHaveLength(77);
    expect(allCriteria()).toHaveLength(437);
    expect(catalogue.units.flatMap((u) => u.knowledge)).toHaveLength(258);
  });

  it('keeps texts exactly as printed, with whitespace normalised', () => {
    expect(findCriterion('a10.1.8')?.text).toBe('calm down situations when one customer is adversely affecting the customer service enjoyed by other customers');
    expect(findCriterion('c4.1.6')?.text).toBe('recognise the limits of difficult customer behaviour that your organisation will tolerate');
    expect(findCriterion('c4.2.10')?.text).toBe('take any necessary action to protect your own safety or that of other customers or colleagues from a difficult customer');
    expect(findCriterion('b5.1.1')?.text).toBe('identify the language or languages other than your own that you are most likely to come across when dealing with customers');
    expect(findCriterion('c8.2.3')?.text).toBe('agree a solution that adapts current policies and procedures within your own authority and furthers your organisation’s aims and objectives');
    expect(findCriterion('b3.2.7')?.text).toBe('inform your customer of timescales if any follow up work is involved');
    expect(findCriterion('c6.1.1')?.text.startsWith('Identify different steps and stages')).toBe(true);
    expect(findUnit('A10')).toMatchObject({ title: 'Deal with customers face to face', theme: 'Impression and Image' });
    expect(findUnit('C8')?.title).toBe('Handle referred customer complaints');
    expect(findUnit('B3')?.title).toBe('Deliver customer service on your customer’s premises');
    expect(findElement('A10.1')?.title).toBe('Communicate effectively with your customer');
  });

  it('reads the misprinted element codes D6.2 and D8.2 as B6.2 and B8.2', () => {
    expect(findElement('B6.2')?.title).toBe('Seek detailed information from customers using questioning techniques');
    expect(findElement('B8.2')?.title).toBe('Check that customer service actions are seen through by working together with colleagues');
    expect(findElement('D6.2')).toBeUndefined();
    expect(findCriterion('b6.2.7')?.element).toBe('B6.2');
  });

  it('keeps knowledge codes as printed where c1f is skipped', () => {
    expect(findUnit('C1')?.knowledge.map((k) => k.code)).toEqual(['c1a', 'c1b', 'c1c', 'c1d', 'c1e', 'c1g', 'c1h', 'c1i', 'c1j', 'c1k']);
    expect(findUnit('C1')?.knowledge.find((k) => k.code === 'c1j')?.text).toBe('the organisational procedures you must follow when you deal with problems or complaints');
  });

  it('links every criterion to an element of its own unit, with no blank or padded text', () => {
    for (const c of allCriteria()) {
      const element = findElement(c.element);
      expect(element?.criteria).toContain(c);
      expect(findUnit(c.unit)?.elements).toContain(element);
      expect(c.code.startsWith(`${c.element.toLowerCase()}.`)).toBe(true);
      expect(c.text).toMatch(/^\S(.*\S)?$/);
      expect(c.text).not.toMatch(/\s{2}/);
    }
  });

  it('looks codes up case-insensitively', () => {
    expect(findCriterion('C4.2.4')).toBe(findCriterion('c4.2.4'));
    expect(findCriterion('C4.2.4')?.code).toBe('c4.2.4');
    expect(findElement('c4.2')?.code).toBe('C4.2');
    expect(findUnit('c4')?.code).toBe('C4');
    expect(findCriterion('c4.2.11')).toBeUndefined();
    expect(findUnit('D1')).toBeUndefined();
  });

  it('derives unit and element codes from code strings', () => {
    expect(unitOf('c4.2.4')).toBe('C4');
    expect(unitOf('B16.2')).toBe('B16');
    expect(unitOf('c1j')).toBe('C1');
    expect(elementOf('a10.1.8')).toBe('A10.1');
    expect(elementOf('C4.2')).toBe('C4.2');
    expect(elementOf('c4d')).toBe('');
    expect(unitOf('nonsense')).toBe('');
  });
});

describe('parseSeed', () => {
  it('reproduces the committed catalogue.json from the seed (no drift)', () => {
    expect(parseSeed(seed, seedName)).toEqual(committed);
  });

  it('reports the quirks documented in README.md at their seed lines', () => {
    const quirks = inspectSeed(seed, seedName).quirks.map((q) => `${q.line} ${q.kind} ${q.code}`);
    expect(quirks).toEqual([
      '1127 same-line A10.1',
      '1153 same-line A10.2',
      '1423 same-line A13.1',
      '1748 same-line a17.1.2',
      '1750 same-line a17.1.3',
      '1752 same-line a17.1.4',
      '1762 same-line a17.2.2',
      '2020 indented-code B3',
      '2096 inner-spacing b3.2.7',
      '2225 indented-code b5.1.6',
      '2306 element-letter B6.2',
      '2470 element-letter B8.2',
      '3170 knowledge-gap c1g',
      '3179 same-line c1j',
      '3586 capitalised-text c6.1.1',
      '3747 inner-spacing C8',
    ]);
  });

  it('joins a wrapped unit title and reads a code sharing its line with text', () => {
    const text = [
      'Unit A10   Deal with customers',
      '      face to face',
      'This unit is part of the Customer Service Theme of Impression and Image.  More.',
      'Customer service standards',
      'When you deal with customers you must consistently:',
      'A10.1   Talk',
      'a10.1.1   plan a',
      '   conversation',
      'Knowledge and understanding',
      'a10a',
      'the importance',
      'Unit C8   Handle complaints',
      'This unit is part of the Customer Service Theme of Handling Problems.',
      'Customer service standard',
      'D8.1',
      'Investigate',
      'c8.1.2',
      'collect',
      'Knowledge and understanding',
      'c8b  why',
    ].join('\n');
    const { catalogue: parsed, quirks } = inspectSeed(text, 'mini.txt');
    expect(parsed.units.map((u) => [u.code, u.title, u.theme])).toEqual([
      ['A10', 'Deal with customers face to face', 'Impression and Image'],
      ['C8', 'Handle complaints', 'Handling Problems'],
    ]);
    expect(parsed.units[0]?.elements[0]).toEqual({ code: 'A10.1', title: 'Talk', criteria: [{ code: 'a10.1.1', text: 'plan a conversation' }] });
    expect(parsed.units[1]?.elements[0]?.code).toBe('C8.1');
    expect(quirks.map((q) => q.kind)).toEqual(
      expect.arrayContaining(['multi-line', 'element-letter', 'criterion-gap', 'knowledge-gap', 'same-line']),
    );
  });

  it('refuses a criterion that does not belong to the element above it', () => {
    const text = 'Unit A10 X\nThis unit is part of the Theme of Y.\nCustomer service standards\nA10.1\nT\na10.2.1\nt\nKnowledge and understanding\na10a\nk\nUnit C8 Z\n';
    expect(() => parseSeed(text, 'bad.txt')).toThrow(/a10\.2\.1 does not follow its element/);
  });
});
