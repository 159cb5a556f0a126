/**
 * The debrief: the score, a picture of every element and criterion with the
 * same numbers in a table under it, the path taken with each response's
 * judgement, and the ways on (again, another, transcript, print).
 */
import type { App } from '../../app/app.ts';
import { turnJudgement } from '../../app/feedback.ts';
import type { Play } from '../../app/play.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { criterionChart, elementChart } from './chart.ts';
import { debriefExports } from './debriefExports.ts';
import { outcomeKeys, statusKeys } from '../../../web/i18n/valueKeys.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { passView, recordKind } from '../../../web/passView.ts';
import { actionText, feedbackList } from '../conversation/feedbackView.ts';
import { branchList } from '../presenter/branchList.ts';
import { tallyFor, type PresenterState } from '../../app/presenter.ts';
import type { Turn } from '../../../engine/types.ts';

const judgementKeys = { met: 'debrief.judgementMet', partly: 'debrief.judgementPartly', 'not-met': 'debrief.judgementNotMet' } as const;

function section(id: string, title: string, ...children: (Node | false)[]): HTMLElement {
  return el('section', { class: 'debrief-section', 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

/** What the class voted at this turn, if the tutor counted: each option that got a vote, in the order shown. */
function classVote(state: PresenterState, turn: Turn): HTMLElement | false {
  const counts = tallyFor(state, turn.index, turn.nodeId);
  const voted = turn.offered.filter((o) => (counts[String(o.choice)] ?? 0) > 0);
  if (voted.length === 0) return false;
  return el(
    'p',
    { class: 'path-vote' },
    el('span', { class: 'label' }, t('presenter.debriefVote')),
    ' ',
    ...voted.flatMap((o, i) => [i > 0 ? '; ' : '', el('span', { lang: 'en-GB' }, `“${o.text}”`), ` ${counts[String(o.choice)]!}`]),
  );
}

export function debriefView(app: App, play: Play): View {
  const { scenario } = play;
  const view = play.view();
  const transcript = play.transcript();
  const result = transcript.rollUp;

  const heading = el('h1', { id: 'debrief-title', tabindex: '-1' }, t('debrief.title'), ' ', el('span', { lang: 'en-GB' }, scenario.title));
  const summary = el(
    'div',
    { class: 'score-card' },
    el('p', { class: 'score' }, el('span', { class: 'score-number' }, `${result.percent}%`), ' ', el('span', { class: 'score-label' }, t('debrief.score'))),
    recordKind(transcript, app.settings.language),
    passView(transcript, scenario.pass.critical),
    view.ended ? el('p', { class: 'outcome' }, t('conversation.ended'), ' ', t(outcomeKeys[view.ended.outcome])) : false,
    view.ended?.summary ? el('p', { lang: 'en-GB' }, view.ended.summary) : false,
  );

  const elementTable = el(
    'table',
    { id: 'element-table' },
    el('caption', {}, t('debrief.elementsTable')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('debrief.element')), el('th', { scope: 'col' }, t('debrief.elementTitle')), el('th', { scope: 'col' }, t('debrief.result')))),
    el('tbody', {}, ...result.elements.map((g) => el('tr', {}, el('th', { scope: 'row' }, g.code.toUpperCase()), el('td', { lang: 'en-GB' }, g.title), el('td', {}, `${g.percent}% (${g.met}/${g.total})`)))),
  );
  const criterionTable = el(
    'table',
    { id: 'criterion-table' },
    el('caption', {}, t('debrief.criteriaTable')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('debrief.criterion')), el('th', { scope: 'col' }, t('debrief.standard')), el('th', { scope: 'col' }, t('debrief.status')), el('th', { scope: 'col' }, t('debrief.turns')))),
    el(
      'tbody',
      {},
      ...result.criteria.map((c) =>
        el(
          'tr',
          { class: `status-${c.status}` },
          el('th', { scope: 'row' }, c.code),
          el('td', { lang: 'en-GB' }, c.text),
          el('td', {}, t(statusKeys[c.status])),
          el('td', {}, c.turns.map((i) => i + 1).join(', ') || '–'),
        ),
      ),
    ),
  );

  const path = el(
    'ol',
    { class: 'path' },
    ...play.turns.map((turn) => {
      const judgement = turnJudgement(turn);
      return el(
        'li',
        { class: `path-turn${judgement ? ` is-${judgement}` : ''}` },
        el('p', { class: 'path-line' }, el('span', { class: 'label' }, t('debrief.customer')), ' ', el('span', { lang: turn.line.lang }, turn.line.text)),
        el('p', { class: 'path-choice' }, el('span', { class: 'label' }, t(turn.action.kind === 'choice' ? 'feedback.youSaid' : 'feedback.youWaited')), ' ', el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn))),
        judgement ? el('p', { class: 'path-judgement' }, t(judgementKeys[judgement])) : false,
        play.presenter ? classVote(play.presenter, turn) : false,
        feedbackList(turn),
      );
    }),
  );

  const exports = debriefExports(app, play);
  const actions = el(
    'div',
    { class: 'debrief-actions', role: 'group', 'aria-label': t('debrief.actions') },
    button(t(play.mode === 'assessment' && !app.practiceOnly ? 'mode.anotherAttempt' : 'debrief.tryAgain'), () => app.tryAgain(), { class: 'primary' }),
    button(t('debrief.another'), () => app.backToPicker()),
    ...exports.buttons,
  );

  const root = el(
    'article',
    { class: 'debrief', 'aria-labelledby': heading.id, 'data-scenario': scenario.id },
    el('header', { class: 'debrief-header' }, heading, el('p', { class: 'print-only' }, t('debrief.printedFor', { learner: transcript.learner || '—', date: new Date().toLocaleDateString(app.settings.language) })), summary),
    actions,
    exports.status,
    section(
      'elements-title',
      t('debrief.byElement'),
      result.elements.length > 0 ? elementChart(result.elements, 'elements-title', elementTable.id) : el('p', {}, t('debrief.nothingAssessed')),
      elementTable,
    ),
    section('criteria-title', t('debrief.byCriterion'), result.criteria.length > 0 && criterionChart(result.criteria, 'criteria-title', criterionTable.id), criterionTable),
    section('path-title', t('debrief.path'), path),
    play.presenter ? section('branches-title', t('presenter.debriefBranches'), branchList(play.presenter.branches)) : false,
  );
  queueMicrotask(() => heading.focus());
  return { root, dispose: () => exports.dispose() };
}
