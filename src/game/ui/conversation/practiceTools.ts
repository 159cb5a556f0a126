/**
 * The conversation's mode strip: which mode this is, and in practice the
 * "Hint" and "Take back" buttons. The keys H and U are heard in either mode
 * and go to the app, which refuses them in an assessment: a shortcut can
 * never do what the mode forbids, because the rule is the app's, not the button's.
 */
import type { SessionView } from '../../../engine/types.ts';
import type { App } from '../../app/app.ts';
import type { Hint } from '../../app/modeRules.ts';
import type { Play } from '../../app/play.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { isShortcut } from '../keys.ts';

export function hintContent(hint: Hint | undefined): HTMLElement {
  if (!hint) return el('p', {}, t('mode.hintNone'));
  return el('div', {}, el('h2', { class: 'panel-title' }, t('mode.hintTitle')), el('p', { lang: 'en-GB' }, hint.text));
}

export function practiceTools(app: App, play: Play, keyTarget: Pick<Document, 'addEventListener' | 'removeEventListener'> = document): View & { update(view: SessionView): void } {
  // A tutor presenting to a class has their own tools (presenterView); these are the learner's.
  if (play.presenter) return { root: el('div', { hidden: true }), update() {}, dispose() {} };
  const practice = play.mode === 'practice';
  const output = el('div', { class: 'hint-output', 'aria-live': 'polite' });
  const showHint = () => {
    const hint = app.hint();
    if (app.screen.name === 'conversation' && app.screen.play === play && app.rules()?.hints) output.replaceChildren(el('section', { class: 'hint' }, hintContent(hint)));
  };
  const back = () => {
    if (app.stepBack()) output.replaceChildren(el('p', { class: 'hint' }, t('mode.stepBackDone')));
  };
  const hintButton = button(t('mode.hint'), showHint, { 'aria-keyshortcuts': 'H', 'data-tool': 'hint' });
  const backButton = button(t('mode.stepBack'), back, { 'aria-keyshortcuts': 'U', 'data-tool': 'step-back' });
  const root = practice
    ? el(
        'div',
        { class: 'mode-strip is-practice', role: 'group', 'aria-label': t('mode.tools'), 'data-mode': 'practice' },
        el('p', { class: 'mode-badge' }, t('mode.practice')),
        hintButton,
        backButton,
        el('p', { class: 'help' }, t('mode.keys')),
        output,
      )
    : el('div', { class: 'mode-strip is-assessment', 'data-mode': 'assessment' }, el('p', { class: 'mode-badge' }, t('mode.badgeAssessment', { learner: play.transcript().learner })));

  let lastKey = '';
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    const key = e.key.toLowerCase();
    if ((key !== 'h' && key !== 'u') || !isShortcut(e)) return;
    e.preventDefault();
    if (key === 'h') showHint();
    else back();
  };
  keyTarget.addEventListener('keydown', onKey);

  return {
    root,
    update(view) {
      const key = `${view.turn}:${view.nodeId}`;
      // A hint belongs to the turn it was asked for.
      if (key !== lastKey && lastKey !== '') output.replaceChildren();
      lastKey = key;
      backButton.disabled = view.turn === 0;
      hintButton.disabled = view.ended !== undefined;
    },
    dispose: () => keyTarget.removeEventListener('keydown', onKey),
  };
}
