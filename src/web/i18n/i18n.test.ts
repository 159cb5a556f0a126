import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, uiLanguages, type UiLanguage } from './languages.ts';
import { classViewStrings } from './pageStrings.ts';

function leaves(table: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(table as Record<string, unknown>)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const LOCALES = join(import.meta.dirname, 'locales');
const areaFiles = (code: string) => readdirSync(join(LOCALES, code)).filter((f) => f.endsWith('.json')).sort();
const namespacesIn = (code: string, file: string) => Object.keys(JSON.parse(readFileSync(join(LOCALES, code, file), 'utf8')) as object);

/** A language's whole table: the simulator's strings and those a page adds when it starts. */
const whole = (code: UiLanguage) => ({ ...languages[code].strings, ...classViewStrings[code] });
const english = leaves(whole('en-GB'));
const others = uiLanguages.filter((code) => code !== 'en-GB');

describe('UI strings', () => {
  it('has a language besides English to check', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  describe.each(others)('%s', (code) => {
    const table = leaves(whole(code));

    it('has every English key', () => {
      expect([...english.keys()].filter((k) => !table.has(k))).toEqual([]);
    });

    it('has no key that English lacks', () => {
      expect([...table.keys()].filter((k) => !english.has(k))).toEqual([]);
    });

    it('keeps the same placeholders as English', () => {
      for (const [key, text] of english) expect(placeholders(table.get(key) ?? ''), key).toEqual(placeholders(text));
    });

    it('leaves no string empty or copied from English by mistake', () => {
      const same = [...english].filter(([k, v]) => table.get(k) === v);
      expect(same.map(([k]) => k)).toEqual([]);
      for (const [key, text] of table) expect(text.trim(), key).not.toBe('');
    });

    it('is split into the same area files as English, each holding the same parts', () => {
      expect(areaFiles(code)).toEqual(areaFiles('en-GB'));
      for (const file of areaFiles('en-GB')) expect(namespacesIn(code, file), file).toEqual(namespacesIn('en-GB', file));
    });
  });

  it('merges area files without one part hiding another', () => {
    const parts = areaFiles('en-GB').flatMap((file) => namespacesIn('en-GB', file));
    expect(new Set(parts).size).toBe(parts.length);
    expect(Object.keys(whole('en-GB')).sort()).toEqual([...parts].sort());
  });

  it('defines every key the pages ask for', () => {
    const dir = join(import.meta.dirname, '../..');
    const namespaces = [...new Set([...english.keys()].map((k) => k.split('.')[0]))].join('|');
    const pattern = new RegExp(`'((?:${namespaces})\\.[a-zA-Z.]+)'`, 'g');
    const used = new Set(sources(dir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => uiLanguages.some((code) => !leaves(whole(code)).has(k)))).toEqual([]);
  });
});
