/**
 * A small LMS and a real xAPI endpoint on 127.0.0.1 (node:http), enough for a
 * cmi5 launch: the one-time fetch URL, the State API, and a statements
 * resource that stores and returns what it is sent. `outage` makes it answer
 * 503 or drop connections until told otherwise.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface StoredStatement {
  id: string;
  verb: { id: string };
  object: { id: string };
  result?: Record<string, unknown>;
  context?: { registration?: string; contextActivities?: Record<string, { id: string }[]>; extensions?: Record<string, unknown> };
  [k: string]: unknown;
}

export interface FakeLms {
  url: string;
  statements: StoredStatement[];
  /** Every statement POST or PUT that reached us, refused or not. */
  attempts: number;
  /** The same requests in order: the verbs each carried and what became of it. */
  requests: { verbs: string[]; outcome: number | 'dropped' }[];
  outage: 'none' | '503' | 'drop';
  launchData(registration: string, data: Record<string, unknown>): void;
  /** A launch URL for the AU, as the LMS would open it. */
  launchUrl(auUrl: string, options: { registration: string; activityId: string; actor: Record<string, unknown> }): string;
  state: Map<string, string>;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

export async function startFakeLms(): Promise<FakeLms> {
  const tokens = new Map<string, string | undefined>();
  const lms: FakeLms = {
    url: '',
    statements: [],
    attempts: 0,
    requests: [],
    outage: 'none',
    state: new Map(),
    launchData(registration, data) {
      this.state.set(`LMS.LaunchData|${registration}`, JSON.stringify(data));
    },
    launchUrl(auUrl, { registration, activityId, actor }) {
      const key = randomUUID();
      tokens.set(key, undefined);
      const q = new URLSearchParams({ endpoint: `${lms.url}xapi/`, fetch: `${lms.url}fetch/${key}`, actor: JSON.stringify(actor), registration, activityId });
      return `${auUrl}${auUrl.includes('?') ? '&' : '?'}${q}`;
    },
    close: async () => void (await new Promise((r) => server.close(r))),
  };
  const issued = new Set<string>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body?: unknown, type = 'application/json') => {
      res.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*', 'X-Experience-API-Version': '1.0.3' });
      res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', lms.url);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
        'Access-Control-Max-Age': '0',
      });
      return res.end();
    }
    if (url.pathname === '/return') return send(200, '<!doctype html><title>Back at the LMS</title><h1>Back at the LMS</h1>', 'text/html');
    if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
      const key = url.pathname.slice('/fetch/'.length);
      if (!tokens.has(key)) return send(200, { 'error-code': '3', 'error-text': 'unknown launch' });
      if (tokens.get(key)) return send(200, { 'error-code': '1', 'error-text': 'already in use' });
      const token = Buffer.from(`lms:${randomUUID()}`).toString('base64');
      tokens.set(key, token);
      issued.add(token);
      return send(200, { 'auth-token': token });
    }
    if (!url.pathname.startsWith('/xapi/')) return send(404, { error: 'not found' });
    const auth = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!auth || !issued.has(auth)) return send(401, { error: 'no or unknown token' });
    if (req.headers['x-experience-api-version'] !== '1.0.3') return send(400, { error: 'X-Experience-API-Version 1.0.3 required' });

    if (url.pathname === '/xapi/activities/state') {
      const key = `${url.searchParams.get('stateId')}|${url.searchParams.get('registration')}`;
      if (req.method === 'GET') return lms.state.has(key) ? send(200, lms.state.get(key)) : send(404, { error: 'no such state' });
      if (req.method === 'PUT') {
        if (lms.outage !== 'none') return lms.outage === 'drop' ? req.socket.destroy() : send(503, { error: 'down' });
        lms.state.set(key, await read(req));
        return send(204);
      }
    }
    if (url.pathname === '/xapi/statements') {
      if (req.method === 'GET') return send(200, { statements: lms.statements, more: '' });
      lms.attempts++;
      const body = JSON.parse(await read(req)) as StoredStatement | StoredStatement[];
      const list = Array.isArray(body) ? body : [body];
      const request: FakeLms['requests'][number] = { verbs: list.map((s) => s.verb.id.split('/').pop()!), outcome: 'dropped' };
      lms.requests.push(request);
      if (lms.outage === 'drop') return req.socket.destroy();
      if (lms.outage === '503') return send((request.outcome = 503), { error: 'the LRS is down for maintenance' });
      for (const s of list) {
        if (lms.statements.some((x) => x.id === s.id)) return send((request.outcome = 409), { error: `statement ${s.id} already stored` });
      }
      lms.statements.push(...list);
      request.outcome = req.method === 'PUT' ? 204 : 200;
      return send(request.outcome, req.method === 'PUT' ? undefined : list.map((s) => s.id));
    }
    return send(405, { error: 'method not allowed' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  lms.url = `http://127.0.0.1:${address.port}/`;
  return lms;
}
