import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transcriptJson } from '../export/transcriptJson.ts';
import { openRecord } from './openRecord.ts';
import { reviewedRecordJson } from '../export/reviewedRecord.ts';
import { bankBest, bankPractice, billWorst, registry } from '../../test/support/reviewRecords.ts';

describe('openRecord', () => {
  it('verifies an exported transcript by replay', () => {
    const t = bankBest();
    const r = openRecord('a.json', transcriptJson(t), registry);
    expect(r.finding).toEqual({ kind: 'verified', turns: t.turns.length });
    expect(r.transcript).toEqual(t);
    expect(r.scenario?.id).toBe('bank-queue-disruption');
  });

  it('names the turn and field where an edited transcript diverges, with both values', () => {
    const t = billWorst();
    const i = t.turns.findIndex((x) => x.evidence.some((e) => !e.met));
    const k = t.turns[i]!.evidence.findIndex((e) => !e.met);
    t.turns[i]!.evidence[k]!.met = true;
    const r = openRecord('edited.json', JSON.stringify(t), registry);
    expect(r.finding).toMatchObject({ kind: 'diverges', turn: i, field: `evidence.${k}.met`, recorded: true, replayed: false });
    // The file is still shown as it is, for the assessor to read.
    expect(r.transcript?.turns[i]!.evidence[k]!.met).toBe(true);
  });

  it('catches an edited score in the roll-up even when every turn is intact', () => {
    const t = billWorst();
    t.rollUp.percent = 95;
    expect(openRecord('x.json', JSON.stringify(t), registry).finding).toMatchObject({ kind: 'diverges', field: 'rollUp.percent', recorded: 95 });
  });

  it('keeps the mode a practice transcript was made in', () => {
    const r = openRecord('p.json', transcriptJson(bankPractice()), registry);
    expect(r.finding.kind).toBe('verified');
    expect(r.transcript?.mode).toBe('practice');
  });

  it('does not verify a practice transcript relabelled as an assessment, so it can never be signed off or counted as evidence', () => {
    const relabelled = { ...bankPractice(), mode: 'assessment' };
    const r = openRecord('relabelled.json', JSON.stringify(relabelled), registry);
    expect(r.finding).toMatchObject({ kind: 'diverges', field: expect.stringMatching(/^offered/) });
  });

  it('says plainly when the scenario is unknown, another version, or from another engine', () => {
    const t = bankBest();
    expect(openRecord('u.json', JSON.stringify({ ...t, scenario: { ...t.scenario, id: 'closed-branch' } }), registry).finding).toEqual({ kind: 'unknown-scenario', id: 'closed-branch' });
    expect(openRecord('v.json', JSON.stringify({ ...t, scenario: { ...t.scenario, hash: '0'.repeat(64) } }), registry).finding).toEqual({ kind: 'scenario-version', id: t.scenario.id });
    expect(openRecord('e.json', JSON.stringify({ ...t, engineVersion: '0.0.1' }), registry).finding).toMatchObject({ kind: 'engine-version', recorded: '0.0.1' });
  });

  it('names a file that is not JSON or not a transcript, with where it fails', () => {
    expect(openRecord('n.json', '{"a": ', registry).finding.kind).toBe('not-json');
    const t = bankBest() as unknown as { turns: { line: { text: unknown } }[] };
    t.turns[2]!.line.text = 42;
    expect(openRecord('s.json', JSON.stringify(t), registry).finding).toMatchObject({ kind: 'not-transcript', path: 'turns[2].line.text' });
    expect(openRecord('o.json', '[1,2,3]', registry).finding).toMatchObject({ kind: 'not-transcript', path: '(whole file)' });
  });

  it('brings a review back when a reviewed record is reopened, and the transcript inside still verifies', () => {
    const t = bankBest();
    const review = { judgements: { [t.rollUp.criteria[0]!.code]: { verdict: 'agree' as const } }, comments: [{ text: 'Fine.' }], signedBy: 'P. Shah', signedAt: '2026-03-20' };
    const r = openRecord('r.json', reviewedRecordJson(t, review), registry);
    expect(r.finding.kind).toBe('verified');
    expect(r.review).toEqual(review);
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ ...bankBest(), turns: v }))), (text) => {
        const r = openRecord('f.json', text, registry);
        expect(r.finding.kind).toBeTypeOf('string');
      }),
      { numRuns: 150 },
    );
  });
});
