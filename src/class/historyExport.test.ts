import { describe, expect, it } from 'vitest';
import { contentHash } from '../scenario/hash.ts';
import { ATTEMPTS_FILE_FORMAT } from '../export/attemptsEnvelope.ts';
import { transcriptJson } from '../export/transcriptJson.ts';
import { bankBest, billWorst, registry } from '../../test/support/reviewRecords.ts';
import { expandHistoryExports, historySource } from './historyExport.ts';
import { openAttempts } from './openAttempts.ts';

const exportOf = (attempts: unknown[]) => JSON.stringify({ format: ATTEMPTS_FILE_FORMAT, exportedAt: '2026-03-12T10:00:00.000Z', count: attempts.length, checksum: contentHash(attempts), attempts });

describe('attempt-history exports in the class view', () => {
  it("opens each attempt of an export on its own, so one that does not replay is set apart and the others count", async () => {
    const edited = billWorst();
    edited.turns[0]!.metersAfter = { ...edited.turns[0]!.metersAfter, trust: 99 };
    // The checksum is made over the edited list, as an export made from a doctored database would be: replay still catches it.
    const text = exportOf([{ transcript: bankBest(), title: 'a' }, { transcript: edited, title: 'b' }]);
    const expanded = expandHistoryExports([{ source: 'history.json', text }, { source: 'one.json', text: transcriptJson(bankBest()) }]);
    expect(expanded.items.map((i) => i.source)).toEqual([historySource('history.json', 1), historySource('history.json', 2), 'one.json']);
    const { counted, setApart } = await openAttempts(expanded.items, registry);
    expect(counted.map((c) => c.source)).toEqual(['history.json#1']);
    expect(setApart.map((s) => [s.source, s.reason.kind])).toEqual([
      ['history.json#2', 'diverges'],
      ['one.json', 'duplicate'],
    ]);
  });

  it('sets the whole export apart when its checksum or count does not hold', () => {
    const sound = JSON.parse(exportOf([{ transcript: bankBest() }])) as Record<string, unknown>;
    const damaged = JSON.stringify({ ...sound, checksum: 'f'.repeat(64) });
    const short = JSON.stringify({ ...sound, count: 2 });
    const { items, setApart } = expandHistoryExports([
      { source: 'damaged.json', text: damaged },
      { source: 'short.json', text: short },
    ]);
    expect(items).toEqual([]);
    expect(setApart).toEqual([
      { source: 'damaged.json', reason: { kind: 'history-refused', refusal: { key: 'checksum' } } },
      { source: 'short.json', reason: { kind: 'history-refused', refusal: { key: 'countMismatch', params: { said: '2', held: 1 } } } },
    ]);
  });
});
