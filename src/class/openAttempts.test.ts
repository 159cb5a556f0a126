import { describe, expect, it } from 'vitest';
import { transcriptJson } from '../export/transcriptJson.ts';
import { reviewedRecordJson } from '../export/reviewedRecord.ts';
import type { ScenarioRegistry } from '../review/scenarioRegistry.ts';
import { bankBest, bankPractice, billWorst, registry } from '../../test/support/reviewRecords.ts';
import { emptyReview } from '../review/reviewState.ts';
import { learnerKey } from './countedAttempts.ts';
import { openAttempts } from './openAttempts.ts';

describe('openAttempts', () => {
  it('counts only what verifies and sets the rest apart with the reason', async () => {
    const edited = billWorst();
    edited.rollUp.percent = 95;
    const unknown = bankBest();
    unknown.scenario.id = 'closed-branch-2019';
    const { counted, setApart } = await openAttempts(
      [
        { source: 'best.json', text: transcriptJson(bankBest()) },
        { source: 'practice.json', text: transcriptJson(bankPractice()) },
        { source: 'edited.json', text: JSON.stringify(edited) },
        { source: 'unknown.json', text: JSON.stringify(unknown) },
        { source: 'notes.json', text: '{"shopping": ["milk"]}' },
        { source: 'broken.json', text: '{' },
      ],
      registry,
    );
    expect(counted.map((c) => c.source)).toEqual(['best.json', 'practice.json']);
    expect(counted[0]!.learner).toBe(learnerKey(bankBest().learner, 'x'));
    expect(setApart.map((s) => [s.source, s.reason.kind])).toEqual([
      ['edited.json', 'diverges'],
      ['unknown.json', 'unknown-scenario'],
      ['notes.json', 'not-transcript'],
      ['broken.json', 'not-json'],
    ]);
    expect(setApart[0]).toMatchObject({ learner: edited.learner, scenarioTitle: edited.scenario.title });
  });

  it('counts the same attempt once, keeping the fuller copy, and reads a reviewed record', async () => {
    const whole = bankBest();
    const { counted, setApart } = await openAttempts(
      [
        { source: 'reviewed.json', text: reviewedRecordJson(whole, emptyReview()) },
        { source: 'copy.json', text: transcriptJson(whole) },
      ],
      registry,
    );
    expect(counted.map((c) => c.source)).toEqual(['reviewed.json']);
    expect(setApart).toEqual([expect.objectContaining({ source: 'copy.json', reason: { kind: 'duplicate', of: 'reviewed.json' } })]);
    const again = await openAttempts([{ source: 'later.json', text: transcriptJson(whole) }], registry, counted);
    expect(again.counted).toHaveLength(1);
    expect(again.setApart[0]!.reason).toEqual({ kind: 'duplicate', of: 'reviewed.json' });
  });

  it('judges a replayable record with a broken title as the review page does: not a transcript', async () => {
    const odd = bankBest() as unknown as { scenario: { title: unknown } };
    odd.scenario.title = 42;
    const { counted, setApart } = await openAttempts([{ source: 'odd.json', text: JSON.stringify(odd) }], registry);
    expect(counted).toEqual([]);
    expect(setApart[0]).toMatchObject({ source: 'odd.json', reason: { kind: 'not-transcript', path: 'scenario.title' } });
  });

  it('sets apart a file whose scenario cannot be fetched, naming it', async () => {
    const offline: ScenarioRegistry = { versions: registry.versions, prepare: async (ids) => ids.map((id) => ({ id, message: 'offline' })) };
    const { counted, setApart } = await openAttempts([{ source: 'a.json', text: transcriptJson(bankBest()) }], offline);
    expect(counted).toEqual([]);
    expect(setApart[0]).toEqual({ source: 'a.json', reason: { kind: 'scenario-unavailable', id: 'bank-queue-disruption', message: 'offline' } });
  });
});
