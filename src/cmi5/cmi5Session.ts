/**
 * One cmi5 session from launch to return: get the token and the launch data,
 * send initialized, the turns as they are taken, completed and passed or
 * failed at the end (Normal mode, once per registration), terminated on the
 * way out (by "Return to the course", or as the page is closed), then go back
 * to the LMS's returnURL. Statements wait in an LrsQueue (stored, in order,
 * each once), so an LRS error, a lost connection or a closed window delays
 * them and loses none. No DOM here: the page wires it to the app (src/game/cmi5Attach.ts).
 */
import type { Transcript } from '../engine/transcript.ts';
import { durationBetween } from '../export/isoDuration.ts';
import { LrsQueue, type FetchLike, type KeyValueStore, type QueueStatus, type Timers } from '../export/lrsQueue.ts';
import { Cmi5Client, Cmi5Error, LAUNCH_DATA, TRANSCRIPT_STATE, type HttpFetch } from './client.ts';
import { parseLaunchData, type LaunchDataWarning, type LaunchParams } from './launch.ts';
import { LEARNER_PREFERENCES, parseLearnerPreferences, type LearnerPreferences } from './learnerPreferences.ts';
import { cmi5Statement, endingStatements, turnStatements, type Cmi5Launch } from './statements.ts';

export interface Cmi5Deps {
  fetch: HttpFetch;
  storage: KeyValueStore;
  timers: Timers;
  now?: () => Date;
  onQueue?: (status: QueueStatus) => void;
  backoff?: { initialMs: number; maxMs: number };
}

export class Cmi5Session {
  readonly client: Cmi5Client;
  launch: Cmi5Launch | undefined;
  queue: LrsQueue | undefined;
  /** What LMS.LaunchData held that this AU will not use (an unsafe returnURL); the page tells the learner. */
  warnings: LaunchDataWarning[] = [];
  /** The learner's cmi5LearnerPreferences (none when the LRS has none or cannot give them). */
  preferences: LearnerPreferences = { languages: [] };
  private initializedAt = '';
  private terminated = false;
  private ended = false;
  /** This registration's result (completed, then passed or failed) is reported: by this session or by an earlier launch. */
  private resultReported = false;
  /** Ids of the statements an earlier launch of this registration could not deliver. */
  private leftovers = new Set<string>();
  private readonly now: () => Date;

  constructor(
    readonly params: LaunchParams,
    private readonly deps: Cmi5Deps,
  ) {
    this.now = deps.now ?? (() => new Date());
    this.client = new Cmi5Client(params, deps.fetch);
  }

  private async retrying<T>(what: () => Promise<T>, onRetry: (err: Cmi5Error, attempt: number) => void, attempts = 6): Promise<T> {
    const { initialMs, maxMs } = this.deps.backoff ?? { initialMs: 1000, maxMs: 30_000 };
    for (let i = 0; ; i++) {
      try {
        return await what();
      } catch (err) {
        if (!(err instanceof Cmi5Error) || !err.transient || i + 1 >= attempts) throw err;
        onRetry(err, i + 1);
        await new Promise<void>((resolve) => this.deps.timers.setTimeout(resolve, Math.min(maxMs, initialMs * 2 ** i)));
      }
    }
  }

