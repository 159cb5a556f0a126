import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../scenario/canonicalJson.ts';
import { LrsQueue, type FetchLike, type KeyValueStore, type LrsQueueOptions, type Timers } from './lrsQueue.ts';
import { bestMoves, play } from '../../test/support/play.ts';
import { loadScenarioFile } from '../../test/support/scenarios.ts';
import { xapiStatements } from './xapiStatements.ts';
import type { XapiStatement } from './xapiTypes.ts';

const scenario = loadScenarioFile('test/fixtures/tiny-counter.yaml');
const statements = xapiStatements(play(scenario, bestMoves(scenario)), {
  actor: { mbox: 'mailto:alex@college.example' },
  activityBase: 'https://college.example/rapport',
});
const config = { endpoint: 'https://lrs.example/xapi/', username: 'key', password: 'sécret' };

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

/** An LRS that keeps statements by id as xAPI 1.0.3 says: a known id with the same content is not stored again, with different content is a conflict. */
class FakeLrs {
  readonly stored = new Map<string, XapiStatement>();
  readonly order: string[] = [];
  readonly requests: { method: string; url: string; headers: Record<string, string>; ids: string[] }[] = [];
  /** Answers to force, one per request, before the LRS's own behaviour: a status, 'offline', or 'lost' (stored, but the reply never arrives). */
  script: (number | 'offline' | 'lost')[] = [];

  private keep(s: XapiStatement): 'new' | 'same' | 'conflict' {
    const had = this.stored.get(s.id);
    if (!had) {
      this.stored.set(s.id, s);
      this.order.push(s.id);
      return 'new';
    }
    return canonicalJson(had) === canonicalJson(s) ? 'same' : 'conflict';
  }

  fetch: FetchLike = async (url, init) => {
    const body = JSON.parse(init.body) as XapiStatement | XapiStatement[];
    const list = Array.isArray(body) ? body : [body];
    this.requests.push({ method: init.method, url, headers: init.headers, ids: list.map((s) => s.id) });
    const forced = this.script.shift();
    if (forced === 'offline') throw new TypeError('Failed to fetch');
    if (typeof forced === 'number') return { status: forced };
    if (init.method === 'POST') {
      if (list.some((s) => this.stored.has(s.id) && canonicalJson(this.stored.get(s.id)) !== canonicalJson(s))) return { status: 409 };
      for (const s of list) this.keep(s);
    } else {
      const id = new URL(url).searchParams.get('statementId');
      if (id !== list[0]!.id) return { status: 400 };
      if (this.keep(list[0]!) === 'conflict') return { status: 409 };
    }
    if (forced === 'lost') throw new TypeError('connection reset');
    return { status: init.method === 'POST' ? 200 : 204 };
  };
}

class FakeTimers implements Timers {
  pending: { fn: () => void; ms: number; handle: number }[] = [];
  private next = 0;
  setTimeout(fn: () => void, ms: number) {
    this.pending.push({ fn, ms, handle: ++this.next });
    return this.next;
  }
  clearTimeout(handle: unknown) {
    this.pending = this.pending.filter((p) => p.handle !== handle);
  }
  /** Fires the earliest timer and returns its delay. */
  fire(): number {
    const p = this.pending.shift();
    if (!p) throw new Error('no timer set');
    p.fn();
    return p.ms;
  }
}

