/**
 * A cmi5 session against an LMS that enforces cmi5's rules as a real one may:
 * a failed statement whose scaled score is not below the masteryScore, and
 * anything else it will not store, is answered 403 with a reason. An attempt
 * at full marks that missed a critical criterion must still be recorded, and
 * whatever the LMS refuses, terminated must reach it and the learner must be
 * able to leave.
 */
import { describe, expect, it } from 'vitest';
import { Session } from '../engine/session.ts';
import type { XapiStatement } from '../export/xapiTypes.ts';
import { fixture, tickingClock } from '../../test/support/scenarios.ts';
import { Cmi5Session } from './cmi5Session.ts';
import type { HttpFetch } from './client.ts';
import { parseLaunch } from './launch.ts';
import { CMI5 } from './statements.ts';

const scenario = fixture('critical-counter.yaml');
const actor = { objectType: 'Agent' as const, name: 'Dana Reid', account: { homePage: 'https://lms.example', name: 'dana' } };
const params = parseLaunch(
  `?${new URLSearchParams({ endpoint: 'http://lrs.test/xapi/', fetch: 'http://lms.test/fetch', actor: JSON.stringify(actor), registration: 'd9e4c5f0-3f1a-4b8e-9a55-0c2c7e6b1a01', activityId: 'https://rapport.example/cmi5/scenarios/critical-counter' })}`,
);
const launchData = { contextTemplate: { extensions: { [CMI5.sessionId]: '5b1a7c2e-8d34-4a6f-b1c9-2e7f0a9d3c11' } }, launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.6, returnURL: 'http://lms.test/return' };
const verbOf = (s: XapiStatement) => s.verb.id.split('/').pop()!;

/** The LMS: stores a batch all or nothing; refuses (403, with its reason) what breaks 9.3.5 or what `alsoRefuse` names. */
function strictLms(alsoRefuse: (s: XapiStatement) => boolean = () => false) {
  const stored: XapiStatement[] = [];
  const fetch: HttpFetch = async (url, init) => {
    const res = (status: number, body = '') => ({ status, text: async () => body });
    const u = new URL(url);
    if (u.pathname === '/fetch') return res(200, JSON.stringify({ 'auth-token': 'dG9rZW4=' }));
    if (u.pathname.endsWith('/activities/state')) return init.method === 'GET' && u.searchParams.get('stateId') === 'LMS.LaunchData' ? res(200, JSON.stringify(launchData)) : res(init.method === 'PUT' ? 204 : 404);
    if (!u.pathname.endsWith('/statements')) return res(404);
    const body = JSON.parse(init.body!) as XapiStatement | XapiStatement[];
    const list = Array.isArray(body) ? body : [body];
    for (const s of list) {
      const scaled = s.result?.score?.scaled;
      if (verbOf(s) === 'failed' && scaled !== undefined && scaled >= launchData.masteryScore) return res(403, 'cmi5 9.3.5: a failed statement must have a scaled score below the masteryScore');
      if (alsoRefuse(s)) return res(403, `${verbOf(s)} is not accepted in this session`);
    }
    stored.push(...list.filter((s) => !stored.some((x) => x.id === s.id)));
    return res(init.method === 'PUT' ? 204 : 200, '[]');
  };
  return { fetch, stored };
}

async function fullMarksMissingTheCritical(fetch: HttpFetch) {
  if (!params.ok) throw new Error('bad launch');
  const m = new Map<string, string>();
  const session = new Cmi5Session(params.params, { fetch, storage: { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) }, timers: { setTimeout: (fn) => setTimeout(fn, 0), clearTimeout: () => {} } });
  await session.connect();
  session.begin();
  const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 3, now: tickingClock() });
  const pick = (t: string) => s.choose(s.view().options.find((o) => o.text.startsWith(t))!.choice);
  pick('Sorry to keep you');
  pick("I'll fetch my manager");
  pick('Thank you for waiting');
  session.record(s.transcript());
  await session.terminate();
  return session;
}

describe('an LMS that enforces cmi5', () => {
  it('records an attempt at full marks that missed a critical criterion: failed, its score kept aside, then terminated', async () => {
    const lms = strictLms();
    const session = await fullMarksMissingTheCritical(lms.fetch);
    expect(lms.stored.map(verbOf)).toEqual(['initialized', 'answered', 'answered', 'answered', 'completed', 'failed', 'terminated']);
    const failed = lms.stored.find((s) => verbOf(s) === 'failed')!;
    expect(failed.result?.score).toBeUndefined();
    expect(failed.result?.extensions?.['https://rapport.example/cmi5/extensions/score']).toEqual({ scaled: 1, raw: 1, min: 0, max: 1 });
    expect(session.queue!.status()).toMatchObject({ state: 'idle', pending: 0, rejected: [] });
  });

  it('sets aside a statement it refuses, with its reason, and still gets terminated', async () => {
    const lms = strictLms((s) => verbOf(s) === 'completed');
    const session = await fullMarksMissingTheCritical(lms.fetch);
    expect(lms.stored.map(verbOf)).toEqual(['initialized', 'answered', 'answered', 'answered', 'failed', 'terminated']);
    expect(session.queue!.status().rejected).toEqual([{ id: expect.any(String), status: 403, answer: 'completed is not accepted in this session' }]);
  });
});