  /** Token, then LMS.LaunchData; transient failures are retried. Throws a Cmi5Error the page shows. */
  async connect(onRetry: (err: Cmi5Error) => void = () => {}): Promise<Cmi5Launch> {
    await this.retrying(() => this.client.fetchToken(), onRetry);
    const raw = await this.retrying(() => this.client.getState(LAUNCH_DATA), onRetry);
    if (raw === undefined) throw new Cmi5Error('the course has no LMS.LaunchData for this launch', false);
    const parsed = parseLaunchData(raw);
    if (!parsed.ok) throw new Cmi5Error(parsed.problems.join('; '), false);
    this.warnings = parsed.warnings;
    this.preferences = await this.learnerPreferences(onRetry);
    if (parsed.data.launchMode === 'Normal') this.resultReported = await this.reportedBefore(onRetry);
    this.launch = { params: this.params, data: parsed.data };
    const auth = () => this.client.authorization;
    const fetch = this.deps.fetch;
    const withAuth: FetchLike = async (url, init) => fetch(url, { ...init, headers: { ...init.headers, ...(auth() ? { Authorization: auth()! } : {}) } });
    this.queue = new LrsQueue({
      storage: this.deps.storage,
      fetch: withAuth,
      config: { endpoint: this.params.endpoint },
      timers: this.deps.timers,
      storageKey: `rapport.cmi5.${this.params.registration}`,
      ...(this.deps.backoff ? { backoff: this.deps.backoff } : {}),
      onStatus: (status) => {
        this.setAsideRefusedLeftovers(status);
        this.deps.onQueue?.(status);
      },
    });
    this.leftovers = new Set(this.queue.pendingIds());
    // What an earlier launch of this registration could not deliver (its window was closed during an outage) goes first, as it was queued.
    if (this.queue.status().pending > 0) void this.queue.flush();
    const unkept = this.unkept();
    if (unkept) void this.keepTranscript(unkept);
    return this.launch;
  }

  /**
   * Statements an earlier launch of this registration left behind go first, with this launch's token. An LMS
   * that has closed that session (abandoned it) may refuse them; they are then set aside, kept in the queue's
   * record of rejected statements, so this session's own still go.
   */
  private setAsideRefusedLeftovers(status: QueueStatus): void {
    if (status.state !== 'refused' || this.leftovers.size === 0 || !this.queue) return;
    const leftovers = this.leftovers;
    this.leftovers = new Set();
    const aside = this.queue.setAside(leftovers, status.refusedWith ?? 403);
    if (aside > 0) {
      console.warn(`cmi5: the LRS refused ${aside} statements left over from an earlier launch; they are set aside`);
      const queue = this.queue;
      this.deps.timers.setTimeout(() => void queue.flush(), 0);
    }
  }

  /**
   * cmi5 §11: read at every launch. Preferences are a courtesy, so a learner whose LRS cannot give them (none
   * kept, 403, an outage that outlasts a few tries) still gets the launch, in the language they had.
   */
  private async learnerPreferences(onRetry: (err: Cmi5Error) => void): Promise<LearnerPreferences> {
    try {
      return parseLearnerPreferences(await this.retrying(() => this.client.getAgentProfile(LEARNER_PREFERENCES), onRetry, 3));
    } catch (err) {
      console.warn('cmi5: the learner preferences could not be read', err);
      return { languages: [] };
    }
  }

  private get resultKey(): string {
    return `rapport.cmi5.${this.params.registration}.result`;
  }

  /**
   * Whether a launch before this one reported the registration's result: this
   * browser noted it, or the LRS keeps an attempt for it (kept at the end of
   * every recorded attempt, so this covers other browsers too).
   */
  private async reportedBefore(onRetry: (err: Cmi5Error) => void): Promise<boolean> {
    if (this.deps.storage.getItem(this.resultKey) !== null) return true;
    return (await this.retrying(() => this.client.getState(TRANSCRIPT_STATE), onRetry)) !== undefined;
  }

  /**
   * Whether an assessment ending now would be reported as completed and passed
   * or failed: in Normal mode, until the registration has its one result.
   * cmi5 allows one completed and one passed per registration; Rapport
   * records one attempt, and the learner practises after it.
   */
  get recordsResult(): boolean {
    return this.launch?.data.launchMode === 'Normal' && !this.resultReported;
  }

  private send(statements: Parameters<LrsQueue['enqueue']>[0]): void {
    if (!this.queue || this.terminated) return;
    const report = this.queue.enqueue(statements);
    if (report.invalid.length > 0) console.error('cmi5: statements refused before sending', report.invalid);
    void this.queue.flush();
  }

  begin(): void {
    if (!this.launch || this.initializedAt) return;
    this.initializedAt = this.now().toISOString();
    this.send([cmi5Statement(this.launch, 'initialized', this.initializedAt)]);
  }

