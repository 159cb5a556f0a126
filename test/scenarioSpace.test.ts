/**
 * The checker's search (src/scenario/paths.ts) steps a compiled form of the
 * scenario; these tests hold it to the engine's own rules (dialogue.ts,
 * meters.ts) and to a plain breadth-first search written the obvious way, and
 * check the problems only the search can find, each at its line.
 */
import { describe, expect, it } from 'vitest';
import { Conditions } from '../src/scenario/conditionCache.ts';
import { nodeOf, openChoices, settle } from '../src/scenario/dialogue.ts';
import { applyEffects, initialMeters, type Meters } from '../src/scenario/meters.ts';
import { checkScenarioText, formatProblem } from '../src/scenario/check.ts';
import { loadScenarioText } from '../src/scenario/load.ts';
import { ScenarioSpace, STATE_LIMIT, type Move } from '../src/scenario/paths.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import { dialogueYaml, generateDialogue } from '../bench/generateDialogue.ts';
import { bundled, fixture, fixtureText, loadChecked } from './support/scenarios.ts';

interface RefState {
  node: string;
  meters: Meters;
}

/** The engine's meaning of one state: the options open there and the timer, each with where it leads. */
function referenceEdges(scenario: Scenario, conds: Conditions, s: RefState) {
  const node = nodeOf(scenario, s.node);
  if (node.end) return [];
  const out = openChoices(node, s.meters, conds).map((i) => {
    const c = node.choices[i]!;
    const meters = applyEffects(scenario, s.meters, c.effects);
    return { move: { kind: 'choice', choice: i } as Move, to: { node: settle(scenario, c.to, meters, conds), meters }, evidence: c.evidence };
  });
  if (node.after) {
    const meters = applyEffects(scenario, s.meters, node.after.effects);
    out.push({ move: { kind: 'timeout' }, to: { node: settle(scenario, node.after.to, meters, conds), meters }, evidence: node.after.evidence });
  }
  return out;
}

const refKey = (s: RefState) => `${s.node}|${Object.values(s.meters).join(',')}`;

/**
 * Breadth-first search written the obvious way, over the engine's rules: what the compiled search must agree
 * with. With `track`, states also carry what a full-marks search remembers: whether any evidence was seen and
 * which of the tracked criteria were shown (as a sorted list, so any number of them).
 */
function referenceSearch(scenario: Scenario, goal: (s: RefState, seen: string) => boolean, onlyMet: boolean, track?: readonly string[]) {
  const conds = new Conditions();
  const meters = initialMeters(scenario);
  const start = { node: settle(scenario, scenario.start, meters, conds), meters };
  const queue = [{ state: start, moves: [] as Move[], seen: '0:' }];
  const visited = new Set([`${refKey(start)}|0:`]);
  for (let head = 0; head < queue.length; head++) {
    const { state, moves, seen } = queue[head]!;
    if (goal(state, seen)) return { moves, end: state };
    for (const e of referenceEdges(scenario, conds, state)) {
      if (onlyMet && !e.evidence.every((x) => x.met)) continue;
      let nowSeen = '0:';
      if (track) {
        const [any, shown] = seen.split(':');
        const all = new Set(shown ? shown.split(',') : []);
        for (const x of e.evidence) if (x.met && track.includes(x.criterion)) all.add(x.criterion);
        nowSeen = `${any === '1' || e.evidence.length > 0 ? 1 : 0}:${[...all].sort().join(',')}`;
      }
      const k = `${refKey(e.to)}|${nowSeen}`;
      if (visited.has(k)) continue;
      visited.add(k);
      if (visited.size > STATE_LIMIT) return 'limit';
      queue.push({ state: e.to, moves: [...moves, e.move], seen: nowSeen });
    }
  }
  return 'none';
}

function referenceBest(scenario: Scenario) {
  const critical = [...new Set(scenario.pass.critical)].sort();
  const all = `1:${critical.join(',')}`;
  return referenceSearch(scenario, (s, seen) => seen === all && Boolean(scenario.nodes[s.node]!.end), true, critical);
}

const generated = (nodes: number, seed: number) => loadChecked(dialogueYaml(generateDialogue(nodes, seed)), `generated-${nodes}.yaml`);

const subjects: { name: string; scenario: Scenario }[] = [
  ...bundled().map(({ file, scenario }) => ({ name: file, scenario })),
  { name: 'tiny-counter fixture', scenario: fixture('tiny-counter.yaml') },
  { name: 'critical-counter fixture', scenario: fixture('critical-counter.yaml') },
  { name: 'generated 40 nodes', scenario: generated(40, 3) },
];

