/**
 * Sends xAPI statements to a Learning Record Store, in order, exactly once.
 *
 * Everything with a side effect is injected (storage, fetch, timers) so the
 * queue runs under Node and tests drive it with a fake LRS. Statements wait in
 * storage until the LRS has them, so closing the page or going offline loses
 * nothing. Without an endpoint the queue only holds statements: nothing leaves
 * the machine unless someone configured where it should go.
 */
import { LRS_QUEUE_KEY } from './lrsQueueKey.ts';
import { classify, readReply, type LrsResponse, type Outcome, type Reply } from './lrsReply.ts';
import type { XapiStatement } from './xapiTypes.ts';
import { validateStatement } from './xapiValidate.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type { LrsResponse } from './lrsReply.ts';
/** `keepalive`: the browser finishes the request even if the page is gone by then (see sendBeforeExit). */
export type FetchLike = (url: string, init: { method: 'POST' | 'PUT'; headers: Record<string, string>; body: string; keepalive?: boolean }) => Promise<LrsResponse>;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LrsConfig {
  /** The xAPI endpoint, e.g. `https://lrs.example/xapi/`; statements go to `<endpoint>/statements`. */
  endpoint: string;
  username?: string;
  password?: string;
}

export type QueueState = 'idle' | 'no-endpoint' | 'sending' | 'waiting-to-retry' | 'refused';

/** A statement the LRS will never take, set aside so the ones after it still go: its answer is kept with it. */
export interface RejectedStatement {
  id: string;
  status: number;
  /** What the LRS said (the start of its reply), when it said anything. */
  answer?: string;
}

export interface QueueStatus {
  state: QueueState;
  pending: number;
  sent: number;
  rejected: RejectedStatement[];
  lastError?: string;
  /** The LRS's HTTP status when it refused the queue (401, 403 or 404). */
  refusedWith?: number;
  retryInMs?: number;
}

export interface LrsQueueOptions {
  storage: KeyValueStore;
  fetch: FetchLike;
  config?: LrsConfig;
  /** Without timers a failed send waits for the next `flush()`; with them it retries by itself. */
  timers?: Timers;
  storageKey?: string;
  batchSize?: number;
  backoff?: { initialMs: number; maxMs: number };
  onStatus?: (status: QueueStatus) => void;
}

interface Stored {
  pending: XapiStatement[];
  sent: string[];
  /** Kept whole, statement included, so nothing set aside is lost: a tutor can still find and resend it. */
  rejected: (RejectedStatement & { statement?: XapiStatement })[];
}

/** Browsers refuse a keepalive request once the bodies of those in flight pass 64 KiB; this leaves room for another. */
const KEEPALIVE_BYTES = 60_000;

/** Remembering this many sent ids covers every re-send we expect; beyond it, the LRS's own id check still prevents duplicates. */
const SENT_MEMORY = 10_000;

function base64Utf8(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
}

export class LrsQueue {
  private data: Stored;
  private config: LrsConfig | undefined;
  private running: Promise<QueueStatus> | undefined;
  private retryHandle: unknown;
  private failures = 0;
  private state: QueueState;
  private lastError: string | undefined;
  private refusedWith: number | undefined;
  private retryInMs: number | undefined;
  /** The LRS has stored something sent with the current credentials, so they may write: a 403 is then about the statement. */
  private proven = false;
  private readonly key: string;

  constructor(private readonly options: LrsQueueOptions) {
    this.key = options.storageKey ?? LRS_QUEUE_KEY;
    this.data = this.load();
    this.config = options.config;
    this.state = this.config?.endpoint ? 'idle' : 'no-endpoint';
  }

  private load(): Stored {
    try {
      const raw = JSON.parse(this.options.storage.getItem(this.key) ?? 'null') as Partial<Stored> | null;
      if (raw && Array.isArray(raw.pending) && Array.isArray(raw.sent)) return { pending: raw.pending, sent: raw.sent, rejected: Array.isArray(raw.rejected) ? raw.rejected : [] };
    } catch {
      // Unreadable storage is treated as empty rather than stopping the page.
    }
    return { pending: [], sent: [], rejected: [] };
  }

  private save(): void {
    this.data.sent = this.data.sent.slice(-SENT_MEMORY);
    this.options.storage.setItem(this.key, JSON.stringify(this.data));
  }

  /** Ids of the statements still waiting, oldest first. */
  pendingIds(): string[] {
    return this.data.pending.map((s) => s.id!);
  }

