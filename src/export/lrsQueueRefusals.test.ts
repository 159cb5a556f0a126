/**
 * One refused statement never stops the statements after it: an LMS that
 * enforces cmi5's rules answers 403 (or 400) for the statement it will not
 * store, and the queue sets that one aside, with the LMS's answer and the
 * statement itself, and sends the rest, terminated included. Credentials that
 * may not write at all still stop the queue, keeping everything.
 */
import { describe, expect, it } from 'vitest';
import { LrsQueue, type FetchLike, type KeyValueStore } from './lrsQueue.ts';
import type { XapiStatement } from './xapiTypes.ts';

const verb = (name: string) => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': name } });
const statement = (n: number, name: string): XapiStatement => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'dana' } },
  verb: verb(name),
  object: { objectType: 'Activity', id: 'https://rapport.example/cmi5/scenarios/critical-counter' },
  timestamp: `2026-11-23T09:0${n}:00.000Z`,
});
const session = [statement(1, 'initialized'), statement(2, 'answered'), statement(3, 'completed'), statement(4, 'failed'), statement(5, 'terminated')];
const verbOf = (s: XapiStatement) => s.verb.id.split('/').pop()!;

/** An LRS that stores a batch all or nothing, and refuses what `refuse` names with its status and a reason. */
function lms(refuse: (s: XapiStatement) => number | undefined) {
  const stored: string[] = [];
  const requests: string[] = [];
  const fetch: FetchLike = async (_url, init) => {
    const body = JSON.parse(init.body) as XapiStatement | XapiStatement[];
    const list = Array.isArray(body) ? body : [body];
    requests.push(`${init.method} ${list.map(verbOf).join(',')}`);
    const bad = list.map((s) => [s, refuse(s)] as const).find(([, status]) => status !== undefined);
    if (bad) return { status: bad[1]!, text: async () => JSON.stringify({ error: `${verbOf(bad[0])} breaks cmi5 9.3.5: scaled score must be below masteryScore` }) };
    for (const s of list) if (!stored.includes(verbOf(s))) stored.push(verbOf(s));
    return { status: init.method === 'POST' ? 200 : 204 };
  };
  return { fetch, stored, requests };
}

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

const queueFor = (fetch: FetchLike, storage = memory()) => new LrsQueue({ storage, fetch, config: { endpoint: 'https://lms.example/xapi/' }, storageKey: 'q' });

describe('a statement the LRS refuses', () => {
  it('is set aside with the answer when the LMS refuses failed with 403, and terminated still goes', async () => {
    const lrs = lms((s) => (verbOf(s) === 'failed' ? 403 : undefined));
    const storage = memory();
    const queue = queueFor(lrs.fetch, storage);
    queue.enqueue(session.slice(0, 2));
    await queue.flush();
    queue.enqueue(session.slice(2));
    const status = await queue.flush();
    expect(lrs.stored).toEqual(['initialized', 'answered', 'completed', 'terminated']);
    expect(status).toMatchObject({ state: 'idle', pending: 0 });
    expect(status.rejected).toEqual([{ id: session[3]!.id, status: 403, answer: expect.stringContaining('failed breaks cmi5 9.3.5') }]);
    expect(lrs.requests).toEqual(['POST initialized,answered', 'POST completed,failed,terminated', 'PUT completed', 'PUT failed', 'PUT terminated']);
    // Kept whole in storage: set aside, not lost.
    const kept = JSON.parse(storage.data.get('q')!) as { rejected: { statement: XapiStatement }[] };
    expect(kept.rejected[0]!.statement).toEqual(session[3]);
  });

  it('is set aside when the first statement of a session is refused but a later one is stored, proving the credentials', async () => {
    const lrs = lms((s) => (verbOf(s) === 'initialized' ? 403 : undefined));
    const queue = queueFor(lrs.fetch);
    queue.enqueue(session);
    const status = await queue.flush();
    expect(lrs.stored).toEqual(['answered', 'completed', 'failed', 'terminated']);
    expect(status.rejected.map((r) => [r.id, r.status])).toEqual([[session[0]!.id, 403]]);
    expect(status.state).toBe('idle');
  });

  it('is set aside on 400 too, with what the LRS said, cut short', async () => {
    const long = 'x'.repeat(2000);
    const fetch: FetchLike = async (_url, init) => (init.body.includes('completed') ? { status: 400, text: async () => long } : { status: 200 });
    const queue = queueFor(fetch);
    queue.enqueue(session);
    const status = await queue.flush();
    expect(status.rejected).toEqual([{ id: session[2]!.id, status: 400, answer: 'x'.repeat(300) }]);
    expect(status.pending).toBe(0);
  });

  it('stops the queue, keeping every statement, when every one is forbidden and nothing ever got in: those are the credentials', async () => {
    let allowed = false;
    const fetch: FetchLike = async () => (allowed ? { status: 200 } : { status: 403, text: async () => 'key may not write statements' });
    const queue = queueFor(fetch);
    queue.enqueue(session);
    const status = await queue.flush();
    expect(status).toMatchObject({ state: 'refused', pending: session.length, rejected: [], refusedWith: 403 });
    expect(status.lastError).toBe('the LRS answered 403 (key may not write statements): check the endpoint and credentials');
    allowed = true;
    queue.configure({ endpoint: 'https://lms.example/xapi/', username: 'writer', password: 'right' });
    expect(await queue.flush()).toMatchObject({ state: 'idle', pending: 0, sent: session.length });
  });
});