describe.each(subjects)('search over $name', ({ scenario }) => {
  it('steps every state as the engine does (first 3,000 states breadth first)', () => {
    const space = new ScenarioSpace(scenario);
    const conds = new Conditions();
    const meters = initialMeters(scenario);
    const start = { node: settle(scenario, scenario.start, meters, conds), meters };
    expect(space.start()).toEqual(start);
    const queue = [start];
    const seen = new Set([refKey(start)]);
    for (let head = 0; head < queue.length && head < 3000; head++) {
      const s = queue[head]!;
      const expected = referenceEdges(scenario, conds, s);
      expect(space.edges(s)).toEqual(expected);
      expect(space.isEnd(s)).toBe(Boolean(scenario.nodes[s.node]!.end));
      for (const e of expected) {
        if (!seen.has(refKey(e.to))) (seen.add(refKey(e.to)), queue.push(e.to));
      }
    }
  });

  it('finds the same best path and the same path to every ending as a plain search', () => {
    const space = new ScenarioSpace(scenario);
    expect(space.bestPath()).toEqual(referenceBest(scenario));
    const endings = space.pathsToEndings();
    expect([...endings.keys()]).toEqual(Object.keys(scenario.nodes).filter((id) => scenario.nodes[id]!.end));
    for (const [id, path] of endings) {
      expect(path).toEqual(referenceSearch(scenario, (s) => s.node === id, false));
      expect(space.pathTo(id)).toEqual(path);
    }
  });
});

/** Problems only the search over (node, meters) can find, each at its line (as test/checker.test.ts does for the rest). */
const base = fixtureText('tiny-counter.yaml');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const cases: { kind: string; edit: (t: string) => string; message: RegExp; at: string }[] = [
  {
    kind: 'ending no meter values reach',
    edit: (t) =>
      t
        .replace('        if: mood >= 60\n        to: manager\n', '        if: mood >= 60\n        to: manager\n      - text: "Goodbye."\n        if: mood > 100\n        to: vanished\n')
        .concat('  vanished:\n    say: "Gone."\n    end: customer-left\n'),
    message: /ending "vanished" can never be reached with the meters as they change/,
    at: '  vanished:',
  },
  {
    kind: 'pass rule no full-marks path meets',
    edit: (t) => t.replace('start: greet', 'pass: { critical: [a10.1.1] }\nstart: greet'),
    message: /no path can meet the pass rule: no full-marks path demonstrates the critical criterion a10\.1\.1/,
    at: 'pass: {',
  },
  {
    kind: 'too many meter states',
    edit: (t) =>
      t
        .replace('  patience: { start: 40 }\n', '  patience: { start: 40 }\n  a: { start: 0, min: 0, max: 1000 }\n  b: { start: 0, min: 0, max: 1000 }\n')
        .replace('    notes: First impressions.\n    choices:\n', '    notes: First impressions.\n    choices:\n      - { text: "Hmm.", if: a < 1000, to: greet, effects: { a: 1 } }\n      - { text: "Well.", if: b < 1000, to: greet, effects: { b: 1 } }\n')
        // With the only good opening gone, a full-marks search wanders the million (a, b) states.
        .replace('criterion: a10.1.2, met: true, why: Acknowledges the wait and offers help.', 'criterion: a10.1.2, met: false, why: Apologises but does not offer help.'),
    message: /the checker stopped at 200,000 states \(node and meter values, at "[a-z-]+"\) before trying every way through, so it cannot vouch for this scenario/,
    at: 'meters:',
  },
];

describe('checker problems found by searching', () => {
  it.each(cases)('reports $kind at its line', ({ edit, message, at }) => {
    const text = edit(base);
    expect(text).not.toBe(base);
    const { problems, scenario } = checkScenarioText(text, 'tiny-counter.yaml');
    expect(scenario).toBeUndefined();
    const hit = problems.find((p) => message.test(p.message));
    expect(hit, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(hit!.line).toBe(lineOf(text, at));
  });

  it('does not tell states apart by meters no condition reads', () => {
    // The same million states, but nothing reads a or b: the search sees one state per node and answers.
    const text = cases[2]!.edit(base).replace('if: a < 1000, ', '').replace('if: b < 1000, ', '');
    const messages = checkScenarioText(text, 'tiny-counter.yaml').problems.map((p) => p.message);
    expect(messages).toEqual([expect.stringMatching(/^no path reaches full marks: the best path to an ending loses marks first at "greet"/)]);
  });

  it('gives each of these the same answer as the plain search', () => {
    for (const { edit } of cases.slice(0, 2)) {
      const text = edit(base);
      // The checker gives no scenario back when it has problems; the loader alone does (it is well formed).
      const loaded = loadScenarioText(text, 'tiny-counter.yaml');
      if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
      const loose = loaded.scenario;
      const space = new ScenarioSpace(loose);
      expect(space.bestPath()).toEqual(referenceBest(loose));
      for (const [id, path] of space.pathsToEndings()) expect(path).toEqual(referenceSearch(loose, (s) => s.node === id, false));
    }
  });
});
