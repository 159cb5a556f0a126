/**
 * The debrief: the verdict first with its reason, how the conversation ended, one chart of the elements and one
 * table of the criteria, the path taken with each response's judgement and, where there was one, the better
 * response with its Next-time tip, and the ways on (again, another, the exports).
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

/** How the conversation ended, as a heading a person would write ("The caller hung up"). */
function outcomeHeading(view: SessionView): HTMLElement | false {
  if (!view.ended) return false;
  const words = t(outcomeKeys[view.ended.outcome]);
  return el('h2', { class: 'outcome' }, words.charAt(0).toLocaleUpperCase() + words.slice(1));
}

/** The verdict first, with its reason in the same sentence; then how it ended, and the score as a detail. */
function scoreCard(transcript: Transcript, view: SessionView, critical: readonly string[], language: string): HTMLElement {
  return el(
    'div',
    { class: 'score-card' },
    passView(transcript, critical),
    outcomeHeading(view),
    view.ended?.summary ? el('p', { lang: 'en-GB' }, view.ended.summary) : false,
    el('p', { class: 'score' }, el('span', { class: 'score-number' }, `${transcript.rollUp.percent}%`), ' ', el('span', { class: 'score-label' }, t('debrief.score'))),
    recordKind(transcript, language),
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
    debriefSection('path-title', t('debrief.path'), pathList(scenario, play.turns, play.presenter)),
    play.presenter ? debriefSection('branches-title', t('presenter.debriefBranches'), branchList(play.presenter.branches)) : false,
  );
  queueMicrotask(() => heading.focus());
  return { root, dispose: () => exports.dispose() };
}
