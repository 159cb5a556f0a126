/**
 * Reads a class's attempts back from a Learning Record Store: the statements
 * that complete an attempt (passed, failed, completed), page by page through
 * the LRS's `more` links, each carrying its transcript in the
 * `<activityBase>/extensions/transcript` context extension (src/export/
 * xapiStatements.ts). Statements without one (sent by an older Rapport, or by
 * another tool) are counted so the tutor is told, but cannot be verified.
 * Fetch is injected, so this runs under Node against a real LRS process.
 */
import { base64Utf8, type LrsConfig } from '../export/lrsQueue.ts';
import { VERBS } from '../export/xapiVocabulary.ts';
import type { NamedText } from './openAttempts.ts';

export type GetLike = (url: string, init: { headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export interface LrsAttempts {
  /** Each transcript as text, its source the id of the statement that carried it. */
  items: NamedText[];
  /** Completing statements that carry no transcript. */
  withoutTranscript: number;
}

export class LrsQueryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Far beyond any class (a page holds up to a few hundred statements); a `more` link that never ends is a broken LRS, not a big class. */
const MAX_PAGES = 1000;
const PAGE_SIZE = 200;
const TRANSCRIPT_EXTENSION = /\/extensions\/transcript$/;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function transcriptOf(statement: unknown): unknown {
  const extensions = isObj(statement) && isObj(statement.context) && isObj(statement.context.extensions) ? statement.context.extensions : {};
  const key = Object.keys(extensions).find((k) => TRANSCRIPT_EXTENSION.test(k));
  return key === undefined ? undefined : extensions[key];
}

const registrationOf = (statement: unknown): string => (isObj(statement) && isObj(statement.context) && typeof statement.context.registration === 'string' ? statement.context.registration : '');

async function pages(first: string, headers: Record<string, string>, get: GetLike, onPage: (statements: unknown[]) => void): Promise<void> {
  let next: string | undefined = first;
  const seen = new Set<string>();
  for (let page = 0; next && page < MAX_PAGES && !seen.has(next); page++) {
    seen.add(next);
    let response: Awaited<ReturnType<GetLike>>;
    try {
      response = await get(next, { headers });
    } catch (err) {
      throw new LrsQueryError((err as Error).message);
    }
    if (!response.ok) throw new LrsQueryError(`HTTP ${response.status}`, response.status);
    const body = await response.json().catch(() => undefined);
    if (!isObj(body) || !Array.isArray(body.statements)) throw new LrsQueryError('the answer is not a list of statements');
    onPage(body.statements);
    // `more` is relative to the LRS's own address (often a path from its root).
    next = typeof body.more === 'string' && body.more ? new URL(body.more, next).href : undefined;
  }
}

export async function attemptsFromLrs(config: LrsConfig, get: GetLike): Promise<LrsAttempts> {
  const headers: Record<string, string> = { 'X-Experience-API-Version': '1.0.3' };
  if (config.username !== undefined || config.password !== undefined) headers.Authorization = `Basic ${base64Utf8(`${config.username ?? ''}:${config.password ?? ''}`)}`;
  const base = `${config.endpoint.replace(/\/+$/, '')}/statements`;
  const items: NamedText[] = [];
  const carrying = new Set<string>();
  const bare: unknown[] = [];
  for (const verb of [VERBS.passed, VERBS.failed, VERBS.completed]) {
    const query = new URLSearchParams({ verb: verb.id, limit: String(PAGE_SIZE) });
    await pages(`${base}?${query}`, headers, get, (statements) => {
      for (const s of statements) {
        const transcript = transcriptOf(s);
        if (transcript === undefined) bare.push(s);
        else {
          items.push({ source: String(isObj(s) ? s.id : ''), text: JSON.stringify(transcript) });
          carrying.add(registrationOf(s));
        }
      }
    });
  }
  // A cmi5 launch ends with "completed" (carrying the transcript) and "passed" or "failed" (not): the second is the same attempt, not one missing.
  const withoutTranscript = bare.filter((s) => !registrationOf(s) || !carrying.has(registrationOf(s))).length;
  return { items, withoutTranscript };
}
