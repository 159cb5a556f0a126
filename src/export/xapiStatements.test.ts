import { describe, expect, it } from 'vitest';
import { findUnit } from '../standards/catalogue.ts';
import { bestMoves, play, worstMoves } from '../../test/support/play.ts';
import { loadScenarioFile } from '../../test/support/scenarios.ts';
import { isUuid } from './uuid.ts';
import { statementId, xapiStatements, type XapiOptions } from './xapiStatements.ts';
import { validateStatement } from './xapiValidate.ts';
import { verify } from '../engine/verify.ts';
import type { Transcript } from '../engine/transcript.ts';

const options: XapiOptions = {
  actor: { objectType: 'Agent', name: 'Alex Learner', account: { homePage: 'https://college.example', name: 'alex.learner' } },
  activityBase: 'https://college.example/rapport/',
};
const counter = loadScenarioFile('test/fixtures/tiny-counter.yaml');
const bank = loadScenarioFile('scenarios/phone-identity-and-hold.yaml');

describe('xapiStatements', () => {
  it('writes statements every one of which passes the xAPI 1.0.3 checks', () => {
    for (const t of [play(bank, bestMoves(bank)), play(bank, worstMoves(bank)), play(counter, bestMoves(counter)), play(bank, bestMoves(bank), { turns: 2 })]) {
      for (const s of xapiStatements(t, options)) expect(validateStatement(s)).toEqual({ ok: true, errors: [] });
    }
  });

  it('reports a full-marks attempt as passed, with score, success, completion and duration', () => {
    const t = play(bank, bestMoves(bank));
    const attempt = xapiStatements(t, options).at(-1)!;
    expect(t.pass?.passed).toBe(true);
    expect(attempt.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(attempt.object.id).toBe('https://college.example/rapport/scenarios/phone-identity-and-hold');
    expect(attempt.result).toMatchObject({ success: true, completion: true, score: { scaled: 1, raw: t.rollUp.met, min: 0, max: t.rollUp.total } });
    const seconds = (Date.parse(t.endedAt!) - Date.parse(t.startedAt)) / 1000;
    expect(attempt.result?.duration).toBe(`PT${Math.floor(seconds / 60) ? `${Math.floor(seconds / 60)}M` : ''}${seconds % 60 ? `${seconds % 60}S` : ''}`);
    expect(attempt.timestamp).toBe(t.endedAt);
  });

  it('carries the whole transcript on the completing statement, so what an LRS gives back verifies by replay', () => {
    const t = play(bank, worstMoves(bank));
    const statements = xapiStatements(t, options);
    const carried = statements.at(-1)!.context?.extensions?.['https://college.example/rapport/extensions/transcript'];
    expect(carried).toEqual(t);
    expect(verify(JSON.parse(JSON.stringify(carried)) as Transcript, bank)).toEqual({ ok: true, turns: t.turns.length });
    // Only the attempt carries it: a turn is a part, not a record.
    for (const s of statements.slice(0, -1)) expect(Object.keys(s.context?.extensions ?? {}).some((k) => k.endsWith('/transcript'))).toBe(false);
  });

  it('reports a poor attempt as failed with its scaled score', () => {
    const t = play(bank, worstMoves(bank));
    const attempt = xapiStatements(t, options).at(-1)!;
    expect(t.pass?.passed).toBe(false);
    expect(attempt.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(attempt.result?.success).toBe(false);
    expect(attempt.result?.score?.scaled).toBeCloseTo(t.rollUp.met / t.rollUp.total, 4);
  });

  it('writes one statement per turn, in order, timestamped from the transcript, citing its criteria and units', () => {
    const t = play(bank, bestMoves(bank));
    const statements = xapiStatements(t, options);
    expect(statements).toHaveLength(t.turns.length + 1);
    t.turns.forEach((turn, i) => {
      const s = statements[i]!;
      expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(s.timestamp).toBe(turn.at);
      expect(s.object.id).toBe(`https://college.example/rapport/scenarios/phone-identity-and-hold/nodes/${turn.nodeId}`);
      const evidence = s.context?.extensions?.['https://college.example/rapport/extensions/evidence'] as { criterion: string; met: boolean; why: string }[];
      expect(evidence.map((e) => [e.criterion, e.met, e.why])).toEqual(turn.evidence.map((e) => [e.criterion, e.met, e.why]));
      expect(s.context?.contextActivities?.grouping?.map((a) => a.id)).toEqual(t.scenario.units.map((u) => `https://college.example/rapport/standards/${u}`));
      expect(s.context?.contextActivities?.grouping?.[0]?.definition?.name?.['en-GB']).toContain(findUnit(t.scenario.units[0]!)!.title);
      if (turn.action.kind === 'choice') expect(s.result?.response).toBe(String(turn.action.choice));
    });
  });

  it('uses "responded" for a turn where the learner let the timer run out', () => {
    const t = play(counter, [{ kind: 'choice', choice: 0 }, { kind: 'choice', choice: 2 }, { kind: 'timeout' }]);
    const s = xapiStatements(t, options);
    expect(s.map((x) => x.verb.id.split('/').pop())).toEqual(['answered', 'answered', 'responded', 'passed']);
    expect(s[2]?.result?.duration).toBe('PT30S');
  });

  it('says "completed", with no success, when no pass result is known', () => {
    const t = play(counter, bestMoves(counter));
    delete t.pass;
    const attempt = xapiStatements(t, options).at(-1)!;
    expect(attempt.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(attempt.result?.completion).toBe(true);
    expect(attempt.result && 'success' in attempt.result).toBe(false);
  });

  it('gives deterministic, distinct UUIDs, so re-sending never duplicates', () => {
    const t = play(bank, bestMoves(bank));
    const once = xapiStatements(t, options);
    const again = xapiStatements(structuredClone(t), options);
    expect(again).toEqual(once);
    const ids = once.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isUuid(id)).toBe(true);
    expect(statementId(t, 0)).toBe(ids[0]);
  });

  it('keeps the turn ids of an attempt exported before and after it ended', () => {
    const moves = bestMoves(bank);
    const part = xapiStatements(play(bank, moves, { turns: 3 }), options);
    const whole = xapiStatements(play(bank, moves), options);
    expect(part.map((s) => s.id)).toEqual(whole.slice(0, 3).map((s) => s.id));
    expect(part.every((s) => s.verb.id.endsWith('answered'))).toBe(true);
  });

  it('gives a different attempt different ids', () => {
    const a = xapiStatements(play(bank, bestMoves(bank)), options);
    const b = xapiStatements(play(bank, bestMoves(bank), { start: Date.UTC(2026, 2, 10) }), options);
    expect(a.map((s) => s.id).filter((id) => b.some((s) => s.id === id))).toEqual([]);
  });

  it('adds the registration when the LMS gave one', () => {
    const registration = 'f1c3b0d2-9a8e-4c1f-8f3e-2b7a6d5c4e3f';
    for (const s of xapiStatements(play(counter, bestMoves(counter)), { ...options, registration })) expect(s.context?.registration).toBe(registration);
  });
});
