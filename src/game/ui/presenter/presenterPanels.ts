/**
 * The tutor's panels beside the conversation, each drawn from the classroom
 * record and the current view: the toolbar, the tutor notes, the feedback the
 * tutor reveals, the class's tally, the path so far (with a way back to any
 * turn) and the branches explored.
 */
import type { SessionView, Turn } from '../../../engine/types.ts';
import { button, el, uid } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { isRevealed, MAX_TALLY, tallyFor, type PresenterState } from '../../app/presenter.ts';
import { actionText, feedbackPanel } from '../conversation/feedbackView.ts';
import { branchList } from './branchList.ts';
import type { PresenterActions } from './presenterActions.ts';

export interface PanelInput {
  state: PresenterState;
  view: SessionView;
  turns: readonly Turn[];
  actions: PresenterActions;
}

const NOTES_ID = 'presenter-notes';

export function toolbar({ state, view, turns, actions }: PanelInput, help: HTMLDialogElement): HTMLElement {
  const last = turns.at(-1);
  const revealed = last ? isRevealed(state, last.index) : false;
  return el(
    'div',
    { class: 'presenter-toolbar', role: 'group', 'aria-label': t('presenter.tools') },
    button(t('presenter.reveal'), actions.revealLast, { class: 'primary', 'aria-keyshortcuts': 'R', 'data-key': 'reveal', disabled: !last || revealed }),
    button(t(state.notesHidden ? 'presenter.showNotes' : 'presenter.hideNotes'), actions.toggleNotes, {
      'aria-expanded': String(!state.notesHidden),
      'aria-controls': NOTES_ID,
      'aria-keyshortcuts': 'N',
      'data-key': 'notes',
    }),
    button(t('presenter.back'), () => actions.stepBack(1), { 'aria-keyshortcuts': 'B', 'data-key': 'back', disabled: turns.length === 0 }),
    view.timer && !view.ended ? button(t('presenter.wait'), actions.wait, { 'aria-keyshortcuts': 'W', 'data-key': 'wait' }) : false,
    button(t('presenter.shortcuts'), () => help.showModal(), { 'aria-keyshortcuts': '?', 'aria-haspopup': 'dialog', 'data-key': 'help' }),
  );
}

export function notesPanel({ state, view }: PanelInput): HTMLElement {
  return el(
    'section',
    { id: NOTES_ID, class: 'presenter-notes', 'aria-labelledby': 'presenter-notes-title', hidden: state.notesHidden },
    el('h3', { id: 'presenter-notes-title' }, t('presenter.notes')),
    view.notes ? el('p', { lang: 'en-GB' }, view.notes) : el('p', { class: 'muted' }, t('presenter.noNotes')),
  );
}

/** The last turn's feedback, once the tutor has revealed it. */
export function revealedFeedback({ state, turns }: PanelInput): HTMLElement {
  const last = turns.at(-1);
  const shown = !last ? el('p', { class: 'muted' }, t('presenter.noFeedbackYet')) : isRevealed(state, last.index) ? feedbackPanel(last) : el('p', { class: 'muted' }, t('presenter.feedbackHidden'));
  return el('section', { class: 'presenter-feedback', 'aria-labelledby': 'presenter-feedback-title' }, el('h3', { id: 'presenter-feedback-title' }, t('presenter.feedback')), shown);
}

function tallyRow(option: SessionView['options'][number], position: number, counts: Record<string, number>, total: number, actions: PresenterActions): HTMLElement {
  const id = uid('tally');
  const count = counts[String(option.choice)] ?? 0;
  const input = el('input', { type: 'number', id, min: 0, max: MAX_TALLY, step: 1, value: count, inputmode: 'numeric', 'data-key': `tally-${option.choice}` });
  input.addEventListener('change', () => actions.setVotes(option.choice, Number(input.value)));
  // The name starts with what is seen ("+1"), as speech input users say it.
  const plusOne = button('+1', () => actions.vote(position), { class: 'vote', 'aria-keyshortcuts': `Shift+${position + 1}`, 'data-key': `vote-${option.choice}` });
  plusOne.append(el('span', { class: 'visually-hidden' }, ` ${t('presenter.addVote', { n: position + 1 })}`));
  return el(
    'tr',
    { 'data-choice': option.choice },
    el('th', { scope: 'row' }, el('label', { for: id }, el('span', { class: 'tally-n' }, t('presenter.votesFor', { n: position + 1 })), ' ', el('span', { class: 'tally-text', lang: 'en-GB' }, option.text))),
    el('td', { class: 'tally-count' }, input, plusOne, total > 0 ? el('span', { class: 'tally-share' }, `${Math.round((100 * count) / total)}%`) : false),
  );
}

/** How the class voted on the options now on offer; none once the conversation has ended. */
export function tallyPanel({ state, view, actions }: PanelInput): HTMLElement | undefined {
  if (view.ended) return undefined;
  const counts = tallyFor(state, view.turn, view.nodeId);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return el(
    'section',
    { class: 'presenter-tally', 'aria-labelledby': 'presenter-tally-title' },
    el('h3', { id: 'presenter-tally-title' }, t('presenter.tally')),
    el('p', { class: 'help' }, t('presenter.tallyHelp')),
    el(
      'table',
      {},
      el('caption', { class: 'visually-hidden' }, t('presenter.tally')),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('presenter.option')), el('th', { scope: 'col' }, t('presenter.learners')))),
      el('tbody', {}, ...view.options.map((option, i) => tallyRow(option, i, counts, total, actions))),
    ),
    el('p', {}, t('presenter.tallyTotal', { total })),
  );
}

export function pathPanel({ turns, actions }: PanelInput): HTMLElement {
  const list =
    turns.length === 0
      ? el('p', { class: 'muted' }, t('presenter.noTurns'))
      : el(
          'ol',
          { class: 'presenter-turns' },
          ...turns.map((turn, i) =>
            el(
              'li',
              {},
              el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn)),
              ' ',
              button(t('presenter.backTo', { turn: i + 1 }), () => actions.stepBack(turns.length - i), { class: 'link-button', 'data-key': `back-${i}` }),
            ),
          ),
        );
  return el('section', { class: 'presenter-path', 'aria-labelledby': 'presenter-path-title' }, el('h3', { id: 'presenter-path-title' }, t('presenter.path')), list);
}

export function branchesPanel({ state }: PanelInput): HTMLElement {
  return el('section', { class: 'presenter-branches', 'aria-labelledby': 'presenter-branches-title' }, el('h3', { id: 'presenter-branches-title' }, t('presenter.branches')), branchList(state.branches, 'h4'));
}
