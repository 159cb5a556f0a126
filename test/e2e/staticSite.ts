/**
 * A plain static server for a built copy of Rapport whose files can be swapped
 * for another build while it runs, as a college's web server is when a new
 * version is deployed: same address, new files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wav': 'audio/wav',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticSite {
  url: string;
  /** Serves another directory from now on. */
  serve(root: string): void;
  close(): Promise<void>;
}

export async function startStaticSite(root: string): Promise<StaticSite> {
  let current = root;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(current) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end('not found');
    // No caching by the browser itself: what a page gets is the server's file or the service worker's copy.
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    serve: (next) => void (current = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
