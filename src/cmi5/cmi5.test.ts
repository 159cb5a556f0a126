import type { Timers } from '../export/lrsQueue.ts';
import { describe, expect, it } from 'vitest';
import { Session } from '../engine/session.ts';
import { durationBetween } from '../export/isoDuration.ts';
import type { XapiStatement } from '../export/xapiTypes.ts';
import { validateStatement } from '../export/xapiValidate.ts';
import { bundled, fixture, tickingClock } from '../../test/support/scenarios.ts';
import { checkCourseStructure } from './checkCourseStructure.ts';
import { Cmi5Session } from './cmi5Session.ts';
import { TRANSCRIPT_STATE, type HttpFetch } from './client.ts';
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
    // cmi5 9.3.5: no scaled score at or above mastery on failed; the real one is kept in a result extension.
    expect(failed!.result).toEqual({
      success: false,
      duration: 'PT5M',
      extensions: { 'https://rapport.example/cmi5/extensions/missed-critical': ['c4.1.1'], 'https://rapport.example/cmi5/extensions/score': { scaled: 1, raw: 1, min: 0, max: 1 } },
    });
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

/**
 * A fake LMS and LRS in memory: one-time fetch URLs, the State API, and a
 * statements resource that keeps an id once (a batch holding a known id gets
 * 409, as an LRS may answer). `down` is an outage; `unanswered` is a page
 * that has gone: its requests still reach the LRS, but no answer comes back.
 */
function fakeLrs() {
  const stored: { verb: string; id: string; session: unknown; timestamp: string; duration?: string }[] = [];
  /** Every statements request that reached the LRS, in order: keepalive or not, and the verbs in it. */
  const requests: { keepalive: boolean; verbs: string[] }[] = [];
  /** Every keepalive request the page made, whether or not it got through. */
  let keepaliveCalls = 0;
  const state = new Map<string, string>([['LMS.LaunchData', JSON.stringify(launchData)]]);
  const usedKeys = new Set<string>();
  let down = false;
  let unanswered = false;
  /** A session the LMS has closed (abandoned): statements of it are refused with 403. */
  let closedSession: string | undefined;
  const fetch: HttpFetch = async (url, init) => {
    const res = (status: number, body = '') => ({ status, text: async () => body });
    if (url.startsWith('http://lms.test/fetch')) {
      const key = new URL(url).searchParams.get('k')!;
      if (usedKeys.has(key)) return res(200, JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
      usedKeys.add(key);
      return res(200, JSON.stringify({ 'auth-token': 'dG9rZW4=' }));
    }
    if (init.headers.Authorization !== 'Basic dG9rZW4=') return res(401);
    if (init.keepalive) keepaliveCalls++;
    if (down) throw new TypeError('Failed to fetch');
    const u = new URL(url);
    if (u.pathname.endsWith('/activities/state')) {
      const id = u.searchParams.get('stateId')!;
      if (init.method === 'PUT') return state.set(id, init.body!), res(204);
      return state.has(id) ? res(200, state.get(id)) : res(404);
    }
    if (u.pathname.endsWith('/statements')) {
      const body = JSON.parse(init.body!) as XapiStatement | XapiStatement[];
      const batch = Array.isArray(body) ? body : [body];
      const verbOf = (st: XapiStatement) => st.verb.id.split('/').pop()!;
      requests.push({ keepalive: init.keepalive === true, verbs: batch.map(verbOf) });
      if (closedSession && batch.some((st) => st.context?.extensions?.[CMI5.sessionId] === closedSession)) return res(403);
      const known = batch.some((st) => stored.some((x) => x.id === st.id));
      if (!known) {
        for (const st of batch) {
          const duration = st.result?.duration;
          stored.push({ verb: verbOf(st), id: st.id!, session: st.context?.extensions?.[CMI5.sessionId], timestamp: st.timestamp!, ...(duration ? { duration } : {}) });
        }
      }
      if (unanswered) return new Promise<never>(() => {});
      return known ? res(409) : res(init.method === 'PUT' ? 204 : 200, '[]');
    }
    return res(404);
  };
  return {
    fetch,
    stored,
    requests,
    state,
    keepaliveCalls: () => keepaliveCalls,
    setDown: (v: boolean) => (down = v),
    setUnanswered: (v: boolean) => (unanswered = v),
    closeSession: (id: string) => (closedSession = id),
  };
}
type FakeLrs = ReturnType<typeof fakeLrs>;

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

/** Timers that never fire: these tests say when the queue sends. */
const idle = { setTimeout: () => 0, clearTimeout: () => {} };
/** Lets the fake LRS's answers arrive. */
const settled = () => new Promise((r) => setTimeout(r, 0));
const launchedSessionB = '7c0d2e4f-1a3b-4c5d-8e9f-0a1b2c3d4e5f';

/** A launch of the registration as the LMS makes it: its own fetch URL and session id. */
async function launched(lrs: FakeLrs, storage: ReturnType<typeof memory>, launch: { key: string; sessionid?: string; now?: () => Date; timers?: Timers }) {
  lrs.state.set('LMS.LaunchData', JSON.stringify({ ...launchData, contextTemplate: { ...launchData.contextTemplate, extensions: { [CMI5.sessionId]: launch.sessionid ?? sessionid } } }));
  const params = (parseLaunch(search({ fetch: `http://lms.test/fetch?k=${launch.key}` })) as { params: Cmi5Launch['params'] }).params;
  const session = new Cmi5Session(params, { fetch: lrs.fetch, storage, timers: launch.timers ?? idle, ...(launch.now ? { now: launch.now } : {}) });
  await session.connect();
  return session;
}

/** The learner's assessment, one response at a time; the second response ends it (passed). */
const assessment = (seed = 3) => Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed, now: tickingClock() });

