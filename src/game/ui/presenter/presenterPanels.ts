/**
 * The projected screen's own parts, each drawn from the classroom record and
 * the current view: the tutor's toolbar, what is shown over the stage (the
 * notes, only when the tutor puts them up, and the feedback once revealed)
 * and the class's vote beside each option.
 */
import type { OfferedOption, SessionView, Turn } from '../../../engine/types.ts';
import { button, el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { isRevealed, type PresenterState } from '../../app/presenter.ts';
import { feedbackPanel } from '../conversation/feedbackView.ts';
import type { PresenterActions } from './presenterActions.ts';

export interface PanelInput {
  state: PresenterState;
  view: SessionView;
  turns: readonly Turn[];
  actions: PresenterActions;
}

export const NOTES_ID = 'presenter-notes';

export function toolbar({ state, view, turns, actions }: PanelInput, help: HTMLDialogElement, openTutor: () => void): HTMLElement {
  const last = turns.at(-1);
  const revealed = last ? isRevealed(state, last.index) : false;
  return el(
    'div',
    { class: 'presenter-toolbar', role: 'group', 'aria-label': t('presenter.tools') },
    button(t('presenter.tutorWindow'), openTutor, { 'aria-keyshortcuts': 'T', 'data-key': 'tutor' }),
    button(t('presenter.reveal'), actions.revealLast, { class: 'primary', 'aria-keyshortcuts': 'R', 'data-key': 'reveal', disabled: !last || revealed }),
    button(t(state.notesHidden ? 'presenter.showNotes' : 'presenter.hideNotes'), actions.toggleNotes, {
      'aria-pressed': String(!state.notesHidden),
      'aria-keyshortcuts': 'N',
      'data-key': 'notes',
    }),
    button(t('presenter.back'), () => actions.stepBack(1), { 'aria-keyshortcuts': 'B', 'data-key': 'back', disabled: turns.length === 0 }),
    view.timer && !view.ended ? button(t('presenter.wait'), actions.wait, { 'aria-keyshortcuts': 'W', 'data-key': 'wait' }) : false,
    button(t('presenter.shortcuts'), () => help.showModal(), { 'aria-keyshortcuts': '?', 'aria-haspopup': 'dialog', 'data-key': 'help' }),
  );
}

/** The notes, on the projected screen only when the tutor has chosen to show them. */
export function projectedNotes({ state, view }: PanelInput): HTMLElement | false {
  if (state.notesHidden) return false;
  return el(
    'section',
    { id: NOTES_ID, class: 'presenter-notes', 'aria-labelledby': 'presenter-notes-title' },
    el('h2', { id: 'presenter-notes-title', class: 'panel-title' }, t('presenter.notes')),
    view.notes ? el('p', { lang: 'en-GB' }, view.notes) : el('p', {}, t('presenter.noNotes')),
  );
}

/** The last turn's feedback, in place over the stage, once the tutor has revealed it. */
export function projectedFeedback({ state, turns }: PanelInput): HTMLElement | false {
  const last = turns.at(-1);
  if (!last || !isRevealed(state, last.index)) return false;
  return el('div', { class: 'presenter-feedback', 'data-turn': last.index }, feedbackPanel(last));
}

/** How many of the class chose an option, drawn beside it: the count, its share and a bar of that length. */
export function voteAside(option: OfferedOption, counts: Record<string, number>, total: number): HTMLElement {
  const count = counts[String(option.choice)] ?? 0;
  const share = total > 0 ? Math.round((100 * count) / total) : 0;
  const bar = el('span', { class: 'vote-bar', 'aria-hidden': 'true' }, el('span', { class: 'vote-fill', style: `width: ${share}%` }));
  return el(
    'p',
    { class: 'vote-aside', 'data-choice': option.choice, 'data-votes': count },
    el('span', { class: 'vote-count' }, t('presenter.votes', { count })),
    total > 0 ? el('span', { class: 'vote-share' }, `${share}%`) : false,
    bar,
  );
}
