/**
 * Replays a transcript's actions through the scenario and reports the first
 * place where the record and the replay disagree. This is how an assessor
 * knows a transcript was not edited: every line, verdict, meter and score must
 * come out the same.
 */
import type { Scenario } from '../scenario/schema.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { sameJson } from '../scenario/canonicalJson.ts';
import { ReplayError, Session, type ReplayProblem } from './session.ts';
import { isAccessArrangement } from './timers.ts';
import { TRANSCRIPT_FORMAT, type Transcript } from './transcript.ts';
import type { Turn } from './types.ts';
import { ENGINE_VERSION } from './version.ts';

/**
 * What kind of difference was found, so a caller can say it in plain words without reading `reason`:
 * the file is not for this scenario or engine, its times or mode or learner are wrong, a recorded turn
 * cannot be taken (see ReplayProblem), the record stops before the conversation it claims ended
 * (`turns-removed`), or a field of a turn or of the whole record differs from the replay.
 */
export type VerifyProblem =
  | 'format'
  | 'scenario'
  | 'engine-version'
  | 'scenario-version'
  | 'no-turns'
  | 'times'
  | 'mode'
  | 'no-learner'
  | ReplayProblem
  | 'turns-removed'
  | 'turn-differs'
  | 'record-differs';

export type Verification =
  | { ok: true; turns: number }
  | { ok: false; problem: VerifyProblem; reason: string; turn?: number; field?: string; recorded?: unknown; replayed?: unknown };

type Failure = Extract<Verification, { ok: false }>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// A turn's fields in the order a change shows first: a removed or added turn shows in its index or node
// before its evidence, so what is reported is the cause rather than one of its consequences.
const TURN_FIELDS = ['index', 'nodeId', 'line', 'offered', 'action', 'evidence', 'metersBefore', 'metersAfter', 'to', 'at'];

/** The first key path where two JSON values differ, e.g. `metersAfter.trust`. */
function firstDifference(a: unknown, b: unknown, path = ''): { field: string; recorded: unknown; replayed: unknown } | null {
  if (sameJson(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  return { field: path || '(whole value)', recorded: a, replayed: b };
}

function turnDifference(recorded: unknown, replayed: Turn): { field: string; recorded: unknown; replayed: unknown } | null {
  if (!isRecord(recorded)) return firstDifference(recorded, replayed);
  const keys = new Set([...TURN_FIELDS, ...Object.keys(recorded).sort(), ...Object.keys(replayed).sort()]);
  for (const k of keys) {
    const d = firstDifference(recorded[k], (replayed as unknown as Record<string, unknown>)[k], k);
    if (d) return d;
  }
  return null;
}

/** Times of choices are what the learner's clock said: replay cannot re-derive them, but it can insist they run forwards. */
function timesOutOfOrder(transcript: Transcript): Failure | null {
  const stamps = [transcript.startedAt, ...transcript.turns.map((t) => t?.at), ...(transcript.endedAt ? [transcript.endedAt] : [])].map((x) => Date.parse(String(x)));
  const backwards = stamps.findIndex((x, i) => Number.isNaN(x) || (i > 0 && x < stamps[i - 1]!));
  if (backwards < 0) return null;
  const base = { ok: false as const, problem: 'times' as const, reason: 'times are out of order or unreadable' };
  if (backwards === 0) return { ...base, field: 'startedAt' };
  if (backwards > transcript.turns.length) return { ...base, field: 'endedAt' };
  return { ...base, turn: backwards - 1, field: 'at' };
}

export function verify(transcript: Transcript, scenario: Scenario): Verification {
  if (transcript?.format !== TRANSCRIPT_FORMAT) return { ok: false, problem: 'format', reason: `not a Rapport transcript (format ${JSON.stringify(transcript?.format)})` };
  if (transcript.scenario?.id !== scenario.id) return { ok: false, problem: 'scenario', reason: `transcript is for scenario "${transcript.scenario?.id}", not "${scenario.id}"` };
  if (transcript.engineVersion !== ENGINE_VERSION) {
    return { ok: false, problem: 'engine-version', reason: `made by engine ${transcript.engineVersion}; this is engine ${ENGINE_VERSION}, which may replay differently` };
  }
  if (transcript.scenario.hash !== scenarioHash(scenario)) {
    return { ok: false, problem: 'scenario-version', reason: `scenario "${scenario.id}" is not the version this transcript was made with (content hash differs)` };
  }
  if (!Array.isArray(transcript.turns)) return { ok: false, problem: 'no-turns', reason: 'transcript has no list of turns' };
  const times = timesOutOfOrder(transcript);
  if (times) return times;

  if (transcript.mode !== 'practice' && transcript.mode !== 'assessment') {
    return { ok: false, problem: 'mode', reason: `unknown mode ${JSON.stringify(transcript.mode)}`, field: 'mode', recorded: transcript.mode };
  }
  if (transcript.mode === 'assessment' && !transcript.learner?.trim()) return { ok: false, problem: 'no-learner', reason: 'an assessment transcript must name the learner', field: 'learner' };
  if (transcript.access !== undefined && !isAccessArrangement(transcript.access)) {
    return { ok: false, problem: 'record-differs', reason: `unreadable timer arrangement ${JSON.stringify(transcript.access)}`, field: 'access', recorded: transcript.access };
  }
  let differs: Failure | undefined;
  let replay: Session;
  try {
    replay = Session.replay(scenario, transcript, {
      onTurn: (replayed, i) => {
        const d = turnDifference(transcript.turns[i], replayed);
        if (d) differs = { ok: false, problem: 'turn-differs', reason: `turn ${i + 1} differs from the replay at ${d.field}`, turn: i, ...d };
        return !d;
      },
    });
  } catch (err) {
    if (!(err instanceof ReplayError)) throw err;
    return { ok: false, problem: err.problem, reason: err.message, turn: err.turn, ...(err.field ? { field: err.field } : {}) };
  }
  try {
    if (differs) return differs;
    // A record that says the conversation ended where the replay has not: its last turns were cut off.
    if (transcript.endedAt && !replay.ended) {
      return { ok: false, problem: 'turns-removed', reason: `the conversation had not ended after turn ${transcript.turns.length}`, turn: transcript.turns.length - 1, field: 'endedAt' };
    }
    // Only read here, field by field, and the replay stops below: its turns need no copy.
    const whole = replay.transcript(true);
    for (const field of ['endedAt', 'outcome', 'rollUp', 'pass', 'mode', 'access', 'seed', 'startedAt', 'learner'] as const) {
      const d = firstDifference(transcript[field], whole[field], field);
      if (d) return { ok: false, problem: 'record-differs', reason: `${d.field} differs from the replay`, ...d };
    }
    return { ok: true, turns: transcript.turns.length };
  } finally {
    replay.stop();
  }
}
