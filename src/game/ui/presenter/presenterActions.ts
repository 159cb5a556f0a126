/**
 * What a tutor can do to the play in front of the class, whether by button,
 * by key on either window or from the tutor window: reveal the last turn's
 * feedback, show or hide the notes on the projected screen, step back, let
 * the customer's timer run out, count votes, and go on ("next"). Each says
 * what it did through `say` (a status line for screen readers) where the
 * screen alone would not.
 */
import type { Play } from '../../app/play.ts';
import { addTally, isRevealed, leadingChoice, reveal, setTally, tallyFor, toggleNotes } from '../../app/presenter.ts';
import { t } from '../../../web/i18n/i18n.ts';

export interface PresenterActions {
  revealLast(): void;
  toggleNotes(): void;
  /** Back `turns` turns (to try another branch); nothing when there are not that many. */
  stepBack(turns: number): void;
  wait(): void;
  /** Takes the option (by its authored index) as the class's answer. */
  choose(choice: number): void;
  /** A clicker's "next": reveal the last feedback if it is hidden, else take the option the class voted for outright. */
  next(): void;
  /** One more (or, with -1, one fewer) vote for the option at this position on screen (0-based). */
  vote(position: number, delta?: 1 | -1): void;
  /** The class's votes for an option (by its authored index), as the tutor typed them. */
  setVotes(choice: number, count: number): void;
}

export interface PresenterHooks {
  say(text: string): void;
  /** Takes an option through the app (its sound, its screen); the play's own choose when there is none. */
  choose(choice: number): void;
  /** Steps back through the app, which leaves the debrief for the conversation when it must. */
  stepBack(turns: number): void;
}

export function presenterActions(play: Play, hooks: PresenterHooks): PresenterActions {
  const revealLast = (): boolean => {
    const last = play.turns.at(-1);
    if (!last || !play.presenter || isRevealed(play.presenter, last.index)) return false;
    play.updatePresenter((s) => reveal(s, last.index));
    hooks.say(t('presenter.revealed'));
    return true;
  };
  const choose = (choice: number) => {
    if (play.ended || !play.view().options.some((o) => o.choice === choice)) return;
    hooks.choose(choice);
  };
  return {
    revealLast: () => void revealLast(),
    toggleNotes() {
      play.updatePresenter(toggleNotes);
      hooks.say(t(play.presenter?.notesHidden ? 'presenter.notesOff' : 'presenter.notesOn'));
    },
    stepBack(turns) {
      if (turns <= 0 || turns > play.turns.length) return;
      hooks.stepBack(turns);
      hooks.say(t('presenter.steppedBack', { turn: play.turns.length }));
    },
    wait() {
      if (!play.view().timer || play.ended) return;
      play.wait();
    },
    choose,
    next() {
      if (revealLast() || play.ended || !play.presenter) return;
      const view = play.view();
      const leader = leadingChoice(tallyFor(play.presenter, view.turn, view.nodeId));
      if (leader === undefined) hooks.say(t('presenter.nextNeedsVote'));
      else choose(leader);
    },
    vote(position, delta = 1) {
      const view = play.view();
      const option = view.options[position];
      if (!option) return;
      play.updatePresenter((s) => addTally(s, view.turn, view.nodeId, option.choice, delta));
    },
    setVotes(choice, count) {
      const view = play.view();
      play.updatePresenter((s) => setTally(s, view.turn, view.nodeId, choice, count));
    },
  };
}
