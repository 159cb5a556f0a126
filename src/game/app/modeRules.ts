/**
 * What each mode allows, in one place, so the views, the keyboard shortcuts,
 * a resumed save and the URL all ask the same question and get the same
 * answer. Practice: feedback, meters (if the learner likes), hints and step
 * back. Assessment: none of those until the debrief, and a named, dated start.
 */
import type { Mode } from '../../engine/transcript.ts';
import type { SessionView } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { findCriterion } from '../../standards/catalogue.ts';
import type { UiKey } from '../../web/i18n/i18n.ts';
import type { Settings } from '../../web/settings.ts';

export const modes: readonly Mode[] = ['practice', 'assessment'];

export const isMode = (v: unknown): v is Mode => v === 'practice' || v === 'assessment';

export interface ModeRules {
  /** Judge each response as soon as it is given. */
  feedback: boolean;
  meters: boolean;
  hints: boolean;
  stepBack: boolean;
}

export function rulesFor(mode: Mode, settings: Pick<Settings, 'feedback' | 'showMeters'>): ModeRules {
  if (mode === 'assessment') return { feedback: false, meters: false, hints: false, stepBack: false };
  return { feedback: settings.feedback === 'immediate', meters: settings.showMeters, hints: true, stepBack: true };
}

/** What the learner asks for when they start a scenario. */
export interface StartRequest {
  mode: Mode;
  learner: string;
  /** YYYY-MM-DD as the learner entered it; an assessment needs today's date. */
  date?: string;
}

/** The local calendar date, YYYY-MM-DD, which is what a date input holds. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Why an assessment cannot start as asked, or undefined when it can. Practice needs nothing. */
export function startProblem(request: StartRequest, now: Date): UiKey | undefined {
  if (request.mode !== 'assessment') return undefined;
  if (!request.learner.trim()) return 'mode.needName';
  if (!request.date) return 'mode.needDate';
  // The record's date is when it was taken; a learner cannot back- or forward-date an assessment.
  if (request.date !== localDate(now)) return 'mode.dateNotToday';
  return undefined;
}

export interface Hint {
  /** The scenario author's notes for this point of the conversation. */
  notes?: string;
  /** The criteria the responses here are judged against, with their wording. */
  criteria: { code: string; text: string }[];
}

/**
 * A pointer for the learner at the current node: the tutor notes and the
 * criteria in play. It never says which response meets them: the criteria
 * come from every option on offer together, in catalogue order, and no
 * option's text, hint or verdict is used.
 */
export function hintFor(scenario: Scenario, view: SessionView): Hint | undefined {
  if (view.ended) return undefined;
  const node = scenario.nodes[view.nodeId];
  if (!node) return undefined;
  const offered = new Set(view.options.map((o) => o.choice));
  const codes = new Set<string>();
  node.choices.forEach((c, i) => {
    if (offered.has(i)) for (const e of c.evidence) codes.add(e.criterion);
  });
  for (const e of node.after?.evidence ?? []) codes.add(e.criterion);
  const criteria = [...codes]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((code) => ({ code, text: findCriterion(code)?.text ?? '' }));
  const hint: Hint = { criteria };
  if (node.notes) hint.notes = node.notes;
  return hint.notes || criteria.length > 0 ? hint : undefined;
}

/** What a link asks for: a scenario, and a mode to play it in or `present` to show it to a class. */
export interface LinkRequest {
  scenario?: string;
  mode?: Mode;
  /** `mode=present`: straight into presenter mode (practice, with the tutor's tools). */
  present?: boolean;
}

/** `?scenario=<id>&mode=practice|assessment|present`: which scenario to open, and how. Anything else is ignored. */
export function requestFromQuery(search: string): LinkRequest {
  const q = new URLSearchParams(search);
  const out: LinkRequest = {};
  const scenario = q.get('scenario');
  if (scenario && /^[a-z0-9][a-z0-9-]{0,80}$/.test(scenario)) out.scenario = scenario;
  const mode = q.get('mode');
  if (isMode(mode)) out.mode = mode;
  else if (mode === 'present') out.present = true;
  return out;
}

/** The link that opens a scenario straight into presenter mode (the picker's "Present to a class" is one). */
export const presentLink = (id: string): string => `?scenario=${encodeURIComponent(id)}&mode=present`;
