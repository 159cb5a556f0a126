/**
 * The page's side of a cmi5 launch: connects, starts the scenario in the mode
 * the launch mode calls for (Normal: a named, dated assessment; Browse:
 * practice, no pass or fail; Review: the recorded attempt, read-only), sends
 * what happens, and shows a bar with the course's status and "Return to the
 * course". Closing the window instead still ends the session. Every failure
 * is a notice; nothing recorded is dropped. The launch's rules are src/cmi5's.
 */
import { Cmi5Error, type HttpFetch } from '../../cmi5/client.ts';
import { httpUrl, quotedAddress } from '../../export/httpUrl.ts';
import { Cmi5Session } from '../../cmi5/cmi5Session.ts';
import { learnerName, parseLaunch, scenarioIdOf, type LaunchParams } from '../../cmi5/launch.ts';
import type { Cmi5Launch } from '../../cmi5/statements.ts';
import type { QueueStatus } from '../../export/lrsQueue.ts';
import type { App } from '../app/app.ts';
import { attemptRecord } from '../app/attempts.ts';
import type { CatalogueEntry } from '../../web/scenarioCatalogue.ts';
import { localDate } from '../app/modeRules.ts';
import { cmi5Bar, type Cmi5Bar } from './cmi5Bar.ts';
import { applyLearnerPreferences } from './learnerPreferences.ts';

export interface AttachOptions {
  search: string;
  fetch: HttpFetch;
  storage: Storage;
  /** Only ever given an http(s) address (see src/export/httpUrl.ts). */
  navigate: (url: string) => void;
  mount: HTMLElement;
}

/**
 * A statement the course's record store refused is set aside so the others still go (src/export/lrsQueue.ts);
 * the learner is told, once for each new refusal, with the store's reason.
 */
function refusalNotices(app: App): (s: QueueStatus) => void {
  let known: number | undefined;
  return (s) => {
    known ??= s.rejected.length;
    if (s.rejected.length <= known) return;
    const fresh = s.rejected.slice(known);
    known = s.rejected.length;
    const why = fresh.map((r) => (r.answer ? `${r.status}: ${r.answer}` : String(r.status))).join('; ');
    app.notify({ id: 'cmi5-rejected', key: 'cmi5.lrsRejected', params: { count: String(fresh.length), error: why }, tone: 'warning' });
  };
}

/** Resolves once the app has loaded its scenarios and left the loading screen. */
const loaded = (app: App) =>
  new Promise<void>((resolve) => {
    if (app.screen.name !== 'loading') return resolve();
    const off = app.on('screen', () => {
      off();
      resolve();
    });
  });

/** Token and launch data, with the app loaded; undefined (and a notice) when the LMS cannot be reached or sent nonsense. */
async function connect(app: App, session: Cmi5Session, bar: Cmi5Bar): Promise<Cmi5Launch | undefined> {
  try {
    const [launch] = await Promise.all([session.connect((err) => app.notify({ id: 'cmi5', key: 'cmi5.retrying', params: { error: err.message }, tone: 'info' })), loaded(app)]);
    app.dismiss('cmi5');
    return launch;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const badData = err instanceof Cmi5Error && /LaunchData|launchMode|moveOn|masteryScore|contextTemplate|returnURL/.test(message);
    app.notify({ id: 'cmi5', key: badData ? 'cmi5.badLaunchData' : 'cmi5.noToken', params: { error: message }, tone: 'warning' });
    bar.say('cmi5.notConnected', {}, 'failed');
    return undefined;
  }
}

/** Review mode: the attempt the State API keeps, read-only. */
async function showRecorded(app: App, session: Cmi5Session, entry: CatalogueEntry, bar: Cmi5Bar): Promise<void> {
  bar.say('cmi5.review', {}, 'review');
  try {
    const transcript = await session.recordedTranscript();
    if (transcript) await app.openAttempt(attemptRecord(entry.file, transcript));
    else app.notify({ id: 'cmi5', key: 'cmi5.nothingToReview', tone: 'info' });
  } catch (err) {
    app.notify({ id: 'cmi5', key: 'cmi5.nothingToReview', params: { error: (err as Error).message }, tone: 'warning' });
  }
}

