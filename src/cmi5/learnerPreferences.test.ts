import { describe, expect, it, vi } from 'vitest';
import { Cmi5Session } from './cmi5Session.ts';
import type { HttpFetch } from './client.ts';
import { parseLaunch } from './launch.ts';
import { LEARNER_PREFERENCES, parseLearnerPreferences, preferredLanguage } from './learnerPreferences.ts';

const supported = ['en-GB', 'cy'] as const;

describe('cmi5LearnerPreferences', () => {
  it('reads the languages in order and the audio preference', () => {
    expect(parseLearnerPreferences({ languagePreference: 'cy-GB, en-US,fr-FR', audioPreference: 'off' })).toEqual({ languages: ['cy-GB', 'en-US', 'fr-FR'], audio: 'off' });
    expect(parseLearnerPreferences({ languagePreference: 'en-GB', audioPreference: 'ON' })).toEqual({ languages: ['en-GB'], audio: 'on' });
  });

  it('reads nonsense as no preference, never as an error', () => {
    for (const raw of [undefined, null, 'cy', 42, [], { languagePreference: 7, audioPreference: 'loud' }, { languagePreference: '<script>, ,__proto__' }]) {
      expect(parseLearnerPreferences(raw)).toEqual({ languages: [] });
    }
  });

  it('picks the first language Rapport speaks: exact, else the same language in another region', () => {
    const pick = (languagePreference: string) => preferredLanguage(parseLearnerPreferences({ languagePreference }), supported);
    expect(pick('cy')).toBe('cy');
    expect(pick('CY-gb,en-GB')).toBe('cy');
    expect(pick('fr-FR,cy,en-GB')).toBe('cy');
    expect(pick('en-US,cy')).toBe('en-GB');
    expect(pick('en-GB')).toBe('en-GB');
    expect(pick('fr-FR,de-DE')).toBeUndefined();
    expect(pick('')).toBeUndefined();
  });
});

describe('a launch reads the preferences from the Agent Profile', () => {
  const actor = { objectType: 'Agent' as const, account: { homePage: 'https://lms.example', name: 'dana' } };
  const parsed = parseLaunch(
    `?${new URLSearchParams({ endpoint: 'http://lrs.test/xapi/', fetch: 'http://lms.test/fetch', actor: JSON.stringify(actor), registration: 'd9e4c5f0-3f1a-4b8e-9a55-0c2c7e6b1a01', activityId: 'https://rapport.example/cmi5/scenarios/x' })}`,
  );
  const launchData = { contextTemplate: {}, launchMode: 'Browse', moveOn: 'NotApplicable' };
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  async function connectWith(profile: (url: URL) => { status: number; body?: string }) {
    const asked: URL[] = [];
    const fetch: HttpFetch = async (url, init) => {
      const res = (status: number, body = '') => ({ status, text: async () => body });
      const u = new URL(url);
      if (u.pathname === '/fetch') return res(200, JSON.stringify({ 'auth-token': 'dG9rZW4=' }));
      if (u.pathname.endsWith('/activities/state')) return res(200, JSON.stringify(launchData));
      if (u.pathname.endsWith('/agents/profile') && init.method === 'GET') {
        asked.push(u);
        const r = profile(u);
        return res(r.status, r.body);
      }
      return res(404);
    };
    if (!parsed.ok) throw new Error('bad launch');
    const session = new Cmi5Session(parsed.params, { fetch, storage: memory(), timers: { setTimeout: (fn) => setTimeout(fn, 0), clearTimeout: () => {} }, backoff: { initialMs: 0, maxMs: 0 } });
    await session.connect();
    return { session, asked };
  }

  it('asks for cmi5LearnerPreferences of the launch actor, with the token, and keeps them', async () => {
    const { session, asked } = await connectWith(() => ({ status: 200, body: JSON.stringify({ languagePreference: 'cy', audioPreference: 'off' }) }));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.searchParams.get('profileId')).toBe(LEARNER_PREFERENCES);
    expect(JSON.parse(asked[0]!.searchParams.get('agent')!)).toEqual(actor);
    expect(session.preferences).toEqual({ languages: ['cy'], audio: 'off' });
  });

  it('goes on without preferences when there are none, they are forbidden, unreadable or the store keeps failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const answer of [{ status: 404 }, { status: 403 }, { status: 200, body: 'not json' }, { status: 503 }]) {
      const { session } = await connectWith(() => answer);
      expect(session.launch?.data.launchMode).toBe('Browse');
      expect(session.preferences).toEqual({ languages: [] });
    }
    // None kept (404) is no failure; the others are noted for whoever looks at the console.
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });
});
