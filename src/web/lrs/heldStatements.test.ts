// @vitest-environment happy-dom
/**
 * Statements held while the Settings LRS was unreachable are sent when the app
 * next starts and when the browser comes back online, without another
 * conversation (issue 14, item 7).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bestMoves, play } from '../../../test/support/play.ts';
import { loadScenarioFile } from '../../../test/support/scenarios.ts';
import { LRS_QUEUE_KEY } from '../../export/lrsQueueKey.ts';
import { defaultSettings } from '../settings.ts';
import type { HeldProgress } from './heldStatements.ts';

const scenario = loadScenarioFile('test/fixtures/tiny-counter.yaml');
const transcript = play(scenario, bestMoves(scenario), { learner: 'Sam Okafor' });
const HREF = 'https://college.example/rapport/index.html';
const settings = { ...defaultSettings, lrsEndpoint: 'https://lrs.example/xapi/', lrsUsername: 'key', lrsPassword: 'secret' };

/** A fresh page: the modules (and so the one shared queue) loaded anew, the browser's storage kept. */
async function freshPage() {
  vi.resetModules();
  return { held: await import('./heldStatements.ts'), client: await import('./lrsClient.ts') };
}

/** An earlier page: the conversation finished while the LRS could not be reached, then the tab was closed. */
async function heldFromEarlierPage(): Promise<number> {
  const { client } = await freshPage();
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });
  client.sendToLrs(settings, transcript, HREF);
  await client.lrsQueue().flush();
  client.lrsQueue().dispose();
  return client.lrsQueue().status().pending;
}

const progressOf = (send: (s: typeof settings, on: (p: HeldProgress) => void) => () => void, s = settings) => {
  const seen: HeldProgress[] = [];
  send(s, (p) => seen.push(p));
  return seen;
};

beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('statements held from an earlier page', () => {
  it('are sent as the app starts, with no further play, and the progress says so', async () => {
    const held = await heldFromEarlierPage();
    expect(held).toBe(transcript.turns.length + 1);
    const posted: string[][] = [];
    vi.stubGlobal('fetch', async (_url: string, init: { body: string }) => {
      posted.push((JSON.parse(init.body) as { id: string }[]).map((s) => s.id));
      return { status: 200 };
    });
    const page = await freshPage();
    const seen = progressOf(page.held.sendHeldStatements);
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ held, left: 0, refused: 0, state: 'idle' }));
    expect(seen[0]).toMatchObject({ held, left: held, state: 'sending' });
    expect(posted.flat()).toEqual(page.client.statementsFor(transcript, HREF).map((s) => s.id));
    expect(JSON.parse(localStorage.getItem(LRS_QUEUE_KEY)!).pending).toEqual([]);
  });

  it('wait while the LRS is still down, and go as soon as the browser is back online', async () => {
    const held = await heldFromEarlierPage();
    let online = false;
    vi.stubGlobal('fetch', async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return { status: 200 };
    });
    const page = await freshPage();
    const seen = progressOf(page.held.sendHeldStatements);
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ held, left: held, state: 'waiting-to-retry', error: 'offline or unreachable: Failed to fetch' }));
    // The queue's next retry is a second away: the online event must not wait for it.
    online = true;
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(seen.at(-1)).toMatchObject({ left: 0, state: 'idle' }), { timeout: 500 });
    page.client.lrsQueue().dispose();
  });

  it('are left alone when nothing is held, and nothing is sent when no LRS is set', async () => {
    const fetch = vi.fn(async () => ({ status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const page = await freshPage();
    expect(progressOf(page.held.sendHeldStatements)).toEqual([]);
    await heldFromEarlierPage();
    vi.stubGlobal('fetch', fetch);
    const again = await freshPage();
    expect(progressOf(again.held.sendHeldStatements, { ...settings, lrsEndpoint: '' })).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(fetch).not.toHaveBeenCalled();
  });
});
