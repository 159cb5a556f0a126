/**
 * The statements a cmi5 AU sends (cmi5 §9): the cmi5-defined ones
 * (initialized, completed, passed, failed, terminated) and, between them,
 * Rapport's per-turn statements from the xAPI export with the launch's
 * context added. Ids are name-based on the session, so a statement rebuilt
 * after a reload or a retry has the same id and is never stored twice.
 */
import { v5 as uuidV5 } from 'uuid';
import type { Transcript } from '../engine/transcript.ts';
import { durationBetween } from '../export/isoDuration.ts';
import { RAPPORT_NAMESPACE, xapiStatements } from '../export/xapiStatements.ts';
import { iris } from '../export/xapiVocabulary.ts';
import type { XapiActivity, XapiContext, XapiResult, XapiStatement, XapiVerb } from '../export/xapiTypes.ts';
import type { LaunchData, LaunchParams } from './launch.ts';

export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionId: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

const verb = (name: string): XapiVerb => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': name } });
export const CMI5_VERBS = {
  initialized: verb('initialized'),
  completed: verb('completed'),
  passed: verb('passed'),
  failed: verb('failed'),
  terminated: verb('terminated'),
} as const;
export type Cmi5Verb = keyof typeof CMI5_VERBS;

export interface Cmi5Launch {
  params: LaunchParams;
  data: LaunchData;
}

export const sessionIdOf = (launch: Cmi5Launch): string => {
  const id = launch.data.contextTemplate.extensions?.[CMI5.sessionId];
  return typeof id === 'string' ? id : launch.params.registration;
};

/** The LMS's context template with our additions: lists joined (no activity twice), extensions merged, registration set. */
export function withTemplate(launch: Cmi5Launch, context: XapiContext = {}, categories: string[] = []): XapiContext {
  const template = structuredClone(launch.data.contextTemplate);
  const out: XapiContext = { ...context, ...template, registration: launch.params.registration };
  const lists = { ...(context.contextActivities ?? {}) } as Record<string, XapiActivity[]>;
  for (const [k, list] of Object.entries(template.contextActivities ?? {})) {
    const mine = lists[k] ?? [];
    const theirs = Array.isArray(list) ? list : [list as XapiActivity];
    lists[k] = [...mine, ...theirs.filter((a) => !mine.some((m) => m.id === a.id))];
  }
  if (categories.length > 0) {
    const current = lists.category ?? [];
    lists.category = [...current, ...categories.filter((id) => !current.some((c) => c.id === id)).map((id) => ({ objectType: 'Activity' as const, id }))];
  }
  if (Object.keys(lists).length > 0) out.contextActivities = lists;
  const extensions = { ...(context.extensions ?? {}), ...(template.extensions ?? {}) };
  if (Object.keys(extensions).length > 0) out.extensions = extensions;
  if (context.platform) out.platform = context.platform;
  return out;
}

export function statementIdFor(launch: Cmi5Launch, kind: Cmi5Verb): string {
  return uuidV5(`cmi5/${launch.params.registration}/${sessionIdOf(launch)}/${kind}`, RAPPORT_NAMESPACE);
}

/** A cmi5-defined statement about the AU itself. */
export function cmi5Statement(launch: Cmi5Launch, kind: Cmi5Verb, at: string, result?: XapiResult, extensions: Record<string, unknown> = {}): XapiStatement {
  const categories = kind === 'completed' || kind === 'passed' || kind === 'failed' ? [CMI5.category, CMI5.moveOn] : [CMI5.category];
  const context = withTemplate(launch, Object.keys(extensions).length ? { extensions } : {}, categories);
  const s: XapiStatement = {
    id: statementIdFor(launch, kind),
    actor: launch.params.actor,
    verb: CMI5_VERBS[kind],
    object: { objectType: 'Activity', id: launch.params.activityId },
    context,
    timestamp: at,
  };
  if (result) s.result = result;
  return s;
}

