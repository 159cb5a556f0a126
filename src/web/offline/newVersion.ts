/**
 * A new version of Rapport reaches a browser through its service worker: it
 * is downloaded while the old one runs, and waits. This is the start of a
 * page: a version waiting since an earlier visit takes over now, before the
 * learner has done anything (the page reloads into it once), rather than mid-
 * lesson; and a start on a build this browser has not run before says so.
 */

const SEEN_KEY = 'rapport.build';

/** The build this page belongs to, from the tag the build puts in every page (scripts/offlinePlugin.ts); "dev" under `npm start`. */
export function currentBuild(doc: Pick<Document, 'querySelector'> = document): string {
  return doc.querySelector('meta[name="rapport-build"]')?.getAttribute('content') ?? 'dev';
}

/** Records this build as seen; true when this browser ran another build before (so a new version was installed). */
export function isNewVersion(build: string, storage: Pick<Storage, 'getItem' | 'setItem'>): boolean {
  try {
    const before = storage.getItem(SEEN_KEY);
    if (before !== build) storage.setItem(SEEN_KEY, build);
    return before !== null && before !== build;
  } catch {
    return false;
  }
}

/**
 * If a new version is waiting, lets it take over and reloads this page into it. Not for a page that must not
 * reload (a cmi5 launch: its token can be fetched only once). Resolves true when a reload is under way.
 */
export async function takeWaitingVersion(container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker, reload = () => location.reload()): Promise<boolean> {
  if (!container?.controller) return false;
  const waiting = (await container.getRegistration())?.waiting;
  if (!waiting) return false;
  container.addEventListener('controllerchange', () => reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}
