/**
 * Registers the service worker that keeps Rapport working offline
 * (scripts/offlinePlugin.ts). Loaded on idle once the page is usable, so the
 * first choice never waits for it and the download of everything the
 * classroom may need offline happens behind the learner's play.
 */

import { currentBuild } from './newVersion.ts';

export interface OfflineEvents {
  /** The first worker has everything cached: from now on this browser can run Rapport without a network. */
  ready(): void;
}

export async function registerOffline(events: OfflineEvents, container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker): Promise<ServiceWorkerRegistration | undefined> {
  if (!container) return undefined;
  // No worker controlled this page: this is the first install (or a private window's), worth telling a tutor about.
  const first = !container.controller;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register('./sw.js', { scope: './' });
  } catch (err) {
    // A browser that refuses (private mode, an LMS's sandboxed frame) simply works online only.
    console.warn('Rapport will not work offline in this browser:', err);
    return undefined;
  }
  if (!registration || !first) return registration;
  const installing = registration.installing ?? registration.waiting;
  if (!installing) {
    if (registration.active) events.ready();
    return registration;
  }
  installing.addEventListener('statechange', () => {
    if (installing.state === 'activated') events.ready();
  });
  return registration;
}

/** For a page with nothing to tell: registers in a build, never under `npm start` (which has no worker to serve stale files). */
export function registerOfflineBuild(): Promise<ServiceWorkerRegistration | undefined> {
  return currentBuild() === 'dev' ? Promise.resolve(undefined) : registerOffline({ ready: () => {} });
}
