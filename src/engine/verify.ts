/**
 * Replays a transcript's actions through the scenario and reports the first
 * place where the record and the replay disagree. This is how an assessor
 * knows a transcript was not edited: every line, verdict, meter and score must
 * come out the same.
 */
import type { Scenario } from '../scenario/schema.ts';
import { scenarioHash } from '../scenario/hash.ts';
import { canonicalJson } from '../scenario/canonicalJson.ts';
import { ReplayError, Session } from './session.ts';
import { isAccessArrangement } from './timers.ts';
import { TRANSCRIPT_FORMAT, type Transcript } from './transcript.ts';
import { ENGINE_VERSION } from './version.ts';

export type Verification =
  | { ok: true; turns: number }
  | { ok: false; reason: string; turn?: number; field?: string; recorded?: unknown; replayed?: unknown };

/** The first key path where two JSON values differ, e.g. `metersAfter.trust`. */
function firstDifference(a: unknown, b: unknown, path = ''): { field: string; recorded: unknown; replayed: unknown } | null {
  if (canonicalJson(a) === canonicalJson(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
  }
  return { field: path || '(whole value)', recorded: a, replayed: b };
}

export function verify(transcript: Transcript, scenario: Scenario): Verification {
  if (transcript?.format !== TRANSCRIPT_FORMAT) return { ok: false, reason: `not a Rapport transcript (format ${JSON.stringify(transcript?.format)})` };
  if (transcript.scenario?.id !== scenario.id) return { ok: false, reason: `transcript is for scenario "${transcript.scenario?.id}", not "${scenario.id}"` };
  if (transcript.engineVersion !== ENGINE_VERSION) {
    return { ok: false, reason: `made by engine ${transcript.engineVersion}; this is engine ${ENGINE_VERSION}, which may replay differently` };
  }
  if (transcript.scenario.hash !== scenarioHash(scenario)) {
    return { ok: false, reason: `scenario "${scenario.id}" is not the version this transcript was made with (content hash differs)` };
  }
  if (!Array.isArray(transcript.turns)) return { ok: false, reason: 'transcript has no list of turns' };

  // Times of choices are what the learner's clock said: replay cannot re-derive them, but it can insist they run forwards.
  const stamps = [transcript.startedAt, ...transcript.turns.map((t) => t?.at), ...(transcript.endedAt ? [transcript.endedAt] : [])].map((x) => Date.parse(String(x)));
  const backwards = stamps.findIndex((x, i) => Number.isNaN(x) || (i > 0 && x < stamps[i - 1]!));
  if (backwards >= 0) return { ok: false, reason: 'times are out of order or unreadable', turn: Math.max(0, backwards - 1), field: 'at' };

  if (transcript.mode !== 'practice' && transcript.mode !== 'assessment') return { ok: false, reason: `unknown mode ${JSON.stringify(transcript.mode)}`, field: 'mode' };
  if (transcript.mode === 'assessment' && !transcript.learner?.trim()) return { ok: false, reason: 'an assessment transcript must name the learner', field: 'learner' };
  if (transcript.access !== undefined && !isAccessArrangement(transcript.access)) return { ok: false, reason: `unreadable timer arrangement ${JSON.stringify(transcript.access)}`, field: 'access' };
  let differs: Verification | undefined;
  let replay: Session;
  try {
    replay = Session.replay(scenario, transcript, {
      onTurn: (replayed, i) => {
        const d = firstDifference(transcript.turns[i], replayed);
        if (d) differs = { ok: false, reason: `turn ${i + 1} differs from the replay at ${d.field}`, turn: i, ...d };
        return !d;
      },
    });
  } catch (err) {
    if (!(err instanceof ReplayError)) throw err;
    return { ok: false, reason: err.message, turn: err.turn, ...(err.field ? { field: err.field } : {}) };
  }
  try {
    if (differs) return differs;
    const whole = replay.transcript();
    for (const field of ['endedAt', 'outcome', 'rollUp', 'pass', 'mode', 'access', 'seed', 'startedAt', 'learner'] as const) {
      const d = firstDifference(transcript[field], whole[field], field);
      if (d) return { ok: false, reason: `${d.field} differs from the replay`, ...d };
    }
    return { ok: true, turns: transcript.turns.length };
  } finally {
    replay.stop();
  }
}