  status(): QueueStatus {
    const rejected = this.data.rejected.map(({ id, status, answer }) => (answer ? { id, status, answer } : { id, status }));
    const s: QueueStatus = { state: this.state, pending: this.data.pending.length, sent: this.data.sent.length, rejected };
    if (this.lastError) s.lastError = this.lastError;
    if (this.state === 'refused' && this.refusedWith !== undefined) s.refusedWith = this.refusedWith;
    if (this.retryInMs !== undefined) s.retryInMs = this.retryInMs;
    return s;
  }

  private setState(state: QueueState, error?: string): void {
    this.state = state;
    this.lastError = error;
    this.options.onStatus?.(this.status());
  }

  configure(config: LrsConfig | undefined): void {
    this.config = config?.endpoint ? config : undefined;
    this.cancelRetry();
    this.failures = 0;
    this.proven = false;
    this.setState(this.config ? 'idle' : 'no-endpoint');
  }

  /** Adds statements not already queued or sent; a statement an LRS would reject is refused here, with the reasons. */
  enqueue(statements: readonly XapiStatement[]): { added: number; duplicates: number; invalid: { id: string; errors: string[] }[] } {
    const known = new Set([...this.data.sent, ...this.data.pending.map((s) => s.id)]);
    const report = { added: 0, duplicates: 0, invalid: [] as { id: string; errors: string[] }[] };
    for (const s of statements) {
      const check = validateStatement(s);
      if (!s.id || !check.ok) report.invalid.push({ id: s.id ?? '', errors: s.id ? check.errors : ['statement has no id', ...check.errors] });
      else if (known.has(s.id)) report.duplicates++;
      else {
        known.add(s.id);
        this.data.pending.push(structuredClone(s));
        report.added++;
      }
    }
    if (report.added) this.save();
    this.options.onStatus?.(this.status());
    return report;
  }

  /**
   * Takes these statements out of the queue as rejected with `status`, keeping the record of them, so the ones
   * after them can still go (an LMS may refuse what a session it has closed left behind).
   */
  setAside(ids: ReadonlySet<string>, status: number): number {
    const aside = this.data.pending.filter((s) => ids.has(s.id!));
    if (aside.length === 0) return 0;
    this.data.pending = this.data.pending.filter((s) => !ids.has(s.id!));
    this.data.rejected.push(...aside.map((s) => ({ id: s.id!, status, statement: s })));
    this.save();
    this.options.onStatus?.(this.status());
    return aside.length;
  }

  /** Sends what is pending, oldest first; one flush at a time. */
  flush(): Promise<QueueStatus> {
    if (!this.config) {
      this.setState('no-endpoint');
      return Promise.resolve(this.status());
    }
    this.running ??= this.run(this.config).finally(() => (this.running = undefined));
    return this.running;
  }

  private headers(config: LrsConfig): Record<string, string> {
    const h: Record<string, string> = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' };
    if (config.username !== undefined || config.password !== undefined) h.Authorization = `Basic ${base64Utf8(`${config.username ?? ''}:${config.password ?? ''}`)}`;
    return h;
  }

  private url(config: LrsConfig, id?: string): string {
    const base = `${config.endpoint.replace(/\/+$/, '')}/statements`;
    return id ? `${base}?statementId=${encodeURIComponent(id)}` : base;
  }

