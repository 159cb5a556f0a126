/**
 * A small but real xAPI 1.0.3 Learning Record Store, run as its own process on
 * loopback for the end-to-end tests (a college's LRS is another server, so the
 * app must meet one across a real socket, through CORS, and survive it being
 * stopped and started again):
 *
 *   node --import tsx test/support/lrs/lrsServer.ts --port 0 --data /tmp/lrs.json --key k --secret s
 *
 * prints `listening http://127.0.0.1:<port>/xapi/` once ready. It checks Basic
 * authentication and the version header, stores statements (POST or PUT, ids
 * kept, a second copy of the same statement is not stored twice, a different
 * one with the same id is a 409), answers statement queries (statementId,
 * agent, verb, activity, registration, since, until, ascending, limit, with
 * `more` links for paging), and keeps the State and Agent Profile documents.
 * With --data everything is written to that file on each change and read back
 * at start, so a restarted LRS still has what it stored. With --cmi5 strict it
 * also refuses, as an LMS's LRS may, with 403 and the rule it breaks, a cmi5
 * passed or failed statement whose scaled score is on the wrong side of the
 * masteryScore its context carries (cmi5 §9.3.4, §9.3.5).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface Stored {
  statements: Record<string, unknown>[];
  documents: Record<string, string>;
}

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const port = Number(args.get('port') ?? 0);
const dataFile = args.get('data');
const strictCmi5 = args.get('cmi5') === 'strict';
const credentials = `Basic ${Buffer.from(`${args.get('key') ?? 'rapport'}:${args.get('secret') ?? 'secret'}`).toString('base64')}`;

const store: Stored = dataFile && existsSync(dataFile) ? (JSON.parse(readFileSync(dataFile, 'utf8')) as Stored) : { statements: [], documents: {} };
const save = () => dataFile && writeFileSync(dataFile, JSON.stringify(store));

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
  'Access-Control-Expose-Headers': 'X-Experience-API-Version, ETag, X-Experience-API-Consistent-Through',
};

function send(res: ServerResponse, status: number, body?: unknown, type = 'application/json'): void {
  res.writeHead(status, { ...CORS, 'Content-Type': type, 'X-Experience-API-Version': '1.0.3', 'X-Experience-API-Consistent-Through': new Date().toISOString() });
  res.end(body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

/** The identifying part of an agent (mbox, mbox_sha1sum, openid or account), as a key. */
function agentKey(agent: unknown): string {
  const a = (agent ?? {}) as Record<string, unknown>;
  if (a.mbox) return `mbox:${String(a.mbox)}`;
  if (a.mbox_sha1sum) return `sha1:${String(a.mbox_sha1sum)}`;
  if (a.openid) return `openid:${String(a.openid)}`;
  const account = a.account as { homePage?: string; name?: string } | undefined;
  if (account) return `account:${account.homePage}|${account.name}`;
  return '';
}

/** Statement content without what the LRS adds, for telling a repeat from a conflict. */
const content = (s: Record<string, unknown>) => JSON.stringify({ ...s, stored: undefined, authority: undefined, version: undefined, timestamp: undefined });

function invalid(s: unknown): string | undefined {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return 'a statement must be an object';
  const st = s as Record<string, unknown>;
  if (!st.actor || !agentKey(st.actor)) return 'statement has no identified actor';
  if (!st.verb || typeof (st.verb as { id?: unknown }).id !== 'string') return 'statement has no verb id';
  if (!st.object) return 'statement has no object';
  if (st.id !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(String(st.id))) return `statement id ${String(st.id)} is not a UUID`;
  return undefined;
}

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

/** The rule a cmi5 passed or failed statement breaks, if any (only with --cmi5 strict). */
function breaksCmi5(s: Record<string, unknown>): string | undefined {
  const context = s.context as { contextActivities?: { category?: { id: string }[] }; extensions?: Record<string, unknown> } | undefined;
  if (!strictCmi5 || !context?.contextActivities?.category?.some((c) => c.id === CMI5_CATEGORY)) return undefined;
  const verb = String((s.verb as { id: string }).id).split('/').pop();
  const scaled = (s.result as { score?: { scaled?: number } } | undefined)?.score?.scaled;
  const mastery = context.extensions?.[MASTERY];
  if (typeof scaled !== 'number' || typeof mastery !== 'number') return undefined;
  if (verb === 'failed' && scaled >= mastery) return `cmi5 9.3.5: a failed statement's scaled score (${scaled}) must be less than the masteryScore (${mastery})`;
  if (verb === 'passed' && scaled < mastery) return `cmi5 9.3.4: a passed statement's scaled score (${scaled}) must be at least the masteryScore (${mastery})`;
  return undefined;
}

function storeStatements(list: Record<string, unknown>[]): { status: number; ids?: string[]; error?: string } {
  for (const s of list) {
    const why = invalid(s);
    if (why) return { status: 400, error: why };
    const rule = breaksCmi5(s);
    if (rule) return { status: 403, error: rule };
  }
  const withIds = list.map((s) => ({ ...s, id: String(s.id ?? randomUUID()) }));
  const fresh: Record<string, unknown>[] = [];
  for (const s of withIds) {
    const existing = store.statements.find((x) => x.id === s.id);
    if (existing && content(existing) !== content(s)) return { status: 409, error: `statement ${s.id} already stored with different content` };
    if (!existing) fresh.push(s);
  }
  const stored = new Date().toISOString();
  for (const s of fresh) store.statements.push({ ...s, timestamp: s.timestamp ?? stored, stored, version: '1.0.3', authority: { objectType: 'Agent', account: { homePage: 'http://127.0.0.1/', name: 'rapport-test-lrs' } } });
  save();
  return { status: 200, ids: withIds.map((s) => s.id) };
}

