/**
 * What the scenario library promises tutors and assessors, checked over the
 * bundled files: enough scenarios of each kind, each a real branching
 * conversation, and the core units of the standard fully covered.
 */
import { describe, expect, it } from 'vitest';
import { coverage } from '../src/cli/coverage.ts';
import { mulberry32 } from '../src/engine/random.ts';
import { Session } from '../src/engine/session.ts';
import { ScenarioSpace } from '../src/scenario/paths.ts';
import type { Scenario, ScenarioNode } from '../src/scenario/schema.ts';
import { bundled } from './support/scenarios.ts';
import { libraryValidity } from '../src/validity/report.ts';
import { VALIDITY_LIMITS } from '../src/validity/thresholds.ts';

const library = bundled();
const scenarios = library.map((b) => b.scenario);
const CORE_UNITS = ['A10', 'A11', 'A12', 'B5', 'B6', 'C1', 'C2', 'C3', 'C4', 'C7', 'C8'];

const lines = (node: ScenarioNode) => (typeof node.say === 'string' ? [{ text: node.say }] : node.say);

describe('the scenario library', () => {
  it('has at least 16 scenarios, four or more of each kind, from several organisations', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(16);
    for (const kind of ['difficult', 'telephone', 'complaint', 'language-divide'] as const) {
      expect(scenarios.filter((s) => s.kinds.includes(kind)).length, kind).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(scenarios.map((s) => s.organisation)).size).toBeGreaterThanOrEqual(6);
  });

  it('has customers whose first language is Polish and at least two of Urdu, Romanian, Spanish, Arabic or Portuguese', () => {
    const languages = new Set(scenarios.filter((s) => s.kinds.includes('language-divide')).map((s) => s.customer.language.split('-')[0]));
    expect(languages).toContain('pl');
    expect(['ur', 'ro', 'es', 'ar', 'pt'].filter((l) => languages.has(l)).length).toBeGreaterThanOrEqual(2);
  });

  it('puts language-divide customers\u2019 own words in their language, each with an English gloss', () => {
    for (const s of scenarios.filter((x) => x.kinds.includes('language-divide'))) {
      const own = Object.values(s.nodes).flatMap(lines).filter((l) => 'lang' in l && l.lang === s.customer.language);
      expect(own.length, `${s.id} has lines in ${s.customer.language}`).toBeGreaterThan(0);
      for (const l of own) expect('gloss' in l && l.gloss, `${s.id}: "${l.text}" has a gloss`).toBeTruthy();
    }
  });

  it('assesses every performance criterion of the core units and cites every unit from A10 to C8', () => {
    const report = coverage(scenarios);
    for (const unit of report.units) {
      const criteria = unit.elements.flatMap((e) => e.criteria);
      const unassessed = criteria.filter((c) => c.scenarios.length === 0).map((c) => c.code);
      if (CORE_UNITS.includes(unit.code)) expect(unassessed, `${unit.code} criteria nobody assesses`).toEqual([]);
      expect(unassessed.length, `${unit.code} is cited somewhere`).toBeLessThan(criteria.length);
    }
  });
});

describe('the library gives no answers away', () => {
  const report = libraryValidity(scenarios);

  it(`keeps the best option the longest in at most ${VALIDITY_LIMITS.maxLongestBestShareLibrary * 100}% of option sets, and twice as long as every other in at most ${VALIDITY_LIMITS.maxTwiceLongShareLibrary * 100}%`, () => {
    expect(report.withBest).toBeGreaterThan(300);
    expect(report.longestBestShare).toBeLessThanOrEqual(VALIDITY_LIMITS.maxLongestBestShareLibrary);
    expect(report.twiceLongShare).toBeLessThanOrEqual(VALIDITY_LIMITS.maxTwiceLongShareLibrary);
  });

  it('lets no blind strategy pass a scenario, or average more than a few points above random guessing', () => {
    const passing = report.scenarios.flatMap((v) => v.strategies.filter((s) => s.passShare > VALIDITY_LIMITS.maxBlindPassShare).map((s) => `${v.id}: ${s.id} passes ${s.passShare}`));
    expect(passing).toEqual([]);
    const gaining = report.strategies.filter((s) => s.gainOverRandom > VALIDITY_LIMITS.maxMeanGainOverRandom).map((s) => `${s.id} +${s.gainOverRandom}`);
    expect(gaining).toEqual([]);
  });

  it('gives every decision a learner hint that is not the tutor notes and cites no criterion', () => {
    for (const s of scenarios) {
      for (const [id, node] of Object.entries(s.nodes)) {
        if (node.choices.length < 2) continue;
        expect(node.hint, `${s.id}: "${id}" has a learner hint`).toBeTruthy();
        expect(node.hint).not.toBe(node.notes);
        expect(node.hint, `${s.id}: "${id}" hint names no criterion`).not.toMatch(/\b[a-d]\d{1,2}\.\d\.\d{1,2}\b/i);
      }
    }
  });
});

describe.each(library)('$file', ({ scenario }) => {
  it('is a conversation of 15 to 40 nodes with at least three distinct outcomes and tutor notes', () => {
    const nodes = Object.values(scenario.nodes);
    expect(nodes.length).toBeGreaterThanOrEqual(15);
    expect(nodes.length).toBeLessThanOrEqual(40);
    expect(new Set(nodes.filter((n) => n.end).map((n) => n.end)).size).toBeGreaterThanOrEqual(3);
    expect(nodes.filter((n) => n.notes).length).toBeGreaterThanOrEqual(3);
  });

  it('has customer lines or routes that depend on the meters', () => {
    const varying = Object.values(scenario.nodes).filter((n) => lines(n).some((l) => 'if' in l && l.if) || n.when.length > 0);
    expect(varying.length).toBeGreaterThanOrEqual(2);
  });

  it('lets a learner recover after a poor choice and still reach the best ending', () => {
    expect(recoverable(scenario), 'a choice that fails a criterion, after which the best ending is still reachable').toBe(true);
  });
});

/**
 * Along the best path, take the first poor option offered (one that fails a
 * criterion), then play on as a learner who has learnt from it: options whose
 * evidence is all met first, at random among them. Some such playthrough must
 * still reach the ending the best path reaches. Played through the real
 * engine, so meter conditions count.
 */
function recoverable(scenario: Scenario): boolean {
  const best = new ScenarioSpace(scenario).bestPath();
  if (typeof best === 'string') return false;
  const target = scenario.nodes[best.end.node]!.end;
  const session = Session.start(scenario, { seed: 1 });
  for (const move of best.moves) {
    const node = scenario.nodes[session.view().nodeId]!;
    const poor = session.view().options.find((o) => node.choices[o.choice]!.evidence.some((e) => !e.met));
    if (poor) {
      const saved = session.save();
      for (let seed = 1; seed <= 300; seed++) {
        const trial = Session.restore(scenario, saved);
        trial.choose(poor.choice);
        const rand = mulberry32(seed);
        for (let t = 0; t < 200 && !trial.ended; t++) {
          const view = trial.view();
          const here = scenario.nodes[view.nodeId]!;
          const good = view.options.filter((o) => here.choices[o.choice]!.evidence.every((e) => e.met));
          const pool = good.length > 0 ? good : view.options;
          if (pool.length === 0) trial.wait();
          else trial.choose(pool[Math.floor(rand() * pool.length)]!.choice);
        }
        if (trial.view().ended?.outcome === target) return true;
      }
    }
    if (move.kind === 'choice') session.choose(move.choice);
    else session.wait();
  }
  return false;
}
