/**
 * The simulator works offline once it has been opened (issue 14, item 8): a
 * service worker made by vite-plugin-pwa with Workbox precaches every page
 * (index, review and any other HTML entry), every script and style, the
 * scenarios and the sounds, so a classroom whose network drops mid-lesson
 * carries on and can start any scenario.
 *
 * What it deliberately does not do:
 * - cache anything at run time: it answers only for the files of this build,
 *   so requests to an LRS or an LMS (cmi5), even on this origin, always go to
 *   the network and are never served from a cache;
 * - answer navigations it has no page for (no fallback page), so an LMS's
 *   return address on this origin is never swapped for the simulator;
 * - take over a page already running: a new version waits until Rapport is
 *   next started (src/web/offline/), so a lesson is never switched mid-way;
 * - run under `npm start`: the dev server never has a worker to serve stale files.
 *
 * Every built page carries the build it belongs to (`<meta name="rapport-build">`,
 * a digest of the names of everything built, which carry their content
 * hashes), so a start can tell the learner that a new version was installed.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export const BUILD_META = 'rapport-build';

function buildStamp(): Plugin {
  return {
    name: 'rapport:build-stamp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.keys(ctx.bundle ?? {})
          .filter((name) => !name.endsWith('.html') && !name.endsWith('.map'))
          .sort();
        const id = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
        return [{ tag: 'meta', attrs: { name: BUILD_META, content: id }, injectTo: 'head' }];
      },
    },
  };
}

export function offline(): Plugin[] {
  return [
    buildStamp(),
    ...VitePWA({
      // Registered by the pages themselves once the first choice is on screen (src/web/offline/registerOffline.ts).
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,wav,mp3,ogg,svg,png,webp,woff2}'],
        globIgnores: ['**/*.map'],
        // The plugin would answer every navigation with index.html; an LMS's page on this origin must stay its own.
        navigateFallback: undefined,
        // Pages read their query (?scenario=…, a cmi5 launch) themselves: any query is the same cached page.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        skipWaiting: false,
        // The first install takes charge of the page that installed it (the same build), so a class that opened
        // Rapport for the first time today still carries on if the network drops before anyone reloads.
        clientsClaim: true,
        inlineWorkboxRuntime: true,
        // Whatever NODE_ENV the build runs under (vitest's e2e set-up builds under "test"): a quiet, minified worker.
        mode: 'production',
        sourcemap: false,
        // The Phaser stage and the review page are single chunks of about 1 MB each.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ];
}
