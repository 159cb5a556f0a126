import { describe, expect, it } from 'vitest';
import { xapiStatements } from '../export/xapiStatements.ts';
import type { XapiStatement } from '../export/xapiTypes.ts';
import { bankBest, billWorst } from '../../test/support/reviewRecords.ts';
import { attemptsFromLrs, LrsQueryError, type GetLike } from './lrsQuery.ts';

const actor = { objectType: 'Agent' as const, name: 'Sam', account: { homePage: 'https://college.example/', name: 'Sam' } };
const statementsOf = (...ts: ReturnType<typeof bankBest>[]): XapiStatement[] => ts.flatMap((t) => xapiStatements(t, { actor, activityBase: 'https://college.example/rapport/' }));

/** An LRS in memory that answers a verb query one statement per page, with `more` as a path from its root. */
function fakeLrs(statements: XapiStatement[], seen: string[]): GetLike {
  return async (url, init) => {
    seen.push(`${url} ${init.headers.Authorization ?? ''}`);
    const u = new URL(url);
    const found = statements.filter((s) => s.verb.id === u.searchParams.get('verb'));
    const at = Number(u.searchParams.get('at') ?? 0);
    const more = at + 1 < found.length ? `/xapi/statements?${new URLSearchParams({ verb: u.searchParams.get('verb')!, at: String(at + 1) })}` : '';
    return { ok: true, status: 200, json: async () => ({ statements: found.slice(at, at + 1), more }) };
  };
}

describe('attemptsFromLrs', () => {
  it('pages through every completing statement and gives back each transcript it carries', async () => {
    const seen: string[] = [];
    const a = bankBest();
    const b = billWorst();
    const c = { ...bankBest(), learner: 'Other', startedAt: '2026-03-09T09:00:00.000Z' };
    const { items, withoutTranscript } = await attemptsFromLrs({ endpoint: 'https://lrs.example/xapi/', username: 'key', password: 'sécret' }, fakeLrs(statementsOf(a, b, c), seen));
    expect(items.map((i) => JSON.parse(i.text))).toEqual(expect.arrayContaining([a, b, c]));
    expect(items).toHaveLength(3);
    expect(withoutTranscript).toBe(0);
    expect(seen.some((s) => s.startsWith('https://lrs.example/xapi/statements?verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fpassed&at=1'))).toBe(true);
    expect(seen[0]).toContain(`Basic ${Buffer.from('key:sécret').toString('base64')}`);
  });

  it('counts completions that carry no transcript, and says what an LRS refused', async () => {
    const old = statementsOf(bankBest()).map((s) => ({ ...s, context: { ...s.context, extensions: {} } }));
    expect((await attemptsFromLrs({ endpoint: 'https://lrs.example/xapi' }, fakeLrs(old, []))).withoutTranscript).toBe(1);
    // A cmi5 launch's "passed" or "failed" beside its "completed" (which carries the transcript) is the same attempt, not one missing.
    const registration = '6b5c5e2c-1d4b-4a38-9f5e-3a7c1e0b2d11';
    const [completed, failed] = statementsOf(billWorst(), billWorst()).filter((s) => s.verb.id.endsWith('failed'));
    const cmi5 = [{ ...completed!, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, context: { ...completed!.context, registration } }, { ...failed!, context: { registration } }];
    expect(await attemptsFromLrs({ endpoint: 'https://lrs.example/xapi' }, fakeLrs(cmi5 as XapiStatement[], []))).toMatchObject({ withoutTranscript: 0, items: [expect.anything()] });
    const refusing: GetLike = async () => ({ ok: false, status: 401, json: async () => ({}) });
    await expect(attemptsFromLrs({ endpoint: 'https://lrs.example/xapi' }, refusing)).rejects.toEqual(new LrsQueryError('HTTP 401', 401));
    const looping: GetLike = async (url) => ({ ok: true, status: 200, json: async () => ({ statements: [], more: url }) });
    await expect(attemptsFromLrs({ endpoint: 'https://lrs.example/xapi' }, looping)).resolves.toEqual({ items: [], withoutTranscript: 0 });
  });
});
