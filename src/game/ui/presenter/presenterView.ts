/**
 * Classroom presenter mode: the conversation screen laid out for a projector
 * (large, high-contrast), with the tutor's tools beside it. The tutor notes
 * of the current point (which they can hide), feedback that stays hidden
 * until they reveal it, a tally of how the class voted, stepping back to any
 * earlier turn to try another branch (the abandoned turns are kept and
 * listed), and keyboard shortcuts for all of it, listed on a help dialog.
 */
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { abandonedTurns, addTally, isRevealed, reveal, setTally, tallyFor, toggleNotes, MAX_TALLY, type ExploredBranch } from '../../app/presenter.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { conversationView } from '../conversation/conversationView.ts';
import { outcomeKeys } from '../../../web/i18n/valueKeys.ts';
import { button, el, uid, type View } from '../../../web/dom.ts';
import { actionText, feedbackPanel } from '../conversation/feedbackView.ts';
import { isTyping, shortcutsDialog, type Shortcut } from './shortcuts.ts';
import type { StageArea } from '../stageArea.ts';
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

/** The abandoned turns of a branch, in words, for the presenter panel and the debrief. */
export function branchList(branches: readonly ExploredBranch[], headingLevel: 'h3' | 'h4' = 'h3'): HTMLElement {
  if (branches.length === 0) return el('p', { class: 'branches-none' }, t('presenter.noBranches'));
  return el(
    'ol',
    { class: 'branches' },
    ...branches.map((branch, i) =>
      el(
        'li',
        { class: 'branch', 'data-branch': i },
        el(headingLevel, { class: 'branch-title' }, t(branch.from === 0 ? 'presenter.branchFromStart' : 'presenter.branchFrom', { n: i + 1, turn: branch.from })),
        el(
          'ol',
          { class: 'branch-turns', start: branch.from + 1 },
          ...abandonedTurns(branch).map((turn) =>
            el('li', {}, el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn))),
          ),
        ),
        el('p', { class: 'branch-end' }, branch.outcome ? `${t('conversation.ended')} ${t(outcomeKeys[branch.outcome])}` : t('presenter.branchUnfinished')),
      ),
    ),
  );
}

