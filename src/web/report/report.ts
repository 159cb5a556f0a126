/**
 * The printable record of one conversation: who, what, when, the score, every
 * criterion with its status and turns, and the whole dialogue; with the
 * assessor's judgements, comments and sign-off when there is a review. Built
 * as DOM for a given document (see print.css for the page layout).
 */
import { accessOf, accessText } from '../accessArrangement.ts';
import { formatDateTime, formatDay } from '../dates.ts';
import type { Transcript } from '../../engine/transcript.ts';
import type { Turn } from '../../engine/types.ts';
import type { Review } from '../../export/reviewTypes.ts';
import { findCriterion } from '../../standards/catalogue.ts';
import { elementFactory, type ElementFactory } from '../dom.ts';
import { reportLabels, type ReportLabels } from './reportLabels.ts';

export interface ReportOptions {
  review?: Review;
  /** One line saying whether the transcript verified by replay, as the page found it. */
  verification?: string;
  /** The interface language's words when not given. */
  labels?: ReportLabels;
  /** Language of the labels (the `lang` of the report); English when not given. */
  lang?: string;
  locale?: string;
  /** Time zone for dates; the reader's own when not given. */
  timeZone?: string;
}

const formatDate = (iso: string, options: ReportOptions): string => formatDateTime(iso, options.locale ?? 'en-GB', options.timeZone);

function summary(h: ElementFactory, t: Transcript, L: ReportLabels, options: ReportOptions): HTMLElement {
  const rows: [string, string][] = [
    [L.learner, t.learner],
    [L.scenario, `${t.scenario.title} (${t.scenario.id})`],
    [L.date, formatDate(t.startedAt, options)],
    [L.mode, L.modes[t.mode] ?? String(t.mode)],
    [L.outcome, t.outcome ? (L.outcomes?.[t.outcome] ?? t.outcome) : '—'],
    [L.score, L.scoreValue(t.rollUp.percent, t.rollUp.met, t.rollUp.total)],
  ];
  const access = accessOf(t);
  if (access) rows.push([L.access, accessText(access, L.accessWords)]);
  if (t.pass) rows.push([L.result, t.pass.passed ? L.passed : L.notYet(t.pass.mark)]);
  if (t.pass && t.pass.missedCritical.length > 0) rows.push(['', L.missedCritical(t.pass.missedCritical.join(', '))]);
  if (options.verification) rows.push([L.verification, options.verification]);
  const dl = h('dl', { class: 'report-summary' });
  for (const [term, value] of rows) dl.append(h('dt', {}, term), h('dd', {}, value));
  const practice = t.mode !== 'assessment';
  return h('section', { class: 'report-section' }, h('h1', {}, practice ? L.practiceTitle : L.title), practice ? h('p', { class: 'report-practice' }, L.practiceNotice) : null, dl);
}

function assessorCell(code: string, L: ReportLabels, review: Review): string {
  const j = review.judgements[code];
  if (!j) return L.notJudged;
  return j.verdict === 'agree' ? L.agrees : L.overridden(L.statuses[j.status], j.reason);
}

function criteriaTable(h: ElementFactory, t: Transcript, L: ReportLabels, review?: Review): HTMLElement {
  const head = h('tr', {}, h('th', { scope: 'col' }, L.code), h('th', { scope: 'col' }, L.criterion), h('th', { scope: 'col' }, L.status), h('th', { scope: 'col' }, L.turns));
  if (review) head.append(h('th', { scope: 'col' }, L.assessor));
  const body = h('tbody');
  for (const c of t.rollUp.criteria) {
    const row = h(
      'tr',
      { 'data-status': c.status },
      h('th', { scope: 'row' }, c.code),
      h('td', { lang: 'en-GB' }, findCriterion(c.code)?.text ?? c.text),
      h('td', {}, L.statuses[c.status] ?? c.status),
      h('td', {}, c.turns.map((i) => i + 1).join(', ')),
    );
    if (review) row.append(h('td', {}, assessorCell(c.code, L, review)));
    body.append(row);
  }
  return h('section', { class: 'report-section' }, h('h2', {}, L.criteria), h('table', { class: 'report-criteria' }, h('thead', {}, head), body));
}

function turnItem(h: ElementFactory, turn: Turn, L: ReportLabels, review?: Review): HTMLElement {
  const reply = turn.action.kind === 'choice' ? turn.action.text : L.waited(turn.action.seconds);
  const li = h(
    'li',
    { class: 'report-turn' },
    h('h3', {}, L.turn(turn.index + 1)),
    h('p', { class: 'report-customer' }, h('span', { class: 'report-who' }, `${L.customer}: `), h('span', { lang: turn.line.lang }, turn.line.text)),
    turn.line.gloss ? h('p', { class: 'report-gloss' }, `${L.gloss}: `, h('span', { lang: 'en-GB' }, turn.line.gloss)) : null,
    h('p', { class: 'report-reply' }, h('span', { class: 'report-who' }, `${L.reply}: `), turn.action.kind === 'choice' ? h('span', { lang: 'en-GB' }, reply) : reply),
  );
  if (turn.evidence.length > 0) {
    const list = h('ul', { class: 'report-evidence' });
    for (const e of turn.evidence) list.append(h('li', { 'data-met': String(e.met) }, `${e.criterion} (${e.met ? L.met : L.missed}): ${e.why}`));
    li.append(list);
  }
  for (const c of review?.comments.filter((c) => c.turn === turn.index) ?? []) li.append(h('p', { class: 'report-comment' }, `${L.assessor}: ${c.text}`));
  return li;
}

function reviewSection(h: ElementFactory, L: ReportLabels, review: Review, locale: string): HTMLElement {
  const general = review.comments.filter((c) => c.turn === undefined);
  const perTurn = review.comments.filter((c) => c.turn !== undefined);
  const list = h('ul', { class: 'report-comments' });
  for (const c of [...general, ...perTurn]) list.append(h('li', {}, c.turn === undefined ? c.text : `${L.aboutTurn(c.turn + 1)}: ${c.text}`));
  const sign = review.signedBy && review.signedAt ? h('dl', { class: 'report-summary' }, h('dt', {}, L.signedBy), h('dd', {}, review.signedBy), h('dt', {}, L.signedAt), h('dd', {}, formatDay(review.signedAt, locale))) : h('p', {}, L.notSigned);
  return h('section', { class: 'report-section' }, h('h2', {}, L.review), h('h3', {}, L.comments), review.comments.length ? list : h('p', {}, L.noComments), sign);
}

export function buildReport(doc: Document, t: Transcript, options: ReportOptions = {}): HTMLElement {
  const h = elementFactory(doc);
  const L = options.labels ?? reportLabels();
  const turns = h('ol', { class: 'report-dialogue' });
  for (const turn of t.turns) turns.append(turnItem(h, turn, L, options.review));
  return h(
    'article',
    { class: 'report', lang: options.lang ?? 'en-GB', 'data-mode': t.mode },
    summary(h, t, L, options),
    criteriaTable(h, t, L, options.review),
    h('section', { class: 'report-section' }, h('h2', {}, L.dialogue), turns),
    options.review ? reviewSection(h, L, options.review, options.locale ?? 'en-GB') : null,
    h('footer', { class: 'report-footer' }, L.footer(t.engineVersion, t.scenario.hash)),
  );
}
