/**
 * Starts the test LRS (lrsServer.ts) as a separate process and stops it, as a
 * college's LRS would go down and come back: same port, same data file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LrsProcess {
  /** The xAPI endpoint, e.g. http://127.0.0.1:40123/xapi/ */
  endpoint: string;
  key: string;
  secret: string;
  /** Statements the LRS holds now, newest first (through its own query API). */
  statements(params?: Record<string, string>): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data. */
  restart(): Promise<void>;
}

const SERVER = join(import.meta.dirname, 'lrsServer.ts');

function launch(port: number, data: string, key: string, secret: string, extra: readonly string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, '--port', String(port), '--data', data, '--key', key, '--secret', secret, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const m = /listening http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`the test LRS exited with ${code} before listening`)));
  });
}

/** `strictCmi5`: refuse cmi5 passed or failed statements whose score contradicts their masteryScore (403), as an LMS may. */
export async function startLrs(options: { key?: string; secret?: string; strictCmi5?: boolean } = {}): Promise<LrsProcess> {
  const key = options.key ?? 'rapport';
  const secret = options.secret ?? 'secret';
  const data = join(mkdtempSync(join(tmpdir(), 'rapport-lrs-')), 'lrs.json');
  const extra = options.strictCmi5 ? ['--cmi5', 'strict'] : [];
  let { child, port } = await launch(0, data, key, secret, extra);
  const endpoint = `http://127.0.0.1:${port}/xapi/`;
  const headers = { Authorization: `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`, 'X-Experience-API-Version': '1.0.3' };
  return {
    endpoint,
    key,
    secret,
    async statements(params = {}) {
      const all: Record<string, unknown>[] = [];
      let next: string | undefined = `statements?${new URLSearchParams(params)}`;
      while (next) {
        const r = await fetch(new URL(next.replace(/^\/xapi\//, ''), endpoint), { headers });
        const body = (await r.json()) as { statements: Record<string, unknown>[]; more: string };
        all.push(...body.statements);
        next = body.more || undefined;
      }
      return all;
    },
    async stop() {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
    async restart() {
      ({ child } = await launch(port, data, key, secret, extra));
    },
  };
}
