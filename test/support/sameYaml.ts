/** Holds the plain YAML reader (src/scenario/plainYaml.ts) to the YAML library it stands in for. */
import { parseDocument } from 'yaml';
import { expect } from 'vitest';
import { duplicateKeys } from '../../src/scenario/duplicateKeys.ts';
import { readPlainYaml } from '../../src/scenario/plainYaml.ts';

/** What the YAML library makes of a text: its data, or undefined when it reports an error or a key written twice. */
function library(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0 || duplicateKeys(doc).length > 0) return undefined;
  return doc.toJS();
}

/**
 * Where two values first differ, or undefined when they are the same data: same prototypes, keys in the same
 * order, numbers equal by Object.is (so -0 is not 0). Written here because toStrictEqual reads `constructor`,
 * which a scenario may use as a key.
 */
function difference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Object.is(a, b) ? undefined : `${at}: ${String(a)} ≠ ${String(b)}`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: different kinds`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${at}: keys ${JSON.stringify(ka)} ≠ ${JSON.stringify(kb)}`;
  for (const k of ka) {
    const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return undefined;
}

/** Read by the plain reader, the same data as the library's, to the order of keys; or left to the library. */
export function expectSameAsLibrary(text: string): void {
  const plain = readPlainYaml(text);
  if (plain === undefined) return;
  const full = library(text);
  expect(full, `read plainly but the library refuses:\n${text}`).toBeDefined();
  expect(difference(plain, full), text).toBeUndefined();
}
