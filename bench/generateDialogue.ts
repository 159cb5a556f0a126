/**
 * A large synthetic scenario for the benchmarks: `nodes` nodes, three choices
 * per non-end node leading to later nodes, effects on two or three meters,
 * conditional choices (always with one unconditional choice), some automatic
 * routes, evidence citing real A10 criteria, several endings.
 *
 * Shaped so the checker accepts it: choice 0 of every node is unconditional,
 * has only met evidence and positive effects, and leads to the next non-end
 * node, so following it from the start is a full-marks path that visits every
 * node; routes fire only when a meter is low, which that path never makes it;
 * the node before each ending leads to it unconditionally. Effects move meters
 * in steps of `step` (default 25) so the checker's search over (node, meters)
 * stays within its state limit. Conditions are drawn at random, so some can
 * never hold where they stand (the checker rejects a route never taken and an
 * option never offered): those routes are dropped and those options left
 * without their condition, found by the checker's own search.
 */
import { Document, isMap, isScalar, isSeq, stringify, visit } from 'yaml';
import { mulberry32 } from '../src/engine/random.ts';
import { ScenarioSpace } from '../src/scenario/paths.ts';
import { reachFindings } from '../src/scenario/reachChecks.ts';
import { outcomes, type Choice, type Evidence, type Scenario, type ScenarioNode } from '../src/scenario/schema.ts';

export const METERS = ['mood', 'patience', 'trust'] as const;
const CRITERIA = ['a10.1.1', 'a10.1.2', 'a10.1.3', 'a10.1.4', 'a10.1.5', 'a10.1.6', 'a10.1.7', 'a10.1.8'];
const WORDS = ['delivery', 'refund', 'account', 'parcel', 'manager', 'receipt', 'booking', 'invoice', 'order', 'payment', 'appointment', 'voucher'];
/** Conditions on choices, over the meter scale 0..100 in steps of 25 (thresholds fall between and on steps). */
const CONDITIONS = ['mood > 40', 'trust >= 50', 'patience > 25', 'mood >= 50 and trust > 30', 'patience <= 75 or trust > 60', 'not (mood < 50)', 'trust < 75'];
/** Routes fire only on a low meter, which the full-marks path (choice 0 everywhere) never produces. */
const ROUTES = ['patience < 25', 'mood < 25', 'trust <= 0'];

export interface GenerateOptions {
  /** Meter change per effect (meters run 0..100 from 50). Default 25. */
  step?: number;
  /** How far ahead a non-default choice may lead. Default 8. */
  window?: number;
  /** One ending every this many nodes, plus the last node. Default 50. */
  endEvery?: number;
}

export const nodeId = (i: number) => `node-${i}`;

