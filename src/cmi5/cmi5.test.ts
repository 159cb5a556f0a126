import { describe, expect, it } from 'vitest';
import { Session } from '../engine/session.ts';
import { validateStatement } from '../export/xapiValidate.ts';
import { bundled, fixture, tickingClock } from '../../test/helpers.ts';
import { checkCourseStructure } from './checkCourseStructure.ts';
import { Cmi5Session } from './cmi5Session.ts';
import type { HttpFetch } from './client.ts';
import { auFor, courseStructureXml } from './courseStructure.ts';
import { parseLaunch, parseLaunchData } from './launch.ts';
import { CMI5, endingStatements, turnStatements, verdictOf, type Cmi5Launch } from './statements.ts';

const actor = { objectType: 'Agent' as const, name: 'Dana Reid', account: { homePage: 'https://lms.example', name: 'dana' } };
const registration = 'd9e4c5f0-3f1a-4b8e-9a55-0c2c7e6b1a01';
const sessionid = '5b1a7c2e-8d34-4a6f-b1c9-2e7f0a9d3c11';
const activityId = 'https://rapport.example/cmi5/scenarios/critical-counter';
const search = (over: Record<string, string> = {}) =>
  `?${new URLSearchParams({ endpoint: 'http://lrs.test/xapi/', fetch: 'http://lms.test/fetch?k=1', actor: JSON.stringify(actor), registration, activityId, ...over })}`;
