import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import cy from './cy.json';
import en from './en-GB.json';

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

const english = leaves(en);
const welsh = leaves(cy);

describe('UI strings', () => {
  it('has every English key in Welsh', () => {
    expect([...english.keys()].filter((k) => !welsh.has(k))).toEqual([]);
  });

  it('has no Welsh key that English lacks', () => {
    expect([...welsh.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    for (const [key, text] of english) expect(placeholders(welsh.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('leaves no Welsh string empty or copied from English by mistake', () => {
    const same = [...english].filter(([k, v]) => welsh.get(k) === v);
    expect(same.map(([k]) => k)).toEqual([]);
    for (const [key, text] of welsh) expect(text.trim(), key).not.toBe('');
  });

  it('defines every key the front end asks for', () => {
    const dir = join(import.meta.dirname, '..');
    const namespaces = [...new Set([...english.keys()].map((k) => k.split('.')[0]))].join('|');
    const pattern = new RegExp(`'((?:${namespaces})\\.[a-zA-Z.]+)'`, 'g');
    const used = new Set(sources(dir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !english.has(k) || !welsh.has(k))).toEqual([]);
  });
});
