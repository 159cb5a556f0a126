/**
 * All stored attempts as one file, and reading such a file back. A file is
 * checked completely before anything is written: its format, its checksum,
 * the shape of every record, and every transcript and explored branch replayed
 * through the scenario (verify.ts). The first problem found refuses the whole
 * file with a reason a tutor can act on.
 */
import { canonicalJson } from '../../scenario/canonicalJson.ts';
import { contentHash } from '../../scenario/hash.ts';
import { buildTranscript, TRANSCRIPT_FORMAT, type Transcript } from '../../engine/transcript.ts';
import { verify } from '../../engine/verify.ts';
import { attemptId, attemptRecord, type AttemptRecord } from './attempts.ts';
import type { NamedScenario } from './scenarioLoader.ts';
import { presenterProblem, type PresenterState } from './presenter.ts';

export const ATTEMPTS_FILE_FORMAT = 'rapport-attempts/1';
/** Far beyond a year of a class's attempts; a bigger file is not one of ours. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface AttemptsFile {
  format: typeof ATTEMPTS_FILE_FORMAT;
  exportedAt: string;
  count: number;
  /** SHA-256 of the canonical JSON of `attempts`: catches a file damaged or edited since it was exported. */
  checksum: string;
  attempts: AttemptRecord[];
}

/** Why a file is refused: a message of the interface (translated) and, for a record that does not replay, the engine's own account (English). */
export interface Refusal {
  key: RefusalKey;
  params?: Record<string, string | number>;
  detail?: string;
}
export type RefusalKey =
  | 'unreadable'
  | 'tooLarge'
  | 'notJson'
  | 'notOurs'
  | 'singleTranscript'
  | 'otherFormat'
  | 'noList'
  | 'countMismatch'
  | 'checksum'
  | 'notRecord'
  | 'noTranscript'
  | 'noScenario'
  | 'unknownScenario'
  | 'scenarioUnavailable'
  | 'unfinished'
  | 'doesNotReplay'
  | 'badClassroom'
  | 'branchDoesNotReplay'
  | 'summaryDisagrees'
  | 'noFile'
  | 'unknownFields'
  | 'duplicate';

export type ReadResult = { ok: true; attempts: AttemptRecord[] } | { ok: false; reason: Refusal };

export function makeAttemptsFile(attempts: readonly AttemptRecord[], now = new Date()): AttemptsFile {
  const list = structuredClone([...attempts]);
  return { format: ATTEMPTS_FILE_FORMAT, exportedAt: now.toISOString(), count: list.length, checksum: contentHash(list), attempts: list };
}

export const attemptsFileName = (now = new Date()): string => `rapport-attempts-${now.toISOString().slice(0, 10)}.json`;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The attempt as a tutor would find it in the file: its number and, if it has one, its title. */
function which(i: number, raw: Record<string, unknown>): Record<string, string | number> {
  return { n: i + 1, title: typeof raw.title === 'string' ? raw.title.slice(0, 60) : '?' };
}