/** Normal or Browse: the play the launch calls for (once its scenario has been fetched), each change of it sent to the LMS. */
async function play(app: App, session: Cmi5Session, launch: Cmi5Launch, params: LaunchParams, entry: CatalogueEntry, bar: Cmi5Bar): Promise<void> {
  // A Normal launch whose registration already has its result is practice, as Browse is: the recorded attempt stands.
  const assessing = session.recordsResult;
  const learner = learnerName(params.actor) || params.registration;
  app.practiceOnly = !assessing;
  const started = await app.startScenario(entry, assessing ? { mode: 'assessment', learner, date: localDate(new Date()) } : { mode: 'practice', learner });
  if (!started || (app.screen.name !== 'conversation' && app.screen.name !== 'debrief')) return;
  const current = app.screen.play;
  if (assessing) bar.say('cmi5.normal', { learner }, 'normal');
  else if (launch.data.launchMode === 'Normal') bar.say('cmi5.recorded', {}, 'recorded');
  else bar.say('cmi5.browse', {}, 'browse');
  const record = () => {
    session.record(current.transcript());
    if (!assessing || session.recordsResult || app.practiceOnly) return;
    // The attempt is reported: another one could not be, so it is not offered as one.
    app.practiceOnly = true;
    bar.say('cmi5.recorded', {}, 'recorded');
  };
  current.subscribe(record);
  record();
}

export async function attachCmi5(app: App, options: AttachOptions): Promise<Cmi5Session | undefined> {
  const parsed = parseLaunch(options.search);
  if (!parsed.ok) {
    app.notify({ id: 'cmi5', key: 'cmi5.badLaunch', params: { problems: parsed.problems.join('; ') }, tone: 'warning' });
    return undefined;
  }
  let leaving = false;
  const bar = cmi5Bar(() => void leave());
  options.mount.append(bar.root);
  const noticeRefused = refusalNotices(app);
  const onQueue = (s: QueueStatus) => {
    const params = { error: s.lastError ?? '', count: String(s.pending) };
    if (s.state === 'waiting-to-retry') app.notify({ id: 'cmi5-lrs', key: 'cmi5.lrsRetry', params, tone: 'warning' });
    else if (s.state === 'refused') app.notify({ id: 'cmi5-lrs', key: 'cmi5.lrsRefused', params, tone: 'warning' });
    else if (s.state === 'idle') app.dismiss('cmi5-lrs');
    noticeRefused(s);
    bar.pending(s.pending);
    if (leaving && s.pending > 0 && s.state !== 'refused') bar.say('cmi5.waitingToLeave', { count: s.pending });
  };
  const session = new Cmi5Session(parsed.params, { fetch: options.fetch, storage: options.storage, timers: globalThis, onQueue });
  // pagehide is the last event a closing window or a page left for another is sure to get (unload and beforeunload are not).
  let closed = false;
  addEventListener('pagehide', () => {
    closed = true;
    session.close();
  });
  // Back online: send at once instead of waiting out the queue's back-off.
  addEventListener('online', () => void session.queue?.flush());
  // Back from the back-forward cache: the session was ended as the page was hidden, and cmi5 allows nothing after terminated.
  addEventListener('pageshow', (e) => {
    if (e.persisted && closed) bar.say('cmi5.ended', {}, 'ended');
  });

  async function leave(): Promise<void> {
    if (leaving) return;
    leaving = true;
    bar.canReturn(false);
    bar.say('cmi5.sending', { count: session.pending }, 'leaving');
    await session.terminate();
    const url = session.returnURL;
    // Left over only when the store refused this session's credentials: kept, they go first at the next launch.
    if (!url) return session.pending > 0 ? bar.say('cmi5.kept', { count: session.pending }, 'done') : bar.say('cmi5.noReturn', {}, 'done');
    bar.say('cmi5.returning', {}, 'returned');
    // The last gate before the browser follows an address from outside data: http(s) only, never script.
    const safe = httpUrl(url);
    if (safe) options.navigate(safe);
  }

  const launch = await connect(app, session, bar);
  if (!launch) return undefined;
  applyLearnerPreferences(app, session.preferences);
  for (const w of session.warnings) app.notify({ id: 'cmi5-return', key: 'cmi5.unsafeReturn', params: { address: quotedAddress(w.value) }, tone: 'warning' });
  bar.offerReturn(session.returnURL !== undefined);
  document.body.dataset.cmi5Mode = launch.data.launchMode;
  const id = scenarioIdOf(parsed.params);
  const entry = app.library.entries.find((e) => e.card.id === id);
  if (!entry) {
    app.notify({ id: 'cmi5', key: 'cmi5.unknownScenario', params: { id: id ?? '' }, tone: 'warning' });
    bar.say('cmi5.notConnected', {}, 'failed');
    return session;
  }
  // Fetched before the session begins, so a scenario that cannot be had (offline) leaves nothing half recorded.
  const loaded = await app.open(entry);
  if (!loaded) {
    bar.say('cmi5.scenarioUnavailable', {}, 'failed');
    return session;
  }
  bar.canReturn(true);
  session.begin();
  if (launch.data.launchMode === 'Review') await showRecorded(app, session, loaded, bar);
  else await play(app, session, launch, parsed.params, loaded, bar);
  return session;
}
