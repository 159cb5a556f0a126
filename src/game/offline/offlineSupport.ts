/**
 * The simulator offline (issue 14, item 8): at start, a new version that has
 * been waiting takes over (or this start says one was installed); once the
 * first screen is usable, on idle, the service worker is registered, and the
 * first time it has everything cached a notice tells the tutor the class can
 * carry on without a network. A cmi5 launch is never reloaded: its launch
 * token can be fetched only once.
 */
import { currentBuild, isNewVersion, takeWaitingVersion } from '../../web/offline/newVersion.ts';
import type { App } from '../app/app.ts';

const whenUsable = (app: App): Promise<void> =>
  new Promise((resolve) => {
    if (app.screen.name !== 'loading') return resolve();
    const off = app.on('screen', () => {
      off();
      resolve();
    });
  });

const onIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 3000 });
  else setTimeout(fn, 1000);
};

/** localStorage, or nothing where the browser refuses it (then no start is told about a new version). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function startOffline(app: App, options: { mayReload: boolean }): void {
  if (options.mayReload) void takeWaitingVersion();
  const kept = storage();
  if (kept && isNewVersion(currentBuild(), kept)) app.notify({ id: 'offline-updated', key: 'offline.updated', tone: 'info' });
  void whenUsable(app).then(() =>
    onIdle(() => {
      void import('../../web/offline/registerOffline.ts').then(({ registerOffline }) => registerOffline({ ready: () => app.notify({ id: 'offline-ready', key: 'offline.ready', tone: 'info' }) }));
    }),
  );
}
