/**
 * Hashes and ids that earlier builds wrote into records: a scenario's content
 * hash (in every transcript and save) and the xAPI statement ids (in every LRS
 * that holds them). Whatever computes them, they must come out the same, or
 * existing transcripts stop verifying and re-sent statements are stored twice.
 * The values were written by the hand-made SHA-256 and SHA-1 this project had.
 */
import { describe, expect, it } from 'vitest';
import { bestMoves, play } from './support/play.ts';
import { attemptKey, statementId } from '../src/export/xapiStatements.ts';
import { scenarioHash } from '../src/scenario/hash.ts';
import { fixture } from './support/scenarios.ts';

describe('identities kept in records', () => {
  const scenario = fixture('tiny-counter.yaml');

  it('gives a scenario the content hash it always had', () => {
    expect(scenarioHash(scenario)).toBe('aecb12b8216cb69fff84a289316d9e4e00ef5aa4a34c8901cc46464c24414c5e');
  });

  it('gives an attempt and its turns the statement ids they always had', () => {
    const transcript = play(scenario, bestMoves(scenario));
    expect(attemptKey(transcript)).toBe('99944e0069190751a4c4926947a152749288c52edbc6ea7df4caea1348f97671');
    expect(statementId(transcript, 'attempt')).toBe('98833eba-a542-5f49-b105-a64bcf0a6c5f');
    expect(statementId(transcript, 0)).toBe('84595d54-5f5f-5a8d-8062-be0de771a442');
  });
});
