/**
 * The page's side of a cmi5 launch: connects, starts the scenario in the mode
 * the launch mode calls for (Normal: a named, dated assessment; Browse:
 * practice, no pass or fail; Review: the recorded attempt, read-only), sends
 * what happens, and shows a bar with the course's status and "Return to the
 * course". Closing the window instead still ends the session. Every failure
 * is a notice; nothing recorded is dropped.
 */
import type { App } from './app/app.ts';
import { attemptRecord } from './app/attempts.ts';
import { localDate } from './app/modeRules.ts';
import type { Play } from './app/play.ts';
import { t, type UiKey } from '../web/i18n/i18n.ts';
import { button, el } from '../web/dom.ts';
import type { QueueStatus } from '../export/lrsQueue.ts';
import { Cmi5Error, type HttpFetch } from '../cmi5/client.ts';
import { Cmi5Session } from '../cmi5/cmi5Session.ts';
import { learnerName, parseLaunch, scenarioIdOf } from '../cmi5/launch.ts';

export interface AttachOptions {
  search: string;
  fetch: HttpFetch;
  storage: Storage;
  navigate: (url: string) => void;
  mount: HTMLElement;
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

export async function attachCmi5(app: App, options: AttachOptions): Promise<Cmi5Session | undefined> {
  const parsed = parseLaunch(options.search);
  if (!parsed.ok) {
    app.notify({ id: 'cmi5', key: 'cmi5.badLaunch', params: { problems: parsed.problems.join('; ') }, tone: 'warning' });
    return undefined;
  }
  const status = el('p', { class: 'cmi5-status', role: 'status' }, t('cmi5.connecting'));
  const back = button(t('cmi5.return'), () => void leave(), { class: 'primary', disabled: true });
  const bar = el('section', { class: 'cmi5-bar', 'aria-label': t('cmi5.region'), 'data-cmi5': 'connecting' }, status, back);
  options.mount.append(bar);
  const say = (key: UiKey, params?: Record<string, string | number>, state?: string) => {
    status.textContent = t(key, params);
    if (state) bar.dataset.cmi5 = state;
  };

  let leaving = false;
  const onQueue = (s: QueueStatus) => {
    if (s.state === 'waiting-to-retry') app.notify({ id: 'cmi5-lrs', key: 'cmi5.lrsRetry', params: { error: s.lastError ?? '', count: String(s.pending) }, tone: 'warning' });
    else if (s.state === 'refused') app.notify({ id: 'cmi5-lrs', key: 'cmi5.lrsRefused', params: { error: s.lastError ?? '', count: String(s.pending) }, tone: 'warning' });
    else if (s.state === 'idle') app.dismiss('cmi5-lrs');
    bar.dataset.pending = String(s.pending);
    if (leaving && s.pending > 0) say('cmi5.waitingToLeave', { count: s.pending });
  };
  const session = new Cmi5Session(parsed.params, { fetch: options.fetch, storage: options.storage, timers: globalThis, onQueue });
  // pagehide is the last event a closing window or a page left for another is sure to get (unload and beforeunload are not).
  let closed = false;
  addEventListener('pagehide', () => {
    closed = true;
    session.close();
  });
  // Back from the back-forward cache: the session was ended as the page was hidden, and cmi5 allows nothing after terminated.
  addEventListener('pageshow', (e) => {
    if (e.persisted && closed) say('cmi5.ended', {}, 'ended');
  });

  async function leave(): Promise<void> {
    if (leaving) return;
    leaving = true;
    back.disabled = true;
    say('cmi5.sending', { count: session.pending }, 'leaving');
    await session.terminate();
    const url = session.returnURL;
    if (url) {
      say('cmi5.returning', {}, 'returned');
      options.navigate(url);
    } else say('cmi5.noReturn', {}, 'done');
  }

  let launch;
  try {
    [launch] = await Promise.all([
      session.connect((err) => app.notify({ id: 'cmi5', key: 'cmi5.retrying', params: { error: err.message }, tone: 'info' })),
      loaded(app),
    ]);
    app.dismiss('cmi5');
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    app.notify({ id: 'cmi5', key: err instanceof Cmi5Error && /LaunchData|launchMode|moveOn|masteryScore|contextTemplate|returnURL/.test(message) ? 'cmi5.badLaunchData' : 'cmi5.noToken', params: { error: message }, tone: 'warning' });
    say('cmi5.notConnected', {}, 'failed');
    return undefined;
  }
  document.body.dataset.cmi5Mode = launch.data.launchMode;

  const id = scenarioIdOf(parsed.params);
  const entry = app.library.entries.find((e) => e.scenario.id === id);
  if (!entry) {
    app.notify({ id: 'cmi5', key: 'cmi5.unknownScenario', params: { id: id ?? '' }, tone: 'warning' });
    say('cmi5.notConnected', {}, 'failed');
    return session;
  }
  back.disabled = false;
  session.begin();

  if (launch.data.launchMode === 'Review') {
    say('cmi5.review', {}, 'review');
    try {
      const transcript = await session.recordedTranscript();
      if (transcript) app.openAttempt(attemptRecord(entry.file, transcript));
      else app.notify({ id: 'cmi5', key: 'cmi5.nothingToReview', tone: 'info' });
    } catch (err) {
      app.notify({ id: 'cmi5', key: 'cmi5.nothingToReview', params: { error: (err as Error).message }, tone: 'warning' });
    }
    return session;
  }

  // A Normal launch whose registration already has its result is practice, as Browse is: the recorded attempt stands.
  const assessing = session.recordsResult;
  const learner = learnerName(parsed.params.actor) || parsed.params.registration;
  app.practiceOnly = !assessing;
  const started = app.startScenario(entry, assessing ? { mode: 'assessment', learner, date: localDate(new Date()) } : { mode: 'practice', learner });
  if (!started || (app.screen.name !== 'conversation' && app.screen.name !== 'debrief')) return session;
  const play: Play = app.screen.play;
  if (assessing) say('cmi5.normal', { learner }, 'normal');
  else if (launch.data.launchMode === 'Normal') say('cmi5.recorded', {}, 'recorded');
  else say('cmi5.browse', {}, 'browse');
  const record = () => {
    session.record(play.transcript());
    if (!assessing || session.recordsResult || app.practiceOnly) return;
    // The attempt is reported: another one could not be, so it is not offered as one.
    app.practiceOnly = true;
    say('cmi5.recorded', {}, 'recorded');
  };
  play.subscribe(record);
  record();
  return session;
}
