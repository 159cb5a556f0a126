/**
 * The front of an LMS, in front of the real test LRS process (startLrs): it
 * writes LMS.LaunchData and the learner's cmi5LearnerPreferences into the LRS
 * as an LMS does before a launch, answers the one-time fetch URL with a token
 * the LRS accepts, and serves the page the learner returns to.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { LrsProcess } from '../support/lrs/lrsProcess.ts';

export interface LmsFront {
  url: string;
  /** Prepares the LRS for a launch and returns the AU's launch URL. */
  launch(au: string, options: { registration: string; activityId: string; actor: Record<string, unknown>; launchData: Record<string, unknown>; preferences?: Record<string, unknown> }): Promise<string>;
  close(): Promise<void>;
}

export async function startLmsFront(lrs: LrsProcess): Promise<LmsFront> {
  const token = Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64');
  const headers = { Authorization: `Basic ${token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
  const unused = new Set<string>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'POST, OPTIONS', 'Access-Control-Allow-Headers': 'Content-Type' };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    if (path === '/return') return res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Back at the LMS</title><h1>Back at the LMS</h1>');
    if (path.startsWith('/fetch/') && req.method === 'POST') {
      const key = path.slice('/fetch/'.length);
      const body = unused.delete(key) ? { 'auth-token': token } : { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' };
      return res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}/`;

  const put = async (resource: string, params: Record<string, string>, body: unknown) => {
    const r = await fetch(`${lrs.endpoint}${resource}?${new URLSearchParams(params)}`, { method: 'PUT', headers, body: JSON.stringify(body) });
    if (r.status !== 204) throw new Error(`the LRS answered ${r.status} to ${resource}`);
  };

  return {
    url,
    async launch(au, { registration, activityId, actor, launchData, preferences }) {
      await put('activities/state', { stateId: 'LMS.LaunchData', activityId, agent: JSON.stringify(actor), registration }, launchData);
      if (preferences) await put('agents/profile', { profileId: 'cmi5LearnerPreferences', agent: JSON.stringify(actor) }, preferences);
      const key = randomUUID();
      unused.add(key);
      const q = new URLSearchParams({ endpoint: lrs.endpoint, fetch: `${url}fetch/${key}`, actor: JSON.stringify(actor), registration, activityId });
      return `${au}${au.includes('?') ? '&' : '?'}${q}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