function query(url: URL): { statements: Record<string, unknown>[]; more: string } {
  const p = url.searchParams;
  const agent = p.get('agent') ? agentKey(JSON.parse(p.get('agent')!)) : undefined;
  const verb = p.get('verb');
  const activity = p.get('activity');
  const registration = p.get('registration');
  const since = p.get('since');
  const until = p.get('until');
  const ascending = p.get('ascending') === 'true';
  const limit = Math.min(Number(p.get('limit') || 100) || 100, 500);
  const offset = Number(p.get('offset') || 0);
  let found = store.statements.filter((s) => {
    if (agent && agentKey(s.actor) !== agent) return false;
    if (verb && (s.verb as { id: string }).id !== verb) return false;
    if (activity && (s.object as { id?: string }).id !== activity) return false;
    if (registration && (s.context as { registration?: string } | undefined)?.registration !== registration) return false;
    if (since && String(s.stored) <= since) return false;
    if (until && String(s.stored) > until) return false;
    return true;
  });
  found = found.slice().sort((a, b) => (ascending ? 1 : -1) * String(a.stored).localeCompare(String(b.stored)));
  const page = found.slice(offset, offset + limit);
  let more = '';
  if (offset + limit < found.length) {
    const next = new URLSearchParams(p);
    next.set('offset', String(offset + limit));
    more = `/xapi/statements?${next}`;
  }
  return { statements: page, more };
}

async function documents(req: IncomingMessage, res: ServerResponse, url: URL, kind: 'state' | 'profile'): Promise<void> {
  const p = url.searchParams;
  const agent = agentKey(JSON.parse(p.get('agent') ?? 'null'));
  if (!agent) return send(res, 400, { error: 'agent required' });
  const id = kind === 'state' ? p.get('stateId') : p.get('profileId');
  const prefix = kind === 'state' ? `state|${p.get('activityId')}|${agent}|${p.get('registration') ?? ''}|` : `profile|${agent}|`;
  if (req.method === 'GET') {
    if (id) return store.documents[prefix + id] !== undefined ? send(res, 200, store.documents[prefix + id]) : send(res, 404, { error: 'no such document' });
    return send(res, 200, Object.keys(store.documents).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
  }
  if (!id) return send(res, 400, { error: `${kind === 'state' ? 'stateId' : 'profileId'} required` });
  if (req.method === 'PUT') store.documents[prefix + id] = await read(req);
  else if (req.method === 'POST') store.documents[prefix + id] = JSON.stringify({ ...JSON.parse(store.documents[prefix + id] ?? '{}'), ...JSON.parse(await read(req)) });
  else if (req.method === 'DELETE') delete store.documents[prefix + id];
  else return send(res, 405, { error: 'method not allowed' });
  save();
  return send(res, 204);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (req.method === 'OPTIONS') return send(res, 204);
  if (url.pathname === '/xapi/about') return send(res, 200, { version: ['1.0.3'] });
  if (!url.pathname.startsWith('/xapi/')) return send(res, 404, { error: 'not found' });
  if (req.headers.authorization !== credentials) return send(res, 401, { error: 'unknown credentials' });
  if (!String(req.headers['x-experience-api-version'] ?? '').startsWith('1.0')) return send(res, 400, { error: 'X-Experience-API-Version 1.0.x required' });
  if (url.pathname === '/xapi/statements') {
    if (req.method === 'GET') {
      const id = url.searchParams.get('statementId');
      if (id) {
        const s = store.statements.find((x) => x.id === id);
        return s ? send(res, 200, s) : send(res, 404, { error: 'no such statement' });
      }
      return send(res, 200, query(url));
    }
    const body = JSON.parse((await read(req)) || 'null') as unknown;
    if (req.method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (!id) return send(res, 400, { error: 'statementId required' });
      const r = storeStatements([{ ...(body as Record<string, unknown>), id }]);
      return r.status === 200 ? send(res, 204) : send(res, r.status, { error: r.error });
    }
    if (req.method === 'POST') {
      const r = storeStatements(Array.isArray(body) ? body : [body as Record<string, unknown>]);
      return r.status === 200 ? send(res, 200, r.ids) : send(res, r.status, { error: r.error });
    }
    return send(res, 405, { error: 'method not allowed' });
  }
  if (url.pathname === '/xapi/activities/state') return documents(req, res, url, 'state');
  if (url.pathname === '/xapi/agents/profile') return documents(req, res, url, 'profile');
  return send(res, 404, { error: 'not found' });
}

const server = createServer((req, res) => {
  handle(req, res).catch((err: unknown) => send(res, 400, { error: String((err as Error).message ?? err) }));
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  process.stdout.write(`listening http://127.0.0.1:${address.port}/xapi/\n`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