/** Checks one record against the scenario it claims; why it is refused, or undefined. */
function recordProblem(raw: unknown, i: number, scenarioFor: (id: string) => NamedScenario | undefined): Refusal | undefined {
  if (!isObject(raw)) return { key: 'notRecord', params: { n: i + 1 } };
  const params = which(i, raw);
  const t = raw.transcript as Transcript | undefined;
  if (!isObject(t) || t.format !== TRANSCRIPT_FORMAT) return { key: 'noTranscript', params };
  if (!isObject(t.scenario) || typeof t.scenario.id !== 'string') return { key: 'noScenario', params };
  const entry = scenarioFor(t.scenario.id);
  if (!entry) return { key: 'unknownScenario', params: { ...params, id: t.scenario.id } };
  if ('unavailable' in entry) return { key: 'scenarioUnavailable', params: { ...params, id: t.scenario.id, error: entry.unavailable } };
  if (!t.endedAt) return { key: 'unfinished', params };
  const checked = verify(t, entry.scenario);
  if (!checked.ok) return { key: 'doesNotReplay', params, detail: checked.reason };
  if (raw.presenter !== undefined) {
    const problem = presenterProblem(raw.presenter);
    if (problem) return { key: 'badClassroom', params, detail: problem };
    for (const [b, branch] of (raw.presenter as PresenterState).branches.entries()) {
      const replayable = buildTranscript(entry.scenario, entry.hash, {
        seed: t.seed,
        learner: t.learner,
        mode: t.mode,
        startedAt: t.startedAt,
        turns: branch.path,
        endedAt: branch.outcome ? branch.path.at(-1)?.at : undefined,
        outcome: branch.outcome,
      });
      const result = verify(replayable, entry.scenario);
      if (!result.ok) return { key: 'branchDoesNotReplay', params: { ...params, branch: b + 1 }, detail: result.reason };
    }
  }
  // The summary a history table shows must be the transcript's own, field for field.
  const expected = attemptRecord(entry.file, t, raw.presenter as PresenterState | undefined);
  for (const key of ['id', 'scenarioId', 'title', 'learner', 'mode', 'startedAt', 'endedAt', 'outcome', 'percent', 'passed'] as const) {
    if (canonicalJson(raw[key] ?? null) !== canonicalJson(expected[key] ?? null)) return { key: 'summaryDisagrees', params: { ...params, field: key } };
  }
  if (typeof raw.file !== 'string') return { key: 'noFile', params };
  const extra = Object.keys(raw).filter((k) => !(k in expected) && k !== 'file');
  if (extra.length > 0) return { key: 'unknownFields', params: { ...params, fields: extra.join(', ') } };
  return undefined;
}

/**
 * The scenarios a file's records name, so that only those are fetched before
 * it is read; none for a file that is not an attempts file (reading it says why).
 */
export function scenarioIdsIn(text: string): string[] {
  if (text.length > MAX_FILE_BYTES) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isObject(raw) || !Array.isArray(raw.attempts)) return [];
  const ids = raw.attempts.map((r: unknown) => (isObject(r) && isObject(r.transcript) && isObject(r.transcript.scenario) ? r.transcript.scenario.id : undefined));
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * Reads an exported file. Nothing is written here: the caller stores the
 * returned records in one transaction only when the whole file is sound.
 */
export function readAttemptsFile(text: string, scenarioFor: (id: string) => NamedScenario | undefined): ReadResult {
  const refuse = (key: RefusalKey, params?: Record<string, string | number>): ReadResult => ({ ok: false, reason: params ? { key, params } : { key } });
  if (text.length > MAX_FILE_BYTES) return refuse('tooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse('notJson');
  }
  if (!isObject(raw)) return refuse('notOurs');
  if (raw.format === TRANSCRIPT_FORMAT) return refuse('singleTranscript');
  if (raw.format !== ATTEMPTS_FILE_FORMAT) return refuse('otherFormat', { format: JSON.stringify(raw.format ?? null), expected: ATTEMPTS_FILE_FORMAT });
  if (!Array.isArray(raw.attempts)) return refuse('noList');
  if (raw.count !== raw.attempts.length) return refuse('countMismatch', { said: String(raw.count), held: raw.attempts.length });
  if (typeof raw.checksum !== 'string' || raw.checksum !== contentHash(raw.attempts)) return refuse('checksum');
  const seen = new Set<string>();
  for (const [i, record] of raw.attempts.entries()) {
    const problem = recordProblem(record, i, scenarioFor);
    if (problem) return { ok: false, reason: problem };
    const id = attemptId((record as AttemptRecord).transcript);
    if (seen.has(id)) return refuse('duplicate', { n: i + 1 });
    seen.add(id);
  }
  return { ok: true, attempts: raw.attempts as AttemptRecord[] };
}
