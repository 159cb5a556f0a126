/**
 * All stored attempts as one file, and reading such a file back. A file is
 * checked completely before anything is written: its format, its checksum,
 * the shape of every record, and every transcript and explored branch replayed
 * through the scenario (verify.ts). The first problem found refuses the whole
 * file with a reason a tutor can act on.
 */
import { canonicalJson, sha256Hex } from '../../engine/sha256.ts';
import { buildTranscript, TRANSCRIPT_FORMAT, type Transcript } from '../../engine/transcript.ts';
import { verify } from '../../engine/verify.ts';
import { attemptId, attemptRecord, type AttemptRecord } from './attempts.ts';
import type { LibraryEntry } from './library.ts';
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

export type ReadResult = { ok: true; attempts: AttemptRecord[] } | { ok: false; reason: string };

export function makeAttemptsFile(attempts: readonly AttemptRecord[], now = new Date()): AttemptsFile {
  const list = structuredClone([...attempts]);
  return { format: ATTEMPTS_FILE_FORMAT, exportedAt: now.toISOString(), count: list.length, checksum: sha256Hex(canonicalJson(list)), attempts: list };
}

export const attemptsFileName = (now = new Date()): string => `rapport-attempts-${now.toISOString().slice(0, 10)}.json`;

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function describe(i: number, raw: Record<string, unknown>): string {
  const title = typeof raw.title === 'string' ? ` ("${raw.title.slice(0, 60)}")` : '';
  return `attempt ${i + 1}${title}`;
}

/** Checks one record against the scenario it claims; the reason it is refused, or undefined. */
function recordProblem(raw: unknown, i: number, scenarioFor: (id: string) => LibraryEntry | undefined): string | undefined {
  if (!isObject(raw)) return `attempt ${i + 1} is not a record`;
  const which = describe(i, raw);
  const t = raw.transcript as Transcript | undefined;
  if (!isObject(t) || t.format !== TRANSCRIPT_FORMAT) return `${which} has no Rapport transcript`;
  if (!isObject(t.scenario) || typeof t.scenario.id !== 'string') return `${which} does not say which scenario it is for`;
  const entry = scenarioFor(t.scenario.id);
  if (!entry) return `${which} is for the scenario "${t.scenario.id}", which this copy of Rapport does not have, so it cannot be checked`;
  if (!t.endedAt) return `${which} is not a finished conversation`;
  const checked = verify(t, entry.scenario);
  if (!checked.ok) return `${which} does not match a replay of the scenario: ${checked.reason}`;
  if (raw.presenter !== undefined) {
    const problem = presenterProblem(raw.presenter);
    if (problem) return `${which}: ${problem}`;
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
      if (!result.ok) return `${which}: explored branch ${b + 1} does not match a replay of the scenario: ${result.reason}`;
    }
  }
  // The summary a history table shows must be the transcript's own, field for field.
  const expected = attemptRecord(entry.file, t, raw.presenter as PresenterState | undefined);
  for (const key of ['id', 'scenarioId', 'title', 'learner', 'mode', 'startedAt', 'endedAt', 'outcome', 'percent', 'passed'] as const) {
    if (canonicalJson(raw[key] ?? null) !== canonicalJson(expected[key] ?? null)) return `${which}: its ${key} does not agree with its transcript`;
  }
  if (typeof raw.file !== 'string') return `${which} does not name its scenario file`;
  const extra = Object.keys(raw).filter((k) => !(k in expected) && k !== 'file');
  if (extra.length > 0) return `${which} has fields Rapport does not know: ${extra.join(', ')}`;
  return undefined;
}

/**
 * Reads an exported file. Nothing is written here: the caller stores the
 * returned records in one transaction only when the whole file is sound.
 */
export function readAttemptsFile(text: string, scenarioFor: (id: string) => LibraryEntry | undefined): ReadResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'the file is far too large to be a Rapport attempts file' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the file is not readable JSON: it may be damaged, or not a Rapport attempts file' };
  }
  if (!isObject(raw)) return { ok: false, reason: 'the file is not a Rapport attempts file' };
  if (raw.format === TRANSCRIPT_FORMAT) return { ok: false, reason: 'this is a single transcript, not a file of attempts exported from the history' };
  if (raw.format !== ATTEMPTS_FILE_FORMAT) return { ok: false, reason: `the file is not a Rapport attempts file (its format is ${JSON.stringify(raw.format ?? null)}, expected ${ATTEMPTS_FILE_FORMAT})` };
  if (!Array.isArray(raw.attempts)) return { ok: false, reason: 'the file has no list of attempts' };
  if (raw.count !== raw.attempts.length) return { ok: false, reason: `the file says it holds ${String(raw.count)} attempts but holds ${raw.attempts.length}: part of it is missing` };
  if (typeof raw.checksum !== 'string' || raw.checksum !== sha256Hex(canonicalJson(raw.attempts))) {
    return { ok: false, reason: 'the file has been changed or damaged since it was exported (its checksum does not match)' };
  }
  const seen = new Set<string>();
  for (const [i, record] of raw.attempts.entries()) {
    const problem = recordProblem(record, i, scenarioFor);
    if (problem) return { ok: false, reason: problem };
    const id = attemptId((record as AttemptRecord).transcript);
    if (seen.has(id)) return { ok: false, reason: `attempt ${i + 1} appears twice in the file` };
    seen.add(id);
  }
  return { ok: true, attempts: raw.attempts as AttemptRecord[] };
}