export function presenterView(app: App, play: Play, stage: StageArea): View {
  const base = conversationView(app, play, stage);
  base.root.classList.add('presenter');
  // The learner's feedback slot would show feedback straight away; in front of a class the tutor reveals it.
  base.root.querySelector('.feedback-slot')?.remove();
  const panel = base.root.querySelector('.panel') ?? base.root;

  const status = el('p', { class: 'visually-hidden', role: 'status' });
  const tools = el('section', { class: 'presenter-tools', 'aria-labelledby': 'presenter-title' });
  // The tutor's buttons sit under the title, in view without scrolling; the panels follow the conversation.
  const bar = el('div', { class: 'presenter-bar' });
  const help = shortcutsDialog(presenterShortcuts);
  panel.querySelector('.conversation-header')?.after(bar);
  panel.append(tools, status);
  base.root.append(help);

  const say = (text: string) => {
    status.textContent = '';
    status.textContent = text;
  };

  const revealLast = () => {
    const last = play.turns.at(-1);
    if (!last || !play.presenter || isRevealed(play.presenter, last.index)) return;
    play.updatePresenter((s) => reveal(s, last.index));
    say(t('presenter.revealed'));
  };
  const stepBack = (turns: number) => {
    if (turns <= 0 || turns > play.turns.length) return;
    play.stepBack(turns);
    say(t('presenter.steppedBack', { turn: play.turns.length }));
  };
  const wait = () => {
    if (!play.view().timer || play.ended) return;
    play.wait();
  };
  const toggle = () => play.updatePresenter(toggleNotes);
  const vote = (position: number) => {
    const view = play.view();
    const option = view.options[position];
    if (!option) return;
    play.updatePresenter((s) => addTally(s, view.turn, view.nodeId, option.choice, 1));
  };

  const render = () => {
    const state = play.presenter;
    if (!state) return;
    const view = play.view();
    const active = document.activeElement as HTMLElement | null;
    const ours = !!active && (bar.contains(active) || tools.contains(active));
    const focusKey = ours ? active.closest('[data-key]')?.getAttribute('data-key') : undefined;
    const last = play.turns.at(-1);

    const notesId = 'presenter-notes';
    const notesToggle = button(t(state.notesHidden ? 'presenter.showNotes' : 'presenter.hideNotes'), toggle, {
      'aria-expanded': String(!state.notesHidden),
      'aria-controls': notesId,
      'aria-keyshortcuts': 'N',
      'data-key': 'notes',
    });
    const revealed = last ? isRevealed(state, last.index) : false;
    const toolbar = el(
      'div',
      { class: 'presenter-toolbar', role: 'group', 'aria-label': t('presenter.tools') },
      button(t('presenter.reveal'), revealLast, { class: 'primary', 'aria-keyshortcuts': 'R', 'data-key': 'reveal', disabled: !last || revealed }),
      notesToggle,
      button(t('presenter.back'), () => stepBack(1), { 'aria-keyshortcuts': 'B', 'data-key': 'back', disabled: play.turns.length === 0 }),
      view.timer && !view.ended ? button(t('presenter.wait'), wait, { 'aria-keyshortcuts': 'W', 'data-key': 'wait' }) : false,
      button(t('presenter.shortcuts'), () => help.showModal(), { 'aria-keyshortcuts': '?', 'aria-haspopup': 'dialog', 'data-key': 'help' }),
    );

    const notes = el(
      'section',
      { id: notesId, class: 'presenter-notes', 'aria-labelledby': 'presenter-notes-title', hidden: state.notesHidden },
      el('h3', { id: 'presenter-notes-title' }, t('presenter.notes')),
      view.notes ? el('p', { lang: 'en-GB' }, view.notes) : el('p', { class: 'muted' }, t('presenter.noNotes')),
    );

    const feedback = el(
      'section',
      { class: 'presenter-feedback', 'aria-labelledby': 'presenter-feedback-title' },
      el('h3', { id: 'presenter-feedback-title' }, t('presenter.feedback')),
      !last ? el('p', { class: 'muted' }, t('presenter.noFeedbackYet')) : revealed ? feedbackPanel(last) : el('p', { class: 'muted' }, t('presenter.feedbackHidden')),
    );

    const counts = tallyFor(state, view.turn, view.nodeId);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const tally = view.ended
      ? false
      : el(
          'section',
          { class: 'presenter-tally', 'aria-labelledby': 'presenter-tally-title' },
          el('h3', { id: 'presenter-tally-title' }, t('presenter.tally')),
          el('p', { class: 'help' }, t('presenter.tallyHelp')),
          el(
            'table',
            {},
            el('caption', { class: 'visually-hidden' }, t('presenter.tally')),
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('presenter.option')), el('th', { scope: 'col' }, t('presenter.learners')))),
            el(
              'tbody',
              {},
              ...view.options.map((option, i) => {
                const id = uid('tally');
                const count = counts[String(option.choice)] ?? 0;
                const input = el('input', { type: 'number', id, min: 0, max: MAX_TALLY, step: 1, value: count, inputmode: 'numeric', 'data-key': `tally-${option.choice}` });
                input.addEventListener('change', () => play.updatePresenter((s) => setTally(s, view.turn, view.nodeId, option.choice, Number(input.value))));
                const labelText = t('presenter.votesFor', { n: i + 1 });
                // The name starts with what is seen ("+1"), as speech input users say it.
                const plusOne = button('+1', () => vote(i), { class: 'vote', 'aria-keyshortcuts': `Shift+${i + 1}`, 'data-key': `vote-${option.choice}` });
                plusOne.append(el('span', { class: 'visually-hidden' }, ` ${t('presenter.addVote', { n: i + 1 })}`));
                return el(
                  'tr',
                  { 'data-choice': option.choice },
                  el('th', { scope: 'row' }, el('label', { for: id }, el('span', { class: 'tally-n' }, labelText), ' ', el('span', { class: 'tally-text', lang: 'en-GB' }, option.text))),
                  el(
                    'td',
                    { class: 'tally-count' },
                    input,
                    plusOne,
                    total > 0 ? el('span', { class: 'tally-share' }, `${Math.round((100 * count) / total)}%`) : false,
                  ),
                );
              }),
            ),
          ),
          el('p', {}, t('presenter.tallyTotal', { total })),
        );

    const path = el(
      'section',
      { class: 'presenter-path', 'aria-labelledby': 'presenter-path-title' },
      el('h3', { id: 'presenter-path-title' }, t('presenter.path')),
      play.turns.length === 0
        ? el('p', { class: 'muted' }, t('presenter.noTurns'))
        : el(
            'ol',
            { class: 'presenter-turns' },
            ...play.turns.map((turn, i) =>
              el(
                'li',
                {},
                el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn)),
                ' ',
                button(t('presenter.backTo', { turn: i + 1 }), () => stepBack(play.turns.length - i), { class: 'link-button', 'data-key': `back-${i}` }),
              ),
            ),
          ),
    );

    const branches = el(
      'section',
      { class: 'presenter-branches', 'aria-labelledby': 'presenter-branches-title' },
      el('h3', { id: 'presenter-branches-title' }, t('presenter.branches')),
      branchList(state.branches, 'h4'),
    );

    bar.replaceChildren(toolbar);
    tools.replaceChildren(el('h2', { id: 'presenter-title', class: 'panel-title' }, t('presenter.title')), notes, feedback, ...(tally ? [tally] : []), path, branches);
    if (focusKey) panel.querySelector<HTMLElement>(`[data-key="${focusKey}"]:not(:disabled)`)?.focus();
    if (focusKey && !bar.contains(document.activeElement) && !tools.contains(document.activeElement)) toolbar.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event)) return;
    const digit = /^Digit([1-9])$/.exec(event.code);
    if (event.shiftKey && digit) {
      event.preventDefault();
      vote(Number(digit[1]) - 1);
      return;
    }
    const key = event.key;
    const actions: Record<string, () => void> = {
      r: revealLast,
      n: toggle,
      b: () => stepBack(1),
      w: wait,
      '?': () => help.showModal(),
    };
    const run = actions[key.length === 1 ? key.toLowerCase() : key];
    if (!run) return;
    event.preventDefault();
    run();
  };

  render();
  const unsubscribe = play.subscribe(render);
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