const launchData = { contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/course/7' }] }, extensions: { [CMI5.sessionId]: sessionid } }, launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.6, returnURL: 'http://lms.test/return' };

describe('launch parameters', () => {
  it('reads a good launch and names every problem in a bad one', () => {
    const ok = parseLaunch(search());
    expect(ok).toMatchObject({ ok: true, params: { registration, activityId, actor } });
    const bad = parseLaunch(search({ endpoint: '', registration: 'nope', actor: '{"name":"x"}', fetch: 'javascript:alert(1)' }));
    expect(bad).toEqual({ ok: false, problems: ['endpoint is missing', 'fetch is not an http(s) address', 'registration is not a UUID', 'actor must have exactly one identifier'] });
  });

  it('refuses launch data that is not cmi5', () => {
    expect(parseLaunchData({ ...launchData, launchMode: 'Sideways', moveOn: 'Whenever', masteryScore: 2 })).toEqual({
      ok: false,
      problems: ['launchMode "Sideways" is not Normal, Browse or Review', 'moveOn "Whenever" is not a cmi5 value', 'masteryScore is not a number from 0 to 1'],
    });
  });
});

const scenario = fixture('critical-counter.yaml');
const pick = (s: Session, t: string) => s.choose(s.view().options.find((o) => o.text.startsWith(t))!.choice);
const launch = (data = launchData): Cmi5Launch => ({ params: (parseLaunch(search()) as { params: Cmi5Launch['params'] }).params, data: parseLaunchData(data).ok ? (parseLaunchData(data) as { data: Cmi5Launch['data'] }).data : (undefined as never) });

describe('cmi5 statements', () => {
  const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 3, now: tickingClock() });
  pick(s, 'Sorry to keep you');
  pick(s, "I'll fetch my manager");
  pick(s, 'Thank you for waiting');
  const t = s.transcript();

  it('fails an attempt at full marks that missed a critical criterion, with cmi5 context and mastery', () => {
    expect(verdictOf(t, 0.6)).toEqual({ scaled: 1, raw: 1, max: 1, passed: false, missedCritical: ['c4.1.1'] });
    const [completed, failed] = endingStatements(launch(), t, '2026-11-23T09:00:00.000Z', '2026-11-23T09:05:00.000Z');
    expect(completed!.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(completed!.result).toEqual({ completion: true, duration: 'PT5M' });
    expect(failed!.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(failed!.result).toMatchObject({ success: false, score: { scaled: 1 } });
    expect(failed!.context!.extensions).toEqual({ [CMI5.masteryScore]: 0.6, [CMI5.sessionId]: sessionid });
    for (const st of [completed!, failed!]) {
      expect(st.object.id).toBe(activityId);
      expect(st.context!.registration).toBe(registration);
      expect(st.context!.contextActivities!.category!.map((c) => c.id)).toEqual([CMI5.category, CMI5.moveOn]);
      expect(st.context!.contextActivities!.grouping!.map((c) => c.id)).toEqual(['https://lms.example/course/7']);
      expect(validateStatement(st)).toEqual({ ok: true, errors: [] });
    }
  });

  it('sends no completed, passed or failed outside Normal mode', () => {
    expect(endingStatements(launch({ ...launchData, launchMode: 'Browse' }), t, '2026-11-23T09:00:00.000Z', '2026-11-23T09:05:00.000Z')).toEqual([]);
  });

  it('carries each turn with its criteria as in the xAPI export, with the session and no cmi5 category', () => {
    const turns = turnStatements(launch(), t);
    expect(turns).toHaveLength(3);
    for (const st of turns) {
      expect(st.context!.extensions![CMI5.sessionId]).toBe(sessionid);
      expect(st.context!.extensions!['https://rapport.example/cmi5/extensions/evidence']).toBeInstanceOf(Array);
      expect(st.context!.contextActivities!.category).toBeUndefined();
      expect(st.context!.contextActivities!.parent![0]!.id).toBe(activityId);
      expect(validateStatement(st).ok).toBe(true);
    }
  });
});

/** A fake LMS and LRS in memory: the fetch URL, LMS.LaunchData, the statements resource, and an outage switch. */
function fakeLrs() {
  const stored: { verb: string; id: string }[] = [];
  const state = new Map<string, string>([['LMS.LaunchData', JSON.stringify(launchData)]]);
  let down = false;
  let tokens = 0;
  const fetch: HttpFetch = async (url, init) => {
    const res = (status: number, body = '') => ({ status, text: async () => body });
    if (url.startsWith('http://lms.test/fetch')) return tokens++ === 0 ? res(200, JSON.stringify({ 'auth-token': 'dG9rZW4=' })) : res(200, JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
    if (init.headers.Authorization !== 'Basic dG9rZW4=') return res(401);
    if (down) throw new TypeError('Failed to fetch');
    const u = new URL(url);
    if (u.pathname.endsWith('/activities/state')) {
      const id = u.searchParams.get('stateId')!;
      if (init.method === 'PUT') return state.set(id, init.body!), res(204);
      return state.has(id) ? res(200, state.get(id)) : res(404);
    }
    if (u.pathname.endsWith('/statements')) {
      const batch = JSON.parse(init.body!);
      for (const st of Array.isArray(batch) ? batch : [batch]) stored.push({ verb: st.verb.id.split('/').pop(), id: st.id });
      return res(200, '[]');
    }
    return res(404);
  };
  return { fetch, stored, state, setDown: (v: boolean) => (down = v) };
}

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('a cmi5 session against a fake LRS', () => {
  it('sends initialized, the turns, completed, failed and terminated once each, in order, across an outage', async () => {
    const lrs = fakeLrs();
    const pendingTimers: (() => void)[] = [];
    const timers = { setTimeout: (fn: () => void) => pendingTimers.push(fn), clearTimeout: () => {} };
    const params = (parseLaunch(search()) as { params: Cmi5Launch['params'] }).params;
    const session = new Cmi5Session(params, { fetch: lrs.fetch, storage: memory(), timers, backoff: { initialMs: 1, maxMs: 1 } });
    await session.connect();
    session.begin();
    const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 3, now: tickingClock() });
    pick(s, 'Sorry to keep you');
    session.record(s.transcript());
    await session.queue!.flush();
    lrs.setDown(true);
    pick(s, 'Let me put that right');
    session.record(s.transcript());
    await session.queue!.flush();
    expect(session.queue!.status()).toMatchObject({ state: 'waiting-to-retry', pending: 3 });
    lrs.setDown(false);
    const done = session.terminate();
    while (pendingTimers.length) pendingTimers.shift()!();
    for (let i = 0; i < 20 && lrs.stored.at(-1)?.verb !== 'terminated'; i++) {
      await new Promise((r) => setTimeout(r, 5));
      while (pendingTimers.length) pendingTimers.shift()!();
    }
    await done;
    expect(lrs.stored.map((x) => x.verb)).toEqual(['initialized', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(new Set(lrs.stored.map((x) => x.id)).size).toBe(6);
    expect(session.returnURL).toBe('http://lms.test/return');
  });
});

describe('the course structure', () => {
  const base = 'https://rapport.example/cmi5';
  const good = courseStructureXml({ id: `${base}/course`, title: 'Rapport', description: 'Role-play', lang: 'en-GB', aus: bundled().map((b) => auFor(b.scenario, base)) });

  it('is sound for every bundled scenario, masteryScore from the pass mark', () => {
    expect(checkCourseStructure(good)).toEqual([]);
    expect(good).toContain('masteryScore="0.7"');
    expect(good).toContain('<url>app/index.html?scenario=phone-abusive-caller</url>');
  });

  it('names what breaks the cmi5 rules', () => {
    const bad = good
      .replace('xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"', 'xmlns="urn:other"')
      .replace('moveOn="CompletedAndPassed"', 'moveOn="Finished"')
      .replace('masteryScore="0.7"', 'masteryScore="70"')
      .replace(/<au id="([^"]+)"/, '<au id="https://rapport.example/cmi5/course"')
      .replace(/<url>[^<]*<\/url>/, '<url></url>')
      .replace('<langstring lang="en-GB">Rapport</langstring>', '<langstring>Rapport</langstring>');
    const p = checkCourseStructure(bad);
    expect(p).toContain('courseStructure is not in the cmi5 namespace https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect(p.some((x) => /moveOn "Finished" is not one of/.test(x))).toBe(true);
    expect(p.some((x) => /masteryScore "70" is not a decimal from 0 to 1/.test(x))).toBe(true);
    expect(p.some((x) => /id https:\/\/rapport.example\/cmi5\/course is also used by course/.test(x))).toBe(true);
    expect(p.some((x) => /needs exactly one non-empty <url>/.test(x))).toBe(true);
    expect(p).toContain('course: <title> langstring has no valid lang');
    expect(checkCourseStructure('<courseStructure><course>')).toEqual(['XML: <course> is never closed']);
  });
});
