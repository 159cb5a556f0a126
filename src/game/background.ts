/**
 * What a start of the simulator does once the first screen is usable, on
 * idle, so that none of it delays the first choice or adds to the script
 * loaded before it:
 *
 * - statements an earlier page held for the LRS in Settings are sent, with a
 *   notice (src/game/lrs/heldStatements.ts);
 * - in a build, a new version that has been waiting since an earlier visit
 *   takes over (the page reloads into it once; never a cmi5 launch, whose
 *   launch token can be fetched only once), a start on a new build says one
 *   was installed, and the service worker is registered, with a notice the
 *   first time it has everything cached (src/web/offline/).
 */
import { currentBuild, isNewVersion, takeWaitingVersion } from '../web/offline/newVersion.ts';
import { registerOffline } from '../web/offline/registerOffline.ts';
import type { App } from './app/app.ts';
import { followHeldStatements } from './lrs/heldStatements.ts';

/** localStorage, or nothing where the browser refuses it (then no start is told about a new version). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function startBackground(app: App, options: { cmi5: boolean }): void {
  followHeldStatements(app);
  // Only a build has a service worker (and the tag naming it): `npm start` never registers one, so it never serves stale files.
  const build = currentBuild();
  if (build === 'dev') return;
  if (!options.cmi5) void takeWaitingVersion();
  const kept = storage();
  if (kept && isNewVersion(build, kept)) app.notify({ id: 'offline-updated', key: 'offline.updated', tone: 'info' });
  void registerOffline({ ready: () => app.notify({ id: 'offline-ready', key: 'offline.ready', tone: 'info' }) });
}