export function generateDialogue(nodes: number, seed: number, options: GenerateOptions = {}): Scenario {
  if (nodes < 4) throw new Error('generateDialogue needs at least 4 nodes');
  const step = options.step ?? 25;
  const window = options.window ?? 8;
  const endEvery = options.endEvery ?? 50;
  const rand = mulberry32(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const isEnd = (i: number) => i === nodes - 1 || (i % endEvery === endEvery - 1 && i > 0);
  const nextNonEnd = (i: number) => {
    for (let j = i + 1; j < nodes; j++) if (!isEnd(j)) return j;
    return nodes - 1;
  };
  const meters = (count: number) => {
    const ms = [...METERS];
    for (let k = ms.length - 1; k > 0; k--) {
      const j = int(k + 1);
      [ms[k], ms[j]] = [ms[j]!, ms[k]!];
    }
    return ms.slice(0, count);
  };
  const evidence = (met: boolean, count: number): Evidence[] =>
    Array.from({ length: count }, () => ({
      criterion: pick(CRITERIA),
      met,
      weight: 1 + int(3),
      why: met ? `Shows the criterion by dealing with the ${pick(WORDS)} clearly.` : `Misses the criterion by brushing the ${pick(WORDS)} aside.`,
    }));

  const scenarioNodes: Record<string, ScenarioNode> = {};
  for (let i = 0; i < nodes; i++) {
    const base: ScenarioNode = { say: `Line ${i}: about my ${pick(WORDS)} and the ${pick(WORDS)}.`, when: [], choices: [] };
    if (isEnd(i)) {
      scenarioNodes[nodeId(i)] = { ...base, end: outcomes[int(outcomes.length)]!, summary: `The conversation ended at node ${i}.` };
      continue;
    }
    if (rand() < 0.2) {
      base.say = [
        { if: pick(['mood < 30', 'trust < 50', 'patience <= 25']), text: `Line ${i}, upset: I am still waiting on my ${pick(WORDS)}.` },
        { text: `Line ${i}: about my ${pick(WORDS)} and the ${pick(WORDS)}.` },
      ];
    }
    const choices: Choice[] = [];
    // Choice 0: unconditional, all evidence met, meters up, on to the next node.
    choices.push({
      text: `Option A at ${i}: I will sort out your ${pick(WORDS)} now.`,
      to: nodeId(nextNonEnd(i)),
      effects: Object.fromEntries(meters(2 + int(2)).map((m) => [m, step])),
      evidence: evidence(true, 1 + int(2)),
    });
    for (const label of ['B', 'C']) {
      const toEnd = label === 'B' && isEnd(i + 1);
      const to = toEnd ? i + 1 : Math.min(nodes - 1, i + 1 + int(window));
      const choice: Choice = {
        text: `Option ${label} at ${i}: let me check the ${pick(WORDS)} first.`,
        to: nodeId(to),
        effects: Object.fromEntries(meters(2 + int(2)).map((m) => [m, pick([-2, -1, 1]) * step])),
        evidence: evidence(rand() < 0.3, int(3)),
      };
      if (!toEnd && rand() < 0.5) choice.if = pick(CONDITIONS);
      choices.push(choice);
    }
    const node: ScenarioNode = { ...base, choices };
    if (rand() < 0.1 && i + 2 < nodes) node.when = [{ if: pick(ROUTES), to: nodeId(Math.min(nodes - 1, i + 2 + int(window))) }];
    scenarioNodes[nodeId(i)] = node;
  }

  return withoutDeadConditions({
    id: `generated-${nodes}`,
    title: `A generated dialogue of ${nodes} nodes`,
    organisation: 'Benchmark Retail Ltd',
    setting: 'A synthetic conversation for measuring the engine',
    summary: 'Generated for benchmarks: three choices per node, meter conditions, routes and several endings.',
    channel: 'face-to-face',
    kinds: ['difficult'],
    units: ['A10'],
    difficulty: 2,
    role: 'You are Sam, a customer service assistant',
    place: 'shop-counter',
    customer: {
      name: 'Ms Bench Mark',
      persona: 'A patient test customer',
      language: 'en-GB',
      speaks: [],
      look: { presentation: 'feminine', age: 'adult', skin: 'tan', hair: 'medium', hairColour: 'brown', facialHair: 'none', headwear: 'none', glasses: false },
    },
    people: {},
    meters: Object.fromEntries(METERS.map((m) => [m, { start: 50, min: 0, max: 100 }])),
    start: nodeId(0),
    pass: { critical: [], mark: 70 },
    nodes: scenarioNodes,
  });
}

/** Drops routes that are never taken and the conditions of options never offered, until there are none. */
function withoutDeadConditions(scenario: Scenario): Scenario {
  for (;;) {
    const dead = reachFindings(scenario, new ScenarioSpace(scenario)).filter((f) => f.keys.at(-1) === 'if');
    if (dead.length === 0) return scenario;
    // Last first, so dropping a route does not move the index of another still to drop.
    for (const { keys } of dead.reverse()) {
      const node = scenario.nodes[keys[1] as string]!;
      if (keys[2] === 'when') node.when.splice(keys[3] as number, 1);
      else delete node.choices[keys[3] as number]!.if;
    }
  }
}

/**
 * The scenario as a YAML file, as an author would write it (and as the bundled scenarios are written):
 * effects and each piece of evidence on one line as flow mappings, and fields left at their defaults
 * (`when: []`, `evidence: []`, `weight: 1`, …) left out. `style: 'block'` spells every field out in block
 * style instead, as this benchmark wrote it before (the same scenario, 17% more text, twice the lines).
 */
export function dialogueYaml(scenario: Scenario, style: 'authored' | 'block' = 'authored'): string {
  if (style === 'block') return stringify(scenario, { lineWidth: 0 });
  const doc = new Document(scenario);
  const defaults: Record<string, (v: unknown) => boolean> = {
    when: (v) => isSeq(v) && v.items.length === 0,
    evidence: (v) => isSeq(v) && v.items.length === 0,
    speaks: (v) => isSeq(v) && v.items.length === 0,
    people: (v) => isMap(v) && v.items.length === 0,
    weight: (v) => isScalar(v) && v.value === 1,
  };
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (Object.hasOwn(defaults, key) && defaults[key]!(pair.value)) return visit.REMOVE;
      if (key === 'effects' && isMap(pair.value)) pair.value.flow = true;
      if (key === 'evidence' && isSeq(pair.value)) for (const e of pair.value.items) if (isMap(e)) e.flow = true;
      return undefined;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
