/**
 * The test LRS behaves as an xAPI LRS must for the tests that rely on it:
 * authentication, storing without duplicates, conflicts, queries with paging,
 * documents, and keeping its data across a stop and a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLrs, type LrsProcess } from './lrsProcess.ts';

const actor = { objectType: 'Agent', account: { homePage: 'https://college.example', name: 'ann' } };
const statement = (id: string, verb = 'answered') => ({ id, actor, verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` }, object: { id: 'https://college.example/rapport/scenarios/x' } });
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the test LRS process', () => {
  let lrs: LrsProcess;
  let headers: Record<string, string>;
  beforeAll(async () => {
    lrs = await startLrs();
    headers = { Authorization: `Basic ${Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
  });
  afterAll(() => lrs.stop());

  it('refuses unknown credentials and a missing version header', async () => {
    expect((await fetch(`${lrs.endpoint}statements`, { headers: { ...headers, Authorization: 'Basic eDp5' } })).status).toBe(401);
    expect((await fetch(`${lrs.endpoint}statements`, { headers: { Authorization: headers.Authorization! } })).status).toBe(400);
  });

  it('stores statements once, refuses a different one with the same id, and pages queries', async () => {
    const post = (body: unknown) => fetch(`${lrs.endpoint}statements`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await post(Array.from({ length: 150 }, (_, i) => statement(uuid(i))))).status).toBe(200);
    expect((await post(statement(uuid(1)))).status).toBe(200);
    expect((await post(statement(uuid(1), 'failed'))).status).toBe(409);
    expect(await lrs.statements()).toHaveLength(150);
    expect(await lrs.statements({ verb: 'http://adlnet.gov/expapi/verbs/failed' })).toHaveLength(0);
  });

  it('keeps its statements and documents across a stop and a restart on the same port', async () => {
    const profile = `${lrs.endpoint}agents/profile?${new URLSearchParams({ agent: JSON.stringify(actor), profileId: 'cmi5LearnerPreferences' })}`;
    expect((await fetch(profile, { method: 'PUT', headers, body: JSON.stringify({ languagePreference: 'cy', audioPreference: 'off' }) })).status).toBe(204);
    await lrs.stop();
    await expect(fetch(`${lrs.endpoint}statements`, { headers })).rejects.toThrow();
    await lrs.restart();
    expect(await lrs.statements()).toHaveLength(150);
    expect(await (await fetch(profile, { headers })).json()).toEqual({ languagePreference: 'cy', audioPreference: 'off' });
  });
});

describe('the test LRS with cmi5 rules', () => {
  it('refuses, with 403 and the rule, a failed statement scored at or above its masteryScore, and a passed one below it', async () => {
    const lrs = await startLrs({ strictCmi5: true });
    try {
      const headers = { Authorization: `Basic ${Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64')}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
      const cmi5 = (n: number, verb: string, scaled: number) => ({
        ...statement(uuid(n), verb),
        result: { score: { scaled } },
        context: { contextActivities: { category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }] }, extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore': 0.8 } },
      });
      const post = (body: unknown) => fetch(`${lrs.endpoint}statements`, { method: 'POST', headers, body: JSON.stringify(body) });
      const failedHigh = await post(cmi5(1, 'failed', 0.9));
      expect(failedHigh.status).toBe(403);
      expect(((await failedHigh.json()) as { error: string }).error).toMatch(/^cmi5 9\.3\.5/);
      expect((await post(cmi5(2, 'passed', 0.5))).status).toBe(403);
      expect((await post([cmi5(3, 'failed', 0.5), cmi5(4, 'passed', 0.8)])).status).toBe(200);
      // Still strict after a restart.
      await lrs.stop();
      await lrs.restart();
      expect((await post(cmi5(5, 'failed', 0.8))).status).toBe(403);
      expect(await lrs.statements()).toHaveLength(2);
    } finally {
      await lrs.stop();
    }
  });
});
