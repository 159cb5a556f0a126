/**
 * A transcript as xAPI 1.0.3 statements: one per turn, then one for the
 * attempt (passed or failed when the scenario's pass rule was applied,
 * completed otherwise). Everything comes from the transcript, timestamps included, so the same
 * transcript always gives the same statements.
 */
import { contentHash } from '../scenario/hash.ts';
import type { Transcript } from '../engine/transcript.ts';
import type { Turn } from '../engine/types.ts';
import { v5 as uuidV5 } from 'uuid';
import { findCriterion, findUnit } from '../standards/catalogue.ts';
import { durationBetween, isoDuration } from './isoDuration.ts';
import type { XapiActivity, XapiAgent, XapiContext, XapiResult, XapiStatement } from './xapiTypes.ts';
import { ACTIVITY_TYPES, iris, VERBS } from './xapiVocabulary.ts';

export interface XapiOptions {
  actor: XapiAgent;
  /** IRI the deployment controls; activities and extensions are named under it. */
  activityBase: string;
  /** An xAPI registration (UUID) grouping this attempt with others, if the LMS issued one. */
  registration?: string;
}

/** Rapport's own name space for statement ids. They are name-based (v5), so the same attempt and turn always give the same id and an LRS recognises a statement sent again. */
export const RAPPORT_NAMESPACE = uuidV5('urn:rapport:xapi-statements', uuidV5.URL);

/** Scenario texts are authored in English; customer lines carry their own language. */
const AUTHORED = 'en-GB';

/**
 * Identifies the attempt, not the file: the same attempt exported before and
 * after its last turn keeps the ids of the turns both contain, so sending both
 * never stores a turn twice.
 */
export function attemptKey(t: Transcript): string {
  return contentHash({ scenario: t.scenario.hash, learner: t.learner, seed: t.seed, startedAt: t.startedAt, mode: t.mode });
}

export function statementId(t: Transcript, part: 'attempt' | number): string {
  return uuidV5(`${attemptKey(t)}/${part === 'attempt' ? 'attempt' : `turn/${part}`}`, RAPPORT_NAMESPACE);
}

function unitActivities(t: Transcript, iri: ReturnType<typeof iris>): XapiActivity[] {
  return t.scenario.units.map((code) => ({
    objectType: 'Activity',
    id: iri.unit(code),
    definition: { name: { [AUTHORED]: `${code} ${findUnit(code)?.title ?? ''}`.trim() }, type: ACTIVITY_TYPES.objective },
  }));
}

function scenarioActivity(t: Transcript, iri: ReturnType<typeof iris>): XapiActivity {
  return { objectType: 'Activity', id: iri.scenario(t.scenario.id), definition: { name: { [AUTHORED]: t.scenario.title }, type: ACTIVITY_TYPES.simulation } };
}

function context(t: Transcript, iri: ReturnType<typeof iris>, options: XapiOptions, extensions: Record<string, unknown>, parent?: XapiActivity): XapiContext {
  const ctx: XapiContext = {
    contextActivities: { ...(parent ? { parent: [parent] } : {}), grouping: unitActivities(t, iri) },
    platform: 'Rapport',
    extensions,
  };
  if (options.registration) ctx.registration = options.registration;
  return ctx;
}

function attemptStatement(t: Transcript, iri: ReturnType<typeof iris>, options: XapiOptions, endedAt: string): XapiStatement {
  const verb = t.pass ? (t.pass.passed ? VERBS.passed : VERBS.failed) : VERBS.completed;
  const result: XapiResult = { completion: true, duration: durationBetween(t.startedAt, endedAt) };
  // xAPI requires min < max, so an attempt with no evidence at all reports no score rather than 0 of 0.
  if (t.rollUp.total > 0) {
    result.score = { scaled: Math.round((t.rollUp.met / t.rollUp.total) * 10_000) / 10_000, raw: t.rollUp.met, min: 0, max: t.rollUp.total };
  }
  if (t.pass) result.success = t.pass.passed;
  const criteria = t.rollUp.criteria.map((c) => ({ code: c.code, text: c.text, status: c.status, met: c.met, total: c.total, turns: c.turns.map((i) => i + 1) }));
  return {
    id: statementId(t, 'attempt'),
    actor: options.actor,
    verb,
    object: scenarioActivity(t, iri),
    result,
    context: context(t, iri, options, {
      [iri.extension('criteria')]: criteria,
      [iri.extension('scenario-hash')]: t.scenario.hash,
      [iri.extension('engine-version')]: t.engineVersion,
      [iri.extension('mode')]: t.mode,
      ...(t.outcome ? { [iri.extension('outcome')]: t.outcome } : {}),
      // The whole record, so what an LRS gives back can be verified by replay like a file (the class view reads it).
      [iri.extension('transcript')]: t,
    }),
    timestamp: endedAt,
  };
}

function turnStatement(t: Transcript, turn: Turn, iri: ReturnType<typeof iris>, options: XapiOptions): XapiStatement {
  const answered = turn.action.kind === 'choice';
  const description: Record<string, string> = { [turn.line.lang]: turn.line.text };
  if (turn.line.gloss && !(AUTHORED in description)) description[AUTHORED] = turn.line.gloss;
  const result: XapiResult = {
    // The authored option index: stable across shuffles, and one of the interaction's choice ids.
    response: turn.action.kind === 'choice' ? String(turn.action.choice) : '',
    extensions: { [iri.extension('meters-after')]: turn.metersAfter },
  };
  if (turn.action.kind === 'timeout') result.duration = isoDuration(turn.action.seconds * 1000);
  if (turn.evidence.length > 0) result.success = turn.evidence.every((e) => e.met);
  const evidence = turn.evidence.map((e) => ({ criterion: e.criterion, text: findCriterion(e.criterion)?.text ?? '', met: e.met, weight: e.weight, why: e.why }));
  return {
    id: statementId(t, turn.index),
    actor: options.actor,
    // Letting the customer's timer run out is a response (silence), not an answer to the question put.
    verb: answered ? VERBS.answered : VERBS.responded,
    object: {
      objectType: 'Activity',
      id: iri.node(t.scenario.id, turn.nodeId),
      definition: {
        name: { [AUTHORED]: `${t.scenario.title}: ${turn.nodeId}` },
        description,
        type: ACTIVITY_TYPES.interaction,
        interactionType: 'choice',
        choices: turn.offered.map((o) => ({ id: String(o.choice), description: { [AUTHORED]: o.text } })),
      },
    },
    result,
    context: context(t, iri, options, { [iri.extension('evidence')]: evidence, [iri.extension('turn')]: turn.index + 1 }, scenarioActivity(t, iri)),
    timestamp: turn.at,
  };
}

/**
 * Turns in the order they were taken, then the attempt once the conversation
 * has ended: an unfinished transcript has no completion to report.
 */
export function xapiStatements(t: Transcript, options: XapiOptions): XapiStatement[] {
  const iri = iris(options.activityBase);
  const turns = t.turns.map((turn) => turnStatement(t, turn, iri, options));
  return t.endedAt ? [...turns, attemptStatement(t, iri, options, t.endedAt)] : turns;
}
