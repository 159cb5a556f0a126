import { afterEach, describe, expect, it, vi } from 'vitest';
import { bestMoves, play } from '../../../test/support/play.ts';
import { loadScenarioFile } from '../../../test/support/scenarios.ts';
import { validateStatement } from '../../export/xapiValidate.ts';
import { lrsConfigOf, lrsQueue, sendToLrs, statementsFor } from './lrsClient.ts';
import { defaultSettings, parseSettings } from '../settings.ts';

const scenario = loadScenarioFile('scenarios/bank-queue-disruption.yaml');
const t = play(scenario, bestMoves(scenario), { learner: 'Sam Okafor' });
const HREF = 'https://college.example/rapport/index.html';

afterEach(() => vi.unstubAllGlobals());

describe('LRS settings', () => {
  it('sends nowhere without an http(s) endpoint', () => {
    expect(lrsConfigOf(defaultSettings)).toBeUndefined();
    expect(lrsConfigOf({ ...defaultSettings, lrsEndpoint: 'javascript:alert(1)' })).toBeUndefined();
    expect(lrsConfigOf({ ...defaultSettings, lrsEndpoint: 'https://lrs.example/xapi/', lrsUsername: 'key', lrsPassword: 'secret' })).toEqual({ endpoint: 'https://lrs.example/xapi/', username: 'key', password: 'secret' });
  });

  it('drops a stored endpoint that is not a web address and keeps the credentials as text', () => {
    const s = parseSettings({ lrsEndpoint: 'file:///etc/passwd', lrsUsername: 'key', lrsPassword: 42 });
    expect([s.lrsEndpoint, s.lrsUsername, s.lrsPassword]).toEqual(['', 'key', '']);
    expect(parseSettings({ lrsEndpoint: 'http://10.0.0.5:8080/xapi' }).lrsEndpoint).toBe('http://10.0.0.5:8080/xapi');
  });
});

describe('statements for a finished conversation', () => {
  const statements = statementsFor(t, HREF);

  it('are valid xAPI 1.0.3, one per turn and one for the attempt, about this learner on this deployment', () => {
    expect(statements).toHaveLength(t.turns.length + 1);
    for (const s of statements) expect(validateStatement(s)).toEqual({ ok: true, errors: [] });
    expect(statements[0]!.actor).toEqual({ objectType: 'Agent', name: 'Sam Okafor', account: { homePage: 'https://college.example/', name: 'Sam Okafor' } });
    expect(statements.at(-1)!.object.id).toBe('https://college.example/rapport/scenarios/bank-queue-disruption');
  });

  it('report the score, success and completion, with the units as context', () => {
    const attempt = statements.at(-1)!;
    expect(attempt.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(attempt.result).toMatchObject({ completion: true, success: true, score: { scaled: t.rollUp.met / t.rollUp.total, raw: t.rollUp.met, min: 0, max: t.rollUp.total } });
    expect(attempt.context?.contextActivities?.grouping?.map((a) => a.id)).toEqual(t.scenario.units.map((u) => `https://college.example/rapport/standards/${u}`));
  });
});

describe('sending', () => {
  it('sends nothing, and queues nothing, without an endpoint', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(sendToLrs(defaultSettings, t, HREF)).toBe(false);
    expect(fetch).not.toHaveBeenCalled();
    expect(lrsQueue().status().pending).toBe(0);
  });

  it('posts to the endpoint with the credentials, and never sends the same statements twice', async () => {
    const fetch = vi.fn(async () => ({ status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const settings = { ...defaultSettings, lrsEndpoint: 'https://lrs.example/xapi/', lrsUsername: 'key', lrsPassword: 'secret' };
    expect(sendToLrs(settings, t, HREF)).toBe(true);
    await lrsQueue().flush();
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, { method: string; headers: Record<string, string>; body: string }];
    expect(url).toBe('https://lrs.example/xapi/statements');
    expect(init.headers.Authorization).toBe(`Basic ${btoa('key:secret')}`);
    expect(JSON.parse(init.body).map((s: { id: string }) => s.id)).toEqual(statementsFor(t, HREF).map((s) => s.id));
    // The debrief shown again: the same statements are recognised and not sent again.
    sendToLrs(settings, t, HREF);
    await lrsQueue().flush();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps statements while the LRS cannot be reached and sends them when it can', async () => {
    const later = play(scenario, bestMoves(scenario), { learner: 'Sam Okafor', start: Date.UTC(2026, 3, 1) });
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetch);
    const settings = { ...defaultSettings, lrsEndpoint: 'https://lrs.example/xapi/' };
    sendToLrs(settings, later, HREF);
    const waiting = await lrsQueue().flush();
    expect(waiting).toMatchObject({ state: 'waiting-to-retry', pending: later.turns.length + 1 });
    lrsQueue().dispose();
    const ok = vi.fn(async () => ({ status: 200 }));
    vi.stubGlobal('fetch', ok);
    expect(await lrsQueue().flush()).toMatchObject({ state: 'idle', pending: 0 });
    expect(ok).toHaveBeenCalledTimes(1);
  });
});
