/**
 * Classroom presenter mode: the conversation screen laid out for a projector
 * (large, high-contrast), with the tutor's tools beside it. The tutor notes
 * of the current point (which they can hide), feedback that stays hidden
 * until they reveal it, a tally of how the class voted, stepping back to any
 * earlier turn to try another branch (the abandoned turns are kept and
 * listed), and keyboard shortcuts for all of it, listed on a help dialog.
 */
import { el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { conversationView } from '../conversation/conversationView.ts';
import { isShortcut } from '../keys.ts';
import type { StageArea } from '../stageArea.ts';
import { presenterActions, type PresenterActions } from './presenterActions.ts';
import { branchesPanel, notesPanel, pathPanel, revealedFeedback, tallyPanel, toolbar, type PanelInput } from './presenterPanels.ts';
import { shortcutsDialog, type Shortcut } from './shortcuts.ts';
import './presenter.css';

export const presenterShortcuts: Shortcut[] = [
  { keys: ['1', '…', '9'], action: 'presenter.keyChoose' },
  { keys: ['Shift', '1', '…', '9'], action: 'presenter.keyTally' },
  { keys: ['R'], action: 'presenter.keyReveal' },
  { keys: ['N'], action: 'presenter.keyNotes' },
  { keys: ['B'], action: 'presenter.keyBack' },
  { keys: ['W'], action: 'presenter.keyWait' },
  { keys: ['?'], action: 'presenter.keyHelp' },
  { keys: ['Esc'], action: 'presenter.keyClose' },
];

/** The tutor's keys; 1 to 9 (answering) are the conversation's own. */
function presenterKeys(actions: PresenterActions, help: HTMLDialogElement): (event: KeyboardEvent) => void {
  const byKey: Record<string, () => void> = { r: actions.revealLast, n: actions.toggleNotes, b: () => actions.stepBack(1), w: actions.wait, '?': () => help.showModal() };
  return (event) => {
    if (!isShortcut(event)) return;
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (event.shiftKey && digit) {
      event.preventDefault();
      actions.vote(Number(digit[1]) - 1);
      return;
    }
    const run = byKey[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };
}

export function presenterView(app: App, play: Play, stage: StageArea): View {
  const status = el('p', { class: 'visually-hidden', role: 'status' });
  const tools = el('section', { class: 'presenter-tools', 'aria-labelledby': 'presenter-title' });
  // The tutor's buttons sit under the title, in view without scrolling; the panels follow the conversation.
  const bar = el('div', { class: 'presenter-bar' });
  const help = shortcutsDialog(presenterShortcuts);
  const actions = presenterActions(play, (text) => {
    status.textContent = '';
    status.textContent = text;
  });
  // In front of a class the tutor reveals feedback; the learner's own feedback slot would show it at once.
  const base = conversationView(app, play, stage, { feedback: false, className: 'presenter', toolbar: bar, panels: [tools, status], extras: [help] });

  const ours = () => {
    const active = document.activeElement;
    return !!active && (bar.contains(active) || tools.contains(active));
  };
  const render = () => {
    const state = play.presenter;
    if (!state) return;
    // A redraw replaces the tutor's controls; one they were using keeps the focus.
    const focusKey = ours() ? document.activeElement?.closest('[data-key]')?.getAttribute('data-key') : undefined;
    const input: PanelInput = { state, view: play.view(), turns: play.turns, actions };
    const buttons = toolbar(input, help);
    bar.replaceChildren(buttons);
    const tally = tallyPanel(input);
    tools.replaceChildren(el('h2', { id: 'presenter-title', class: 'panel-title' }, t('presenter.title')), notesPanel(input), revealedFeedback(input), ...(tally ? [tally] : []), pathPanel(input), branchesPanel(input));
    if (!focusKey) return;
    const same = `[data-key="${focusKey}"]:not(:disabled)`;
    (bar.querySelector<HTMLElement>(same) ?? tools.querySelector<HTMLElement>(same))?.focus();
    if (!ours()) buttons.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  };

  render();
  const unsubscribe = play.subscribe(render);
  const onKey = presenterKeys(actions, help);
  document.addEventListener('keydown', onKey);
  return {
    root: base.root,
    dispose() {
      document.removeEventListener('keydown', onKey);
      unsubscribe();
      if (help.open) help.close();
      base.dispose();
    },
  };
}