/** The activity base our per-turn IRIs hang from: the AU's id without `/scenarios/<id>`, else the AU's id itself. */
export function activityBaseFor(activityId: string, scenarioId: string): string {
  const suffix = `/scenarios/${encodeURIComponent(scenarioId)}`;
  return activityId.endsWith(suffix) ? activityId.slice(0, -suffix.length) : activityId;
}

/**
 * Per-turn statements ("cmi5 allowed"): exactly the xAPI export's, with the
 * launch's registration, context template and session id. No cmi5 category:
 * that marks cmi5-defined statements only.
 */
export function turnStatements(launch: Cmi5Launch, transcript: Transcript): XapiStatement[] {
  const base = activityBaseFor(launch.params.activityId, transcript.scenario.id);
  const all = xapiStatements({ ...transcript, endedAt: undefined } as Transcript, { actor: launch.params.actor, activityBase: base, registration: launch.params.registration });
  return all.map((s) => ({ ...s, context: withTemplate(launch, s.context) }));
}

export interface Verdict {
  scaled: number;
  raw: number;
  max: number;
  passed: boolean;
  missedCritical: string[];
}

/**
 * Pass or fail by the scenario's rules, with the LMS's masteryScore (when it
 * sent one) standing in for the pass mark as cmi5 requires; a missed critical
 * criterion fails whatever the score.
 */
export function verdictOf(transcript: Transcript, masteryScore: number | undefined): Verdict | undefined {
  if (!transcript.pass) return undefined;
  const { met, total } = transcript.rollUp;
  const scaled = total > 0 ? Math.round((met / total) * 10_000) / 10_000 : 0;
  const reachedMark = masteryScore === undefined ? transcript.pass.percent >= transcript.pass.mark : scaled >= masteryScore;
  return { scaled, raw: met, max: total, passed: reachedMark && transcript.pass.missedCritical.length === 0, missedCritical: [...transcript.pass.missedCritical] };
}

/**
 * The result of passed or failed. cmi5 §9.3.5 requires a failed statement's
 * scaled score to be below the launch's masteryScore, and an LMS may refuse
 * one that is not; yet an attempt can reach the mastery score and still fail,
 * on a missed critical criterion. Such a failed statement carries no `score`
 * (§9.5.1 makes it optional), rather than a number capped below mastery that
 * the learner never scored and an assessor would find nowhere in the
 * transcript; the real score and the critical criteria missed travel in
 * result extensions under the AU's own IRIs, and the whole attempt is kept in
 * the State API. Below mastery, or without a masteryScore, the score is sent
 * as usual.
 */
export function verdictResult(launch: Cmi5Launch, scenarioId: string, v: Verdict, duration: string): XapiResult {
  const result: XapiResult = { success: v.passed, duration };
  if (v.max === 0) return result;
  const score = { scaled: v.scaled, raw: v.raw, min: 0, max: v.max };
  const withheld = !v.passed && launch.data.masteryScore !== undefined && v.scaled >= launch.data.masteryScore;
  if (!withheld) result.score = score;
  const iri = iris(activityBaseFor(launch.params.activityId, scenarioId));
  const extensions: Record<string, unknown> = {};
  if (v.missedCritical.length > 0) extensions[iri.extension('missed-critical')] = v.missedCritical;
  if (withheld) extensions[iri.extension('score')] = score;
  if (Object.keys(extensions).length > 0) result.extensions = extensions;
  return result;
}

/** What the AU sends when the conversation ends: completed, then passed or failed (Normal mode only). */
export function endingStatements(launch: Cmi5Launch, transcript: Transcript, initializedAt: string, at: string): XapiStatement[] {
  if (launch.data.launchMode !== 'Normal') return [];
  const duration = durationBetween(initializedAt, at);
  const out = [cmi5Statement(launch, 'completed', at, { completion: true, duration })];
  const v = verdictOf(transcript, launch.data.masteryScore);
  if (v) {
    const ext = launch.data.masteryScore !== undefined ? { [CMI5.masteryScore]: launch.data.masteryScore } : {};
    out.push(cmi5Statement(launch, v.passed ? 'passed' : 'failed', at, verdictResult(launch, transcript.scenario.id, v, duration), ext));
  }
  return out;
}
