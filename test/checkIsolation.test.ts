/**
 * The checker never stops early: a failure of its own on one file becomes that
 * file's problem at its first line, and `check` over many files reports
 * exactly what checking each alone reports (issue 14, item 1). Two failures are
 * planted, one inside the checker's searches and one in the validity check
 * that `check` runs after it, each for one scenario id only.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runScenariosCli } from '../src/cli/commands.ts';
import { checkScenarioText } from '../src/scenario/check.ts';
import { fixtureText } from './support/scenarios.ts';

vi.mock('../src/scenario/reachChecks.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/scenario/reachChecks.ts')>();
  return {
    ...real,
    reachFindings: (...args: Parameters<typeof real.reachFindings>) => {
      if (args[0].id === 'explodes') throw new RangeError('Maximum call stack size exceeded');
      return real.reachFindings(...args);
    },
  };
});

vi.mock('../src/validity/problems.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/validity/problems.ts')>();
  return {
    ...real,
    validityProblems: (...args: Parameters<typeof real.validityProblems>) => {
      if (args[0].id === 'explodes-later') throw new TypeError("Cannot read properties of undefined (reading 'text')");
      return real.validityProblems(...args);
    },
  };
});

const tiny = fixtureText('tiny-counter.yaml');
const named = (id: string, text = tiny) => text.replace('id: tiny-counter', `id: ${id}`);

/** A corpus of good, bad and troublesome files, as a tutor's folder might hold. */
function corpus(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-isolation-'));
  const files: [string, string][] = [
    ['explodes.yaml', named('explodes')],
    ['well-built.yaml', fixtureText('validity/well-built.yaml')],
    ['broken.yaml', named('broken').replace('to: fixed\n        evidence', 'to: nowhere\n        evidence')],
    ['explodes-later.yaml', named('explodes-later')],
    ['deep.yaml', named('deep').replace('if: patience <= 10', `if: "${'('.repeat(30_000)}patience <= 10${')'.repeat(30_000)}"`)],
    ['names.yaml', named('names').replace('effects: { mood: +20, patience: +10 }', 'effects: { mood: +20, constructor: 5, toString: 1 }')],
    ['duplicate.yaml', named('duplicate').replace('  fixed:\n', '  greet:\n    say: "Again?"\n    end: resolved\n  fixed:\n')],
    ['meters.yaml', named('meters').replace('if: mood >= 60', 'if: mood >= patience')],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return [...files.map(([name]) => join(dir, name)), join(dir, 'missing.yaml')];
}

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runScenariosCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('checking many files', () => {
  it('reports a failure of the checker as that file\'s problem at its first line', () => {
    const r = checkScenarioText(named('explodes'), 'explodes.yaml');
    expect(r.scenario).toBeUndefined();
    expect(r.problems).toEqual([{ path: 'explodes.yaml', line: 1, col: 1, message: 'internal error while checking this file: Maximum call stack size exceeded' }]);
  });

  it('reports exactly what checking each file alone reports, and checks every file', { timeout: 180_000 }, () => {
    const files = corpus();
    const together = run(['check', ...files]);
    const alone = files.map((f) => run(['check', f]));
    expect(together.out).toEqual(alone.flatMap((r) => r.out));
    expect(together.code).toBe(1);
    expect(together.err).toEqual([`${files.length} scenario file(s) checked, ${together.out.length} problem(s)`]);

    const [explodes, , broken, later, deep, names, duplicate, meters, missing] = alone.map((r) => r.out);
    expect(explodes).toEqual([`${files[0]}:1:1: error: internal error while checking this file: Maximum call stack size exceeded`]);
    expect(broken).toContain(`${files[2]}:40:13: error: target "nowhere" does not exist`);
    expect(later).toEqual([`${files[3]}:1:1: error: internal error while checking this file: Cannot read properties of undefined (reading 'text')`]);
    expect(deep!.some((l) => /internal error/.test(l))).toBe(false);
    expect(names).toEqual([expect.stringMatching(/unknown meter "constructor" in effects$/), expect.stringMatching(/unknown meter "toString" in effects$/)]);
    expect(duplicate).toEqual([expect.stringMatching(/:57:3: error: YAML: duplicate key "greet": it is first written at line 18, column 3/)]);
    expect(meters).toEqual([expect.stringMatching(/compares two meters/)]);
    expect(missing).toEqual([`${files[8]}:1:1: error: cannot read file: no such file`]);
  });

  it('simulates the other files when one of them fails', () => {
    const files = corpus();
    const r = run(['simulate', files[1]!, files[0]!, files[4]!]);
    expect(r.code).toBe(1);
    expect(r.out.map((l) => l.split('\n')[0]!).filter((l) => /^\S+ \(\d+ nodes\)$/.test(l))).toEqual(['well-built (11 nodes)', 'deep (5 nodes)']);
    expect(r.err).toEqual([`${files[0]}:1:1: error: internal error while checking this file: Maximum call stack size exceeded`]);
  });
});
