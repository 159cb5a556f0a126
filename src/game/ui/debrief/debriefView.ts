/**
 * The debrief: the score, a picture of every element and criterion with the
 * same numbers in a table under it, the path taken with each response's
 * judgement, and the ways on (again, another, the exports).
 */
import type { Transcript } from '../../../engine/transcript.ts';
import type { SessionView } from '../../../engine/types.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { outcomeKeys } from '../../../web/i18n/valueKeys.ts';
import { passView, recordKind } from '../../../web/passView.ts';
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { branchList } from '../presenter/branchList.ts';
import { debriefExports } from './debriefExports.ts';
import { pathList } from './pathList.ts';
import { criterionResults, debriefSection, elementResults } from './resultTables.ts';
import './debrief.css';

function scoreCard(transcript: Transcript, view: SessionView, critical: readonly string[], language: string): HTMLElement {
  return el(
    'div',
    { class: 'score-card' },
    el('p', { class: 'score' }, el('span', { class: 'score-number' }, `${transcript.rollUp.percent}%`), ' ', el('span', { class: 'score-label' }, t('debrief.score'))),
    recordKind(transcript, language),
    passView(transcript, critical),
    view.ended ? el('p', { class: 'outcome' }, t('conversation.ended'), ' ', t(outcomeKeys[view.ended.outcome])) : false,
    view.ended?.summary ? el('p', { lang: 'en-GB' }, view.ended.summary) : false,
  );
}

export function debriefView(app: App, play: Play): View {
  const { scenario } = play;
  const transcript = play.transcript();
  const heading = el('h1', { id: 'debrief-title', tabindex: '-1' }, t('debrief.title'), ' ', el('span', { lang: 'en-GB' }, scenario.title));
  const printedFor = el('p', { class: 'print-only' }, t('debrief.printedFor', { learner: transcript.learner || '—', date: new Date().toLocaleDateString(app.settings.language) }));
  const exports = debriefExports(app, play);
  const actions = el(
    'div',
    { class: 'debrief-actions', role: 'group', 'aria-label': t('debrief.actions') },
    button(t(play.mode === 'assessment' && !app.practiceOnly ? 'mode.anotherAttempt' : 'debrief.tryAgain'), () => void app.tryAgain(), { class: 'primary' }),
    button(t('debrief.another'), () => app.backToPicker()),
    ...exports.buttons,
  );
  const root = el(
    'article',
    { class: 'debrief screen-panel', 'aria-labelledby': heading.id, 'data-scenario': scenario.id },
    el('header', { class: 'debrief-header' }, heading, printedFor, scoreCard(transcript, play.view(), scenario.pass.critical, app.settings.language)),
    actions,
    exports.status,
    elementResults(transcript.rollUp),
    criterionResults(transcript.rollUp),
    debriefSection('path-title', t('debrief.path'), pathList(play.turns, play.presenter)),
    play.presenter ? debriefSection('branches-title', t('presenter.debriefBranches'), branchList(play.presenter.branches)) : false,
  );
  queueMicrotask(() => heading.focus());
  return { root, dispose: () => exports.dispose() };
}