  private async send(method: 'POST' | 'PUT', url: string, body: unknown, config: LrsConfig, keepalive = false): Promise<Reply> {
    try {
      const init = { method, headers: this.headers(config), body: JSON.stringify(body) };
      return await readReply(await this.options.fetch(url, keepalive ? { ...init, keepalive } : init));
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  private reject(s: XapiStatement, reply: { status: number; answer?: string }): void {
    this.data.pending = this.data.pending.filter((p) => p.id !== s.id);
    this.data.rejected.push({ id: s.id!, status: reply.status, ...(reply.answer ? { answer: reply.answer } : {}), statement: s });
    this.save();
  }

  private markSent(statements: readonly XapiStatement[]): void {
    const ids = new Set(statements.map((s) => s.id));
    this.data.pending = this.data.pending.filter((s) => !ids.has(s.id));
    this.data.sent.push(...ids);
    this.save();
  }

  private async run(config: LrsConfig): Promise<QueueStatus> {
    this.cancelRetry();
    this.setState('sending');
    const size = this.options.batchSize ?? 50;
    while (this.data.pending.length > 0) {
      const batch = this.data.pending.slice(0, size);
      const reply = await this.send('POST', this.url(config), batch, config);
      const posted = classify(reply, false);
      if (posted.outcome === 'stored') {
        this.proven = true;
        this.markSent(batch);
      } else if (posted.outcome === 'split') {
        const stopped = await this.oneByOne(batch, config);
        if (stopped) return stopped;
      } else return this.stop(posted.outcome, posted.why, reply);
    }
    this.failures = 0;
    this.retryInMs = undefined;
    this.setState('idle');
    return this.status();
  }

  /**
   * A batch the LRS would not take whole, sent one statement at a time (xAPI stores a batch all or nothing): what
   * it takes is stored, and a statement it refuses is set aside with its answer, so one bad statement never stops
   * the ones after it (a cmi5 session's terminated above all). A 403 is how an LMS refuses a statement that breaks
   * its rules, and also how an LRS refuses credentials that may not write: once these credentials have stored
   * anything, here or earlier, it is the statement; if every statement gets 403 and none ever got in, it is the
   * credentials, and everything stays queued until they change. Returns the status if the queue had to stop.
   */
  private async oneByOne(batch: readonly XapiStatement[], config: LrsConfig): Promise<QueueStatus | undefined> {
    const forbidden: { s: XapiStatement; reply: { status: number; answer?: string } }[] = [];
    for (const s of batch) {
      const reply = await this.send('PUT', this.url(config, s.id), s, config);
      const one = classify(reply, true);
      if (one.outcome === 'stored') {
        this.proven = true;
        this.markSent([s]);
      } else if (one.outcome === 'rejected' && !(reply instanceof Error)) this.reject(s, reply);
      else if (one.outcome === 'forbidden' && !(reply instanceof Error)) forbidden.push({ s, reply });
      else return this.stop(one.outcome, one.why, reply);
    }
    if (forbidden.length === 0) return undefined;
    if (this.proven) {
      for (const { s, reply } of forbidden) this.reject(s, reply);
      return undefined;
    }
    const first = forbidden[0]!.reply;
    return this.stop('refused', `the LRS answered 403${first.answer ? ` (${first.answer})` : ''}: check the endpoint and credentials`, first);
  }

  private stop(outcome: Outcome, why: string | undefined, reply: Reply): QueueStatus {
    if (outcome !== 'retry') {
      this.retryInMs = undefined;
      this.refusedWith = reply instanceof Error ? undefined : reply.status;
      this.setState('refused', why);
      return this.status();
    }
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 1000, maxMs: 5 * 60_000 };
    this.retryInMs = Math.min(maxMs, initialMs * 2 ** this.failures++);
    if (this.options.timers) this.retryHandle = this.options.timers.setTimeout(() => void this.flush(), this.retryInMs);
    this.setState('waiting-to-retry', why);
    return this.status();
  }

  private cancelRetry(): void {
    if (this.retryHandle !== undefined) this.options.timers?.clearTimeout(this.retryHandle);
    this.retryHandle = undefined;
  }

  /**
   * The page is going away and may never see an answer: one POST, with
   * keepalive, of the oldest pending statements that fit its body, so the
   * browser can deliver them after the page has gone. One request, so they
   * reach the LRS in order. Nothing leaves storage until the LRS has answered:
   * what did not fit or did not get through goes with the next flush (the next
   * launch, if this page is gone), and what did get through but was never
   * confirmed is recognised by its id there. Returns how many were sent.
   */
  sendBeforeExit(): number {
    const config = this.config;
    if (!config) return 0;
    const batch: XapiStatement[] = [];
    // The body is the JSON array: brackets, each statement, a comma between.
    let bytes = 2;
    for (const s of this.data.pending.slice(0, this.options.batchSize ?? 50)) {
      bytes += new TextEncoder().encode(JSON.stringify(s)).length + (batch.length > 0 ? 1 : 0);
      if (bytes > KEEPALIVE_BYTES) break;
      batch.push(s);
    }
    if (batch.length === 0) return 0;
    void this.send('POST', this.url(config), batch, config, true).then((status) => {
      // Seen only if the page lived on (kept in the back-forward cache, or the window not closed after all).
      if (classify(status, false).outcome === 'stored') {
        this.proven = true;
        this.markSent(batch);
        this.options.onStatus?.(this.status());
      }
    });
    return batch.length;
  }

  /** Stops a scheduled retry (the page is closing); pending statements stay in storage. */
  dispose(): void {
    this.cancelRetry();
  }
}
