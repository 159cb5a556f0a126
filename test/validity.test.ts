/**
 * The validity check: blind strategies played by the fast loop score exactly
 * as the engine scores the same choices, the cues read what a test-wise
 * learner reads, and the evidence rules catch a decision that marks a learner
 * down with no way to do better.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../src/engine/random.ts';
import { Session } from '../src/engine/session.ts';
import { choiceCues, playBlind } from '../src/validity/blindPlay.ts';
import { cuesOf, nameWords } from '../src/validity/cues.ts';
import { evidenceFindings } from '../src/validity/evidenceChecks.ts';
import { scenarioValidity } from '../src/validity/report.ts';
import { RANDOM, SURFACE_STRATEGIES } from '../src/validity/strategies.ts';
import { bundled, fixture, fixtureText, loadChecked } from './support/scenarios.ts';

describe('blind play', () => {
  const scenarios = [...bundled().slice(0, 6).map((b) => b.scenario), fixture('validity/well-built.yaml')];

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: an attempt scores and passes as the engine scores the same choices in assessment mode', (_id, scenario) => {
    const cues = choiceCues(scenario);
    const rand = mulberry32(7);
    for (let a = 0; a < 25; a++) {
      const attempt = playBlind(scenario, a % 2 ? RANDOM : SURFACE_STRATEGIES[a % SURFACE_STRATEGIES.length]!, rand, cues, 300);
      const session = Session.start(scenario, { mode: 'assessment', learner: 'Blind Player', seed: a });
      for (const choice of attempt.choices) {
        if (choice < 0) session.wait();
        else session.choose(choice);
      }
      const t = session.transcript();
      expect(session.nodeId).toBe(attempt.node);
      expect(t.rollUp.percent).toBe(attempt.percent);
      expect(t.pass?.passed ?? false).toBe(attempt.passed);
      session.stop();
    }
  });
});

describe('surface cues', () => {
  it('reads the customer\u2019s name without the title', () => {
    expect(nameWords('Mrs Nasreen Akhtar')).toEqual(['Nasreen', 'Akhtar']);
    expect(cuesOf('Thank you, Mrs Akhtar. Is that right?', ['Nasreen', 'Akhtar'])).toMatchObject({ name: 1, question: 1, warmth: 1, stageDirection: 0 });
  });

  it('counts warmth, promises, specifics and stage directions', () => {
    const c = cuesOf("I'm so sorry, I understand. I'll ring you back today at 3 pm.", []);
    expect(c.warmth).toBe(2);
    expect(c.promise).toBeGreaterThanOrEqual(2);
    expect(c.specific).toBeGreaterThanOrEqual(2);
    expect(cuesOf('(Read her the account history.)', []).stageDirection).toBe(1);
  });
});

describe('validity report', () => {
  it('finds a scenario built to be gameable and passes one built well', () => {
    const gameable = scenarioValidity(fixture('validity/gameable.yaml'));
    const well = scenarioValidity(fixture('validity/well-built.yaml'));
    const pass = (v: typeof well, id: string) => v.strategies.find((s) => s.id === id)!.passShare;
    expect(pass(gameable, 'longest')).toBe(1);
    expect(pass(gameable, 'warmest')).toBe(1);
    expect(gameable.longestBest).toBe(gameable.withBest);
    expect(gameable.findings.map((f) => f.message).join('\n')).toMatch(/always picks the longest option passes 100%/);
    expect(pass(well, 'longest')).toBe(0);
    expect(pass(well, 'random')).toBeLessThanOrEqual(0.02);
    expect(well.findings).toEqual([]);
  });

  it('is the same on every run (seeded)', () => {
    const a = scenarioValidity(fixture('validity/well-built.yaml'));
    const b = scenarioValidity(fixture('validity/well-built.yaml'));
    expect(b.strategies).toEqual(a.strategies);
  });
});

describe('evidence at a decision', () => {
  const base = fixtureText('validity/well-built.yaml');

  it('refuses a choice judged twice against one criterion', () => {
    const twice = base.replace(
      '          - { criterion: a10.1.2, met: false, why: "Opens with the paperwork before acknowledging what went wrong." }',
      '          - { criterion: a10.1.2, met: false, why: "Opens with the paperwork before acknowledging what went wrong." }\n          - { criterion: a10.1.2, met: false, why: "And again." }',
    );
    const findings = evidenceFindings(loadChecked(twice, 'well-built.yaml'));
    expect(findings.map((f) => f.message)).toContain('this choice is judged against a10.1.2 twice; one decision is judged once per criterion');
  });

  it('refuses a failed criterion that no option at the node can show', () => {
    const unshowable = base.replace('{ criterion: c1.2.2, met: false, why: "A flat refusal', '{ criterion: c1.2.3, met: false, why: "A flat refusal');
    const findings = evidenceFindings(loadChecked(unshowable, 'well-built.yaml'));
    expect(findings).toEqual([expect.objectContaining({ keys: ['nodes', 'receipt', 'choices', 0, 'evidence', 0, 'criterion'], message: expect.stringMatching(/fails c1\.2\.3, but no option at "receipt" shows it/) })]);
  });
});