function setup(overrides: Partial<LrsQueueOptions> = {}) {
  const lrs = new FakeLrs();
  const storage = memoryStore();
  const timers = new FakeTimers();
  const queue = new LrsQueue({ storage, fetch: lrs.fetch, config, timers, batchSize: 2, ...overrides });
  return { lrs, storage, timers, queue };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LrsQueue', () => {
  it('sends nothing, ever, without an endpoint', async () => {
    const { lrs, queue } = setup({ config: undefined });
    expect(queue.enqueue(statements).added).toBe(statements.length);
    expect((await queue.flush()).state).toBe('no-endpoint');
    expect(lrs.requests).toEqual([]);
    expect(queue.status().pending).toBe(statements.length);
    queue.configure({ endpoint: '' });
    await queue.flush();
    expect(lrs.requests).toEqual([]);
  });

  it('POSTs in order, in batches, with Basic auth and the xAPI version header', async () => {
    const { lrs, queue } = setup();
    queue.enqueue(statements);
    const status = await queue.flush();
    expect(status).toMatchObject({ state: 'idle', pending: 0, sent: statements.length });
    expect(lrs.order).toEqual(statements.map((s) => s.id));
    expect(lrs.requests.every((r) => r.method === 'POST' && r.url === 'https://lrs.example/xapi/statements')).toBe(true);
    expect(statements.length).toBe(3);
    expect(lrs.requests.map((r) => r.ids)).toEqual([[statements[0]!.id, statements[1]!.id], [statements[2]!.id]]);
    const h = lrs.requests[0]!.headers;
    expect(h['X-Experience-API-Version']).toBe('1.0.3');
    expect(h['Content-Type']).toBe('application/json');
    expect(Buffer.from(h.Authorization!.replace(/^Basic /, ''), 'base64').toString('utf8')).toBe('key:sécret');
  });

  it('never queues or sends a statement twice', async () => {
    const { lrs, queue } = setup();
    expect(queue.enqueue([...statements, ...statements])).toMatchObject({ added: statements.length, duplicates: statements.length });
    await queue.flush();
    expect(queue.enqueue(statements)).toMatchObject({ added: 0, duplicates: statements.length });
    await queue.flush();
    expect(lrs.stored.size).toBe(statements.length);
    expect(lrs.requests.flatMap((r) => r.ids)).toHaveLength(statements.length);
  });

  it('refuses a statement an LRS would reject, and says why', () => {
    const { queue } = setup();
    const bad = { ...statements[0]!, id: 'x-1', timestamp: 'yesterday' };
    const r = queue.enqueue([bad]);
    expect(r.added).toBe(0);
    expect(r.invalid[0]!.errors.join()).toMatch(/statement\.id.*|timestamp/);
  });

  it('waits and retries with growing delays while offline, then sends everything in order', async () => {
    const { lrs, queue, timers } = setup();
    queue.enqueue(statements);
    lrs.script = ['offline', 'offline', 503];
    expect((await queue.flush()).state).toBe('waiting-to-retry');
    expect(timers.pending.map((p) => p.ms)).toEqual([1000]);
    timers.fire();
    await settle();
    expect(timers.pending.map((p) => p.ms)).toEqual([2000]);
    timers.fire();
    await settle();
    expect(queue.status()).toMatchObject({ state: 'waiting-to-retry', retryInMs: 4000, lastError: 'the LRS answered 503' });
    timers.fire();
    await settle();
    expect(queue.status()).toMatchObject({ state: 'idle', pending: 0 });
    expect(lrs.order).toEqual(statements.map((s) => s.id));
    expect(timers.pending).toEqual([]);
  });

  it('caps the delay between retries', async () => {
    const { lrs, queue, timers } = setup({ backoff: { initialMs: 1000, maxMs: 3000 } });
    queue.enqueue(statements);
    lrs.script = ['offline', 'offline', 'offline', 'offline'];
    await queue.flush();
    const delays = [];
    for (let i = 0; i < 3; i++) {
      delays.push(timers.fire());
      await settle();
    }
    expect(delays).toEqual([1000, 2000, 3000]);
    expect(timers.pending.map((p) => p.ms)).toEqual([3000]);
  });

  it('does not duplicate when the LRS stored a batch but the reply was lost', async () => {
    const { lrs, queue, timers } = setup();
    queue.enqueue(statements);
    lrs.script = ['lost'];
    await queue.flush();
    timers.fire();
    await settle();
    expect(queue.status().pending).toBe(0);
    expect(lrs.stored.size).toBe(statements.length);
    expect(lrs.order).toEqual(statements.map((s) => s.id));
  });

  it('on 409 sends the batch one by one with PUT, counting 204 and 409 as stored', async () => {
    const { lrs, queue } = setup();
    const [first, second] = statements as [XapiStatement, XapiStatement];
    lrs.stored.set(first.id, { ...first, timestamp: '2020-01-01T00:00:00Z' }); // the LRS already has that id, differently
    queue.enqueue([first, second]);
    const status = await queue.flush();
    expect(status).toMatchObject({ state: 'idle', pending: 0, sent: 2, rejected: [] });
    expect(lrs.requests.map((r) => r.method)).toEqual(['POST', 'PUT', 'PUT']);
    expect(lrs.requests[1]!.url).toBe(`https://lrs.example/xapi/statements?statementId=${first.id}`);
    expect(lrs.stored.get(first.id)!.timestamp).toBe('2020-01-01T00:00:00Z');
    expect(lrs.stored.get(second.id)).toEqual(second);
  });

  it('sets aside a statement the LRS rejects and sends the ones after it', async () => {
    const { lrs, queue } = setup();
    queue.enqueue(statements.slice(0, 2));
    lrs.script = [400, 400];
    const status = await queue.flush();
    expect(status.rejected).toEqual([{ id: statements[0]!.id, status: 400 }]);
    expect([...lrs.stored.keys()]).toEqual([statements[1]!.id]);
  });

  it('stops without retrying when the LRS refuses the credentials, until reconfigured', async () => {
    const { lrs, queue, timers } = setup();
    queue.enqueue(statements);
    lrs.script = [401];
    expect(await queue.flush()).toMatchObject({ state: 'refused', pending: statements.length });
    expect(timers.pending).toEqual([]);
    queue.configure({ ...config, password: 'right' });
    expect((await queue.flush()).pending).toBe(0);
  });

  it('keeps pending and sent ids in storage, so a reloaded page carries on without duplicates', async () => {
    const { lrs, storage, queue } = setup();
    queue.enqueue(statements);
    lrs.script = [200, 'offline'];
    await queue.flush();
    queue.dispose();
    const reloaded = new LrsQueue({ storage, fetch: lrs.fetch, config, batchSize: 2 });
    expect(reloaded.status()).toMatchObject({ pending: statements.length - 2, sent: 2 });
    expect(reloaded.enqueue(statements).added).toBe(0);
    await reloaded.flush();
    expect(reloaded.status().pending).toBe(0);
    expect(lrs.requests.flatMap((r) => r.ids).filter((id) => id === statements[0]!.id)).toHaveLength(1);
  });

  it('treats unreadable storage as an empty queue', () => {
    const storage = memoryStore();
    storage.setItem('rapport.lrsQueue', '{not json');
    expect(new LrsQueue({ storage, fetch: new FakeLrs().fetch }).status()).toMatchObject({ pending: 0, sent: 0 });
  });

  it('runs one flush at a time', async () => {
    const { lrs, queue } = setup();
    queue.enqueue(statements);
    const [a, b] = [queue.flush(), queue.flush()];
    expect(a).toBe(b);
    await a;
    expect(lrs.requests.flatMap((r) => r.ids)).toHaveLength(statements.length);
  });
});