  /** After every change to the tracked play: the turns taken so far (already sent ones are recognised by id). */
  record(transcript: Transcript): void {
    if (!this.launch || !this.initializedAt || this.ended) return;
    this.send(turnStatements(this.launch, transcript));
    if (!transcript.endedAt) return;
    this.ended = true;
    if (!this.recordsResult || transcript.mode !== 'assessment') return;
    this.resultReported = true;
    this.deps.storage.setItem(this.resultKey, transcript.endedAt);
    this.send(endingStatements(this.launch, transcript, this.initializedAt, this.stamp()));
    this.holdUnkept(transcript);
    void this.keepTranscript(transcript);
  }

  private get unkeptKey(): string {
    return `rapport.cmi5.${this.params.registration}.attempt`;
  }

  /**
   * The recorded attempt waits in this browser until the LRS has taken it for Review mode, so a window closed
   * first (or an outage that outlasts the page) does not lose it: pagehide and the next launch send it again.
   */
  private holdUnkept(transcript: Transcript): void {
    try {
      this.deps.storage.setItem(this.unkeptKey, JSON.stringify(transcript));
    } catch (err) {
      console.error('cmi5: the attempt could not be held in this browser until the LRS takes it', err);
    }
  }

  private unkept(): Transcript | undefined {
    const text = this.deps.storage.getItem(this.unkeptKey);
    if (!text) return undefined;
    try {
      return JSON.parse(text) as Transcript;
    } catch {
      return undefined;
    }
  }

  /** Now, but never before initialized: a clock set back must not put a statement ahead of it. */
  private stamp(): string {
    return new Date(Math.max(this.now().getTime(), Date.parse(this.initializedAt))).toISOString();
  }

  /** Saves the attempt in the State API for Review mode, retrying until the LRS takes it. */
  private async keepTranscript(transcript: Transcript): Promise<void> {
    await this.retrying(
      () => this.client.putState(TRANSCRIPT_STATE, transcript),
      () => {},
      Number.POSITIVE_INFINITY,
    )
      .then(() => this.deps.storage.setItem(this.unkeptKey, ''))
      .catch((err: unknown) => console.error('cmi5: the attempt could not be kept for review', err));
  }

  /** The attempt kept for Review mode, if there is one: the LRS's copy, else the one still waiting in this browser. */
  async recordedTranscript(): Promise<Transcript | undefined> {
    return ((await this.client.getState(TRANSCRIPT_STATE)) as Transcript | undefined) ?? this.unkept();
  }

  get pending(): number {
    return this.queue?.status().pending ?? 0;
  }

  /** Terminated, once, whichever way out comes first; after it this session sends nothing new. */
  private queueTerminated(): void {
    if (!this.launch || !this.queue || this.terminated) return;
    if (this.initializedAt) {
      const at = this.stamp();
      this.queue.enqueue([cmi5Statement(this.launch, 'terminated', at, { duration: durationBetween(this.initializedAt, at) })]);
    }
    this.terminated = true;
  }

  /**
   * Queues terminated (once) and resolves when every statement has reached the LRS, or when the LRS has refused
   * this session's credentials: nothing will change that before the page goes, and what is left stays stored and
   * goes first at the registration's next launch. A refused statement does not hold it up: it is set aside.
   */
  async terminate(): Promise<void> {
    if (!this.launch || !this.queue) return;
    this.queueTerminated();
    const queue = this.queue;
    // The queue retries by itself; this only waits until it has nothing left.
    await new Promise<void>((resolve) => {
      const done = (s: QueueStatus) => (s.pending === 0 && s.state !== 'sending') || s.state === 'refused';
      const poll = () => (done(queue.status()) ? resolve() : void this.deps.timers.setTimeout(poll, 250));
      void queue.flush().then(poll);
    });
  }

  /**
   * The page is going away without "Return to the course" (pagehide):
   * terminated, then what is pending, as much as one keepalive request
   * carries. It cannot wait for an answer: nothing after pagehide is sure to
   * run. What does not get through stays stored and goes first at the
   * registration's next launch.
   */
  close(): void {
    if (!this.queue) return;
    this.queueTerminated();
    this.queue.sendBeforeExit();
    const unkept = this.unkept();
    if (unkept) this.client.putState(TRANSCRIPT_STATE, unkept, true).catch(() => {});
  }

  get returnURL(): string | undefined {
    return this.launch?.data.returnURL;
  }
}
