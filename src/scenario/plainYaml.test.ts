import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectSameAsLibrary } from '../../test/support/sameYaml.ts';
import { readPlainYaml } from './plainYaml.ts';

describe('plain YAML read straight to data', () => {
  it('reads every bundled scenario and fixture as the library does', () => {
    const files = [
      ...readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => join('scenarios', f)),
      ...readdirSync('test/fixtures').filter((f) => f.endsWith('.yaml')).map((f) => join('test/fixtures', f)),
    ];
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expectSameAsLibrary(text);
      if (readPlainYaml(text) !== undefined) read++;
    }
    // Written plainly, nearly all of them are read here.
    expect(read).toBeGreaterThanOrEqual(files.length - 2);
  });

  it.each([
    ['mappings, sequences and compact mappings', 'a: 1\nb:\n  c: x\n  d: [1, two, "three"]\ne:\n- f: 1\n  g: 2\n- h\n-\n  i: j\n'],
    ['scalars of the core schema', 'a: ~\nb: null\nc: true\nd: False\ne: 0o17\nf: 0x1F\ng: -12\nh: +3\ni: 1.5\nj: .5\nk: 1e3\nl: .inf\nm: -.Inf\nn: .nan\no: 012\np: 1_000\nq: yes\nr:\n'],
    ['keys that are numbers, booleans and null', '1: a\ntrue: b\n~: c\n"2": d\n'],
    ['quotes and comments', "# heading\na: 'it''s' # said\nb: \"say: hi\"\nc: a#b\nd: x # y\n\n  # indented comment\ne: [a, 'b, c', \"d\"] # flow\n"],
    ['text with brackets and colons inside', 'a: value with [brackets], {braces} and a:colon\nb: "-"\nc: -5\n'],
    ['a sequence at the key\'s column', 'kinds:\n- difficult\n- complaint\nunits: [A10]\n'],
    ['property names as keys', 'constructor: 1\ntoString: { valueOf: 2 }\n'],
    ['empty collections and values', 'a: []\nb: {}\nc:\nd: [[], {}]\n'],
    ['block scalars, folded and literal, kept and stripped', 'a: >-\n  one\n  two\n\n  three\nb: |\n  x\n    y\nc: |+\n  z\n\nd:\n- >\n  in a list\ne: >- # note\n  last'],
    ['escapes in double quotes', 'a: "say \\"hi\\"\\n\\u00e9\\\\"\nb: ["\\t", x]\n'],
  ])('reads %s as the library does', (_name, text) => {
    expect(readPlainYaml(text)).toBeDefined();
    expectSameAsLibrary(text);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['text over two lines', 'a: one\n  two\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a key written twice', 'a: 1\na: 2\n'],
    ['keys that clash once read ("1" and 1)', '1: a\n"1": b\n'],
    ['a "__proto__" key', '__proto__: 1\n'],
    ['a tab', 'a:\t1\n'],
    ['carriage returns', 'a: 1\r\nb: 2\r\n'],
    ['a document marker', '---\na: 1\n'],
    ['a nested mapping on one line', 'a: b: c\n'],
    ['a misaligned key', 'a:\n    b: 1\n  c: 2\n'],
    ['a sequence after a value', 'a: 1\n- b\n'],
    ['a root that is not a mapping', '- a\n- b\n'],
    ['an empty file', ''],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['text after a quoted value', 'a: "b" c\n'],
  ])('leaves %s to the library', (_name, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });
});
