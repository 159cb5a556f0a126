/**
 * A cmi5 launch, as an LMS opens the AU: the launch URL's query parameters
 * (cmi5 §8.1: endpoint, fetch, actor, registration, activityId) and the
 * LMS.LaunchData state document (§10). Both are read defensively: anything
 * missing or malformed is named, so the learner gets a plain notice rather
 * than a page that silently records nothing.
 */
import type { XapiAgent, XapiContext } from '../export/xapiTypes.ts';
import { httpUrl, isHttpUrl } from '../export/httpUrl.ts';
import { isUuid } from '../export/uuid.ts';

export interface LaunchParams {
  endpoint: string;
  fetch: string;
  actor: XapiAgent;
  registration: string;
  activityId: string;
  /** Rapport's own: which bundled scenario this AU is (from the AU's url in cmi5.xml). */
  scenario?: string;
}

export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export const moveOnValues = ['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable'] as const;
export type MoveOn = (typeof moveOnValues)[number];

export interface LaunchData {
  contextTemplate: XapiContext;
  launchMode: LaunchMode;
  launchMethod?: 'OwnWindow' | 'AnyWindow';
  moveOn: MoveOn;
  masteryScore?: number;
  returnURL?: string;
  launchParameters?: string;
  entitlementKey?: { courseStructure?: string; alternate?: string };
}

const CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** Whether the page was opened as a cmi5 AU at all (any of the five parameters present). */
export function isCmi5Launch(search: string): boolean {
  const q = new URLSearchParams(search);
  return CMI5_PARAMS.some((p) => q.has(p));
}

const isIri = (v: string): boolean => /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);

/** An Agent with exactly one identifier, as cmi5 requires of the launch actor (in practice an account). */
function readActor(raw: string): XapiAgent | string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'actor is not JSON';
  }
  const a = value as Record<string, unknown> | null;
  if (!a || typeof a !== 'object' || Array.isArray(a)) return 'actor is not an object';
  const ids = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a[k] !== undefined);
  if (ids.length !== 1) return 'actor must have exactly one identifier';
  const account = a.account as Record<string, unknown> | undefined;
  if (account && (typeof account.homePage !== 'string' || typeof account.name !== 'string' || !account.name)) return 'actor.account needs homePage and name';
  return a as XapiAgent;
}

export type LaunchParse = { ok: true; params: LaunchParams } | { ok: false; problems: string[] };

export function parseLaunch(search: string): LaunchParse {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  for (const p of CMI5_PARAMS) if (!q.get(p)) problems.push(`${p} is missing`);
  const endpoint = q.get('endpoint') ?? '';
  const fetchUrl = q.get('fetch') ?? '';
  const registration = q.get('registration') ?? '';
  const activityId = q.get('activityId') ?? '';
  if (endpoint && !isHttpUrl(endpoint)) problems.push('endpoint is not an http(s) address');
  if (fetchUrl && !isHttpUrl(fetchUrl)) problems.push('fetch is not an http(s) address');
  if (registration && !isUuid(registration)) problems.push('registration is not a UUID');
  if (activityId && !isIri(activityId)) problems.push('activityId is not an IRI');
  const actor = q.get('actor') ? readActor(q.get('actor')!) : undefined;
  if (typeof actor === 'string') problems.push(actor);
  if (problems.length > 0 || !actor || typeof actor === 'string') return { ok: false, problems };
  const params: LaunchParams = { endpoint: httpUrl(endpoint)!, fetch: httpUrl(fetchUrl)!, actor, registration, activityId };
  const scenario = q.get('scenario');
  if (scenario) params.scenario = scenario;
  return { ok: true, params };
}

/** The learner's name as the LMS gave it: the actor's name, else its account name. */
export function learnerName(actor: XapiAgent): string {
  return (actor.name ?? actor.account?.name ?? actor.mbox?.replace(/^mailto:/, '') ?? '').trim();
}

/** The scenario id an AU stands for: `?scenario=` in its url, else the last segment of a `/scenarios/<id>` activity id. */
export function scenarioIdOf(params: LaunchParams): string | undefined {
  if (params.scenario) return params.scenario;
  const m = /\/scenarios\/([^/?#]+)$/.exec(params.activityId);
  return m ? decodeURIComponent(m[1]!) : undefined;
}

/**
 * Something in LMS.LaunchData the AU will not use, though the launch goes on: a returnURL that is not an http(s)
 * address (`javascript:` would run in this origin when the learner leaves). The learner is told, and "Return to
 * the course" is not offered.
 */
export interface LaunchDataWarning {
  field: 'returnURL';
  value: unknown;
}

export type LaunchDataParse = { ok: true; data: LaunchData; warnings: LaunchDataWarning[] } | { ok: false; problems: string[] };

export function parseLaunchData(raw: unknown): LaunchDataParse {
  const r = raw as Record<string, unknown> | null;
  if (!r || typeof r !== 'object') return { ok: false, problems: ['LMS.LaunchData is not a JSON object'] };
  const problems: string[] = [];
  if (!r.contextTemplate || typeof r.contextTemplate !== 'object') problems.push('contextTemplate is missing');
  if (r.launchMode !== 'Normal' && r.launchMode !== 'Browse' && r.launchMode !== 'Review') problems.push(`launchMode ${JSON.stringify(r.launchMode)} is not Normal, Browse or Review`);
  if (!moveOnValues.includes(r.moveOn as MoveOn)) problems.push(`moveOn ${JSON.stringify(r.moveOn)} is not a cmi5 value`);
  if (r.masteryScore !== undefined && !(typeof r.masteryScore === 'number' && r.masteryScore >= 0 && r.masteryScore <= 1)) problems.push('masteryScore is not a number from 0 to 1');
  if (problems.length > 0) return { ok: false, problems };
  const data: LaunchData = { contextTemplate: r.contextTemplate as XapiContext, launchMode: r.launchMode as LaunchMode, moveOn: r.moveOn as MoveOn };
  if (r.launchMethod === 'OwnWindow' || r.launchMethod === 'AnyWindow') data.launchMethod = r.launchMethod;
  if (typeof r.masteryScore === 'number') data.masteryScore = r.masteryScore;
  const warnings: LaunchDataWarning[] = [];
  const returnURL = httpUrl(r.returnURL);
  if (returnURL) data.returnURL = returnURL;
  else if (r.returnURL !== undefined && r.returnURL !== null && r.returnURL !== '') warnings.push({ field: 'returnURL', value: r.returnURL });
  if (typeof r.launchParameters === 'string') data.launchParameters = r.launchParameters;
  return { ok: true, data, warnings };
}