/** A first launch of the registration in which the learner has answered once and the LRS has everything so far. */
async function answeredOnce(lrs: FakeLrs, storage: ReturnType<typeof memory>) {
  const first = await launched(lrs, storage, { key: '1' });
  first.begin();
  const s = assessment();
  pick(s, 'Sorry to keep you');
  first.record(s.transcript());
  await first.queue!.flush();
  return { first, s };
}

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

describe('a window closed without "Return to the course"', () => {
  it('queues terminated once, timed from initialized, and sends everything pending in one keepalive request, in order', async () => {
    const lrs = fakeLrs();
    const session = await launched(lrs, memory(), { key: '1', now: tickingClock() });
    session.begin();
    const s = assessment();
    pick(s, 'Sorry to keep you');
    session.record(s.transcript());
    await session.queue!.flush();
    lrs.setDown(true);
    pick(s, 'Let me put that right');
    session.record(s.transcript());
    await session.queue!.flush();
    expect(session.pending).toBe(3);
    lrs.setDown(false);

    session.close();
    await settled();
    expect(lrs.requests.at(-1)).toEqual({ keepalive: true, verbs: ['answered', 'completed', 'passed', 'terminated'] });
    expect(lrs.requests.filter((r) => r.keepalive)).toHaveLength(1);
    const [initialized, terminated] = [lrs.stored[0]!, lrs.stored.at(-1)!];
    expect(terminated.verb).toBe('terminated');
    expect(terminated.duration).toBe(durationBetween(initialized.timestamp, terminated.timestamp));
    expect(terminated.duration).not.toBe('PT0S');

    // Back from the back-forward cache and then "Return to the course": still one terminated.
    await session.terminate();
    expect(lrs.stored.map((x) => x.verb)).toEqual(['initialized', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(session.pending).toBe(0);
  });

  it('keeps the attempt for Review mode: held in the browser until the LRS takes it, sent at pagehide and again at the next launch', async () => {
    const lrs = fakeLrs();
    const storage = memory();
    const first = await launched(lrs, storage, { key: '1' });
    first.begin();
    const s = assessment();
    lrs.setDown(true);
    pick(s, 'Sorry to keep you');
    pick(s, 'Let me put that right');
    first.record(s.transcript());
    first.close();
    await settled();
    expect(lrs.state.has(TRANSCRIPT_STATE)).toBe(false);
    // Review on this device already shows the attempt the LRS has not yet taken.
    expect(await first.recordedTranscript().catch(() => 'unreachable')).toBe('unreachable');
    lrs.setDown(false);
    expect((await first.recordedTranscript())?.turns).toHaveLength(2);

    const second = await launched(lrs, storage, { key: '2', sessionid: launchedSessionB });
    await settled();
    expect(JSON.parse(lrs.state.get(TRANSCRIPT_STATE)!)).toEqual(JSON.parse(JSON.stringify(s.transcript())));
    expect(storage.getItem('rapport.cmi5.' + second.params.registration + '.attempt')).toBe('');
  });

  it('sends the held attempt with keepalive when the window closes before the LRS has it', async () => {
    const lrs = fakeLrs();
    const session = await launched(lrs, memory(), { key: '1' });
    session.begin();
    const s = assessment();
    pick(s, 'Sorry to keep you');
    pick(s, 'Let me put that right');
    lrs.setUnanswered(true);
    session.record(s.transcript());
    session.close();
    await settled();
    expect(JSON.parse(lrs.state.get(TRANSCRIPT_STATE)!).turns).toHaveLength(2);
  });

  it('sets aside what an earlier launch left behind if the LMS refuses it (a session it has abandoned), so this session still reports', async () => {
    const lrs = fakeLrs();
    const storage = memory();
    const first = await launched(lrs, storage, { key: '1' });
    first.begin();
    await first.queue!.flush();
    const s = assessment();
    lrs.setDown(true);
    pick(s, 'Sorry to keep you');
    first.record(s.transcript());
    first.close();
    await settled();
    lrs.setDown(false);
    lrs.closeSession(sessionid);

    const pendingTimers: (() => void)[] = [];
    const timers = { setTimeout: (fn: () => void) => pendingTimers.push(fn), clearTimeout: () => {} };
    const second = await launched(lrs, storage, { key: '2', sessionid: launchedSessionB, timers });
    second.begin();
    for (let i = 0; i < 10 && lrs.stored.at(-1)?.session !== launchedSessionB; i++) {
      await settled();
      while (pendingTimers.length) pendingTimers.shift()!();
    }
    expect(lrs.stored.map((x) => [x.verb, x.session])).toEqual([
      ['initialized', sessionid],
      ['initialized', launchedSessionB],
    ]);
    // Kept as rejected, with the LRS's answer, not silently dropped.
    expect(second.queue!.status().rejected.map((r) => r.status)).toEqual([403, 403]);
  });

  it('keeps what did not get through, and the next launch of the registration sends it first, in order, once', async () => {
    const lrs = fakeLrs();
    const storage = memory();
    const { first, s } = await answeredOnce(lrs, storage);
    lrs.setDown(true);
    pick(s, 'Let me put that right');
    first.record(s.transcript());
    first.close();
    await settled();
    // The statements, then the attempt for Review mode: neither got through.
    expect(lrs.keepaliveCalls()).toBe(2);
    expect(lrs.stored.map((x) => x.verb)).toEqual(['initialized', 'answered']);

    lrs.setDown(false);
    const second = await launched(lrs, storage, { key: '2', sessionid: launchedSessionB });
    second.begin();
    await second.queue!.flush();
    expect(lrs.stored.map((x) => [x.verb, x.session])).toEqual([
      ['initialized', sessionid],
      ['answered', sessionid],
      ['answered', sessionid],
      ['completed', sessionid],
      ['passed', sessionid],
      ['terminated', sessionid],
      ['initialized', launchedSessionB],
    ]);
    expect(lrs.requests.filter((r) => r.keepalive)).toHaveLength(0);
  });

  it('sends again at the next launch what reached the LRS unanswered as the page went, and the LRS keeps each statement once', async () => {
    const lrs = fakeLrs();
    const storage = memory();
    const { first, s } = await answeredOnce(lrs, storage);
    lrs.setUnanswered(true);
    first.close();
    await settled();
    expect(lrs.requests.at(-1)).toEqual({ keepalive: true, verbs: ['terminated'] });

    lrs.setUnanswered(false);
    const second = await launched(lrs, storage, { key: '2', sessionid: launchedSessionB });
    second.begin();
    await second.queue!.flush();
    // Resent, and recognised by its id.
    expect(lrs.requests.filter((r) => r.verbs.includes('terminated')).length).toBeGreaterThan(1);
    expect(lrs.stored.map((x) => x.verb)).toEqual(['initialized', 'answered', 'terminated', 'initialized']);
    expect(second.queue!.status()).toMatchObject({ state: 'idle', pending: 0, rejected: [] });
  });
});

describe('one result per registration', () => {
  const played = (seed: number) => {
    const s = assessment(seed);
    pick(s, 'Sorry to keep you');
    pick(s, 'Let me put that right');
    return s.transcript();
  };

  it('reports completed and passed or failed once: never for a later attempt in the launch, nor at a later launch in this browser or another', async () => {
    const lrs = fakeLrs();
    const storage = memory();
    const first = await launched(lrs, storage, { key: '1' });
    expect(first.recordsResult).toBe(true);
    first.begin();
    first.record(played(3));
    expect(first.recordsResult).toBe(false);
    first.record(played(4));
    await first.terminate();
    expect(lrs.stored.map((x) => x.verb)).toEqual(['initialized', 'answered', 'answered', 'completed', 'passed', 'terminated']);
    expect(lrs.state.has(TRANSCRIPT_STATE)).toBe(true);

    const later = await launched(lrs, storage, { key: '2', sessionid: launchedSessionB });
    expect(later.recordsResult).toBe(false);
    later.begin();
    later.record(played(5));
    await later.terminate();
    expect(lrs.stored.slice(6).map((x) => x.verb)).toEqual(['initialized', 'answered', 'answered', 'terminated']);

    // Another browser knows from the attempt the LRS keeps; without it, the registration's result is still to come.
    expect((await launched(lrs, memory(), { key: '3' })).recordsResult).toBe(false);
    lrs.state.delete(TRANSCRIPT_STATE);
    expect((await launched(lrs, memory(), { key: '4' })).recordsResult).toBe(true);
    expect((await launched(lrs, storage, { key: '5' })).recordsResult).toBe(false);
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
