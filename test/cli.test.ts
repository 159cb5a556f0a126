import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureText } from './support/scenarios.ts';

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scenariosCli.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('npm run scenarios', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  const good = join(dir, 'tiny-counter.yaml');
  writeFileSync(good, fixtureText('tiny-counter.yaml'));
  const bad = join(dir, 'broken.yaml');
  writeFileSync(bad, fixtureText('tiny-counter.yaml').replace('id: tiny-counter', 'id: broken').replace('to: fixed\n        evidence', 'to: nowhere\n        evidence'));

  const wellBuilt = join(dir, 'well-built.yaml');
  writeFileSync(wellBuilt, fixtureText('validity/well-built.yaml'));
  const gameable = join(dir, 'gameable.yaml');
  writeFileSync(gameable, fixtureText('validity/gameable.yaml'));

  it('check exits 0 on sound files', () => {
    const r = cli('check', wellBuilt);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
  });

  it('check exits 1, prints path:line:col and keeps checking the other files', () => {
    const r = cli('check', bad, join(dir, 'missing.yaml'), wellBuilt);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(`${bad}:40:13: error: target "nowhere" does not exist`);
    expect(lines.some((l) => /missing\.yaml:1:1: error: cannot read file: no such file/.test(l))).toBe(true);
    expect(r.err).toMatch(/3 scenario file\(s\) checked, 2 problem\(s\)/);
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
  });

  it('check reports a scenario a blind learner can pass, each finding placed in the file', () => {
    const r = cli('check', gameable);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(
      `${gameable}:27:7: error: a learner who always picks the longest option passes 100% of attempts (mean score 100%) without reading the customer; the best option gives itself away at "arrives", "details", "found", "price"`,
    );
    expect(lines.some((l) => l.startsWith(`${gameable}:20:7: error: random guessing passes`))).toBe(true);
    expect(lines.some((l) => /error: the best option is the longest in 8 of 8 option sets/.test(l))).toBe(true);
  });

  it('validity --json reports each strategy and each option set, and exits 1 on a gameable scenario', () => {
    const r = cli('validity', '--json', gameable, wellBuilt);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    const [bad, sound] = report.scenarios;
    const longest = (v: { strategies: { id: string; passShare: number; mean: number }[] }) => v.strategies.find((s) => s.id === 'longest')!;
    expect(longest(bad)).toMatchObject({ mean: 100, passShare: 1 });
    expect(longest(sound).passShare).toBe(0);
    expect(bad.optionSets).toHaveLength(8);
    expect(bad.optionSets.every((s: { bestIsTwiceAsLong: boolean }) => s.bestIsTwiceAsLong)).toBe(true);
    expect(sound.findings).toEqual([]);
  });

  it('exits 2 on a usage error', () => {
    expect(cli().code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('check', '--fast').code).toBe(2);
  });

  it('coverage --json lists every criterion of A10 to C8 with the scenarios that assess it', () => {
    const r = cli('coverage', '--json', good);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.units[0].code).toBe('A10');
    expect(report.units.at(-1).code).toBe('C8');
    const a10 = report.units[0].elements.flatMap((e: { criteria: unknown[] }) => e.criteria);
    expect(a10.find((c: { code: string }) => c.code === 'a10.1.2').scenarios).toEqual(['tiny-counter']);
    expect(a10.find((c: { code: string }) => c.code === 'a10.1.1').scenarios).toEqual([]);
  });

  it('simulate reports best, worst and every ending', () => {
    const r = cli('simulate', good);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/best: {3}100% in 2 turns → fixed/);
    expect(r.out).toMatch(/ending storms-off \(customer-left\): 2 turns/);
  });
});
