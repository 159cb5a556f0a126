/**
 * Hashes and ids that earlier builds wrote into records: content hashes (of a
 * scenario in every transcript and save, of the attempt behind every statement
 * id) and the xAPI statement ids (in every LRS that holds them). Whatever
 * computes them, the same data must give the same values, or existing
 * transcripts stop verifying and re-sent statements are stored twice. The
 * values were written by the hand-made SHA-256 and SHA-1 this project had;
 * the data is fixed here, so a change to the scenario format cannot move them.
 */
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../src/engine/transcript.ts';
import { attemptKey, statementId } from '../src/export/xapiStatements.ts';
import { contentHash } from '../src/scenario/hash.ts';

const scenarioLike = {
  id: 'bank-queue',
  title: 'Café – “a queue” 😀',
  nodes: { '10': { say: 'ten', choices: [{ to: '2', effects: { mood: -5 } }] }, '2': { say: 'two', end: 'resolved' } },
  meters: { mood: { start: 50, min: 0, max: 100 } },
  units: ['A10', 'C4'],
  pass: { critical: [], mark: 70 },
};
const HASH = '7d859726d672ceb4fd9c903827461e4f6a81f80957263c97de329a7e81c4b55b';

describe('identities kept in records', () => {
  it('gives data the content hash it always had', () => {
    expect(contentHash(scenarioLike)).toBe(HASH);
  });

  it('gives an attempt and its turns the statement ids they always had', () => {
    const attempt = { scenario: { id: 'bank-queue', title: 'x', hash: HASH, units: ['A10'] }, learner: 'Ana Ñúñez', seed: 1234567, startedAt: '2026-03-09T10:00:07.000Z', mode: 'assessment' } as Transcript;
    expect(attemptKey(attempt)).toBe('dc6307c2d97ba2e199531814c4aba993d73306924444f05b0182287d5347542c');
    expect(statementId(attempt, 'attempt')).toBe('5cb3ebdc-72cb-5551-a379-444b1c540bab');
    expect(statementId(attempt, 0)).toBe('3a730394-faed-5f67-9d29-b2c4b0bca86c');
    expect(statementId(attempt, 12)).toBe('1f6b2990-3fd6-571d-97d3-f9455e0acd6c');
  });
});
