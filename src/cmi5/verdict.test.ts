/**
 * cmi5 §9.3.4 and §9.3.5: a passed statement's scaled score is at or above the
 * launch's masteryScore, a failed one's below it. An attempt that reaches
 * mastery but misses a critical criterion fails, and must still obey the rule:
 * its score is withheld from `score` and kept in a result extension.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../engine/transcript.ts';
import { validateStatement } from '../export/xapiValidate.ts';
import { parseLaunch, parseLaunchData } from './launch.ts';
import { CMI5, endingStatements, type Cmi5Launch } from './statements.ts';

const actor = { objectType: 'Agent' as const, name: 'Dana Reid', account: { homePage: 'https://lms.example', name: 'dana' } };
const activityId = 'https://rapport.example/cmi5/scenarios/critical-counter';
const params = parseLaunch(
  `?${new URLSearchParams({ endpoint: 'http://lrs.test/xapi/', fetch: 'http://lms.test/fetch', actor: JSON.stringify(actor), registration: 'd9e4c5f0-3f1a-4b8e-9a55-0c2c7e6b1a01', activityId })}`,
);
const SCORE = 'https://rapport.example/cmi5/extensions/score';
const MISSED = 'https://rapport.example/cmi5/extensions/missed-critical';

function launchWith(masteryScore: number | undefined): Cmi5Launch {
  const parsed = parseLaunchData({
    contextTemplate: { extensions: { [CMI5.sessionId]: '5b1a7c2e-8d34-4a6f-b1c9-2e7f0a9d3c11' } },
    launchMode: 'Normal',
    moveOn: 'CompletedAndPassed',
    ...(masteryScore === undefined ? {} : { masteryScore }),
  });
  if (!params.ok || !parsed.ok) throw new Error('bad fixture');
  return { params: params.params, data: parsed.data };
}

/** Only what the ending statements read of a finished transcript. */
const finished = (met: number, total: number, mark: number, missedCritical: string[]) =>
  ({
    scenario: { id: 'critical-counter' },
    rollUp: { met, total },
    pass: { passed: false, mark, percent: total > 0 ? (met / total) * 100 : 0, missedCritical },
    turns: [],
  }) as unknown as Transcript;

const ending = (launch: Cmi5Launch, t: Transcript) => endingStatements(launch, t, '2026-11-23T09:00:00.000Z', '2026-11-23T09:05:00.000Z')[1]!;

describe('passed and failed against the masteryScore', () => {
  it('never sends a failed statement whose scaled score is at or above mastery, nor a passed one below it', () => {
    const attempt = fc
      .record({ total: fc.integer({ min: 0, max: 40 }), metShare: fc.double({ min: 0, max: 1, noNaN: true }), mastery: fc.integer({ min: 0, max: 10_000 }), critical: fc.boolean() })
      .map(({ total, metShare, mastery, critical }) => ({ total, met: Math.round(total * metShare), mastery: mastery / 10_000, critical }));
    fc.assert(
      fc.property(attempt, ({ total, met, mastery, critical }) => {
        const s = ending(launchWith(mastery), finished(met, total, 80, critical ? ['c4.1.1'] : []));
        expect(validateStatement(s).ok).toBe(true);
        const verb = s.verb.id.split('/').pop();
        const scaled = s.result?.score?.scaled;
        if (verb === 'failed') {
          expect(s.result?.success).toBe(false);
          if (scaled !== undefined) expect(scaled).toBeLessThan(mastery);
        } else {
          expect(verb).toBe('passed');
          expect(critical).toBe(false);
          if (scaled !== undefined) expect(scaled).toBeGreaterThanOrEqual(mastery);
        }
        // The score is never lost: in `score`, or (withheld from a failed statement) in the extension.
        if (total > 0) expect(scaled ?? (s.result?.extensions?.[SCORE] as { scaled: number }).scaled).toBe(Math.round((met / total) * 10_000) / 10_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports a high score that missed a critical criterion as failed, the score in an extension, naming the criterion', () => {
    const s = ending(launchWith(0.8), finished(9, 10, 80, ['c4.1.1', 'a10.2.3']));
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(s.result).toEqual({ success: false, duration: 'PT5M', extensions: { [MISSED]: ['c4.1.1', 'a10.2.3'], [SCORE]: { scaled: 0.9, raw: 9, min: 0, max: 10 } } });
    expect(s.context?.extensions?.[CMI5.masteryScore]).toBe(0.8);
  });

  it('keeps the score where the rule allows it: a failed attempt below mastery, and any attempt when the LMS sent no masteryScore', () => {
    const low = ending(launchWith(0.8), finished(5, 10, 80, ['c4.1.1']));
    expect(low.result).toEqual({ success: false, duration: 'PT5M', score: { scaled: 0.5, raw: 5, min: 0, max: 10 }, extensions: { [MISSED]: ['c4.1.1'] } });
    const noMastery = ending(launchWith(undefined), finished(10, 10, 80, ['c4.1.1']));
    expect(noMastery.result).toMatchObject({ success: false, score: { scaled: 1 }, extensions: { [MISSED]: ['c4.1.1'] } });
    expect(noMastery.result?.extensions?.[SCORE]).toBeUndefined();
    // A plain fail on the score names no criterion.
    expect(ending(launchWith(0.8), finished(2, 10, 80, [])).result).toEqual({ success: false, duration: 'PT5M', score: { scaled: 0.2, raw: 2, min: 0, max: 10 } });
  });
});
