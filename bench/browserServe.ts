/**
 * The browser benchmark's own production build, in a temporary directory (never
 * dist/, which others use), served by vite preview on a free port of 127.0.0.1,
 * and a Chromium launch like the e2e tests' (test/e2e/browser.ts): Debian's
 * Chromium with a fresh profile each time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { openBrowser, type Browser } from '../test/e2e/browser.ts';

export interface Served {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

export async function buildAndServe(): Promise<Served> {
  const outDir = mkdtempSync(join(tmpdir(), 'rapport-bench-dist-'));
  await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'error' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    outDir,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A cold browser: a new, empty profile, so nothing is cached from an earlier load. */
export type Launched = Browser;

export function launchCold(extraArgs: readonly string[] = []): Promise<Launched> {
  return openBrowser({ extraArgs, acceptDownloads: false });
}
