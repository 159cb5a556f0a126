/**
 * What a tutor can do to the play in front of the class, whether by button or
 * by key: reveal the last turn's feedback, show or hide the notes, step back,
 * let the customer's timer run out, count votes. Each says what it did
 * through `say` (a status line for screen readers) where the screen alone
 * would not.
 */
import type { Play } from '../../app/play.ts';
import { addTally, isRevealed, reveal, setTally, toggleNotes } from '../../app/presenter.ts';
import { t } from '../../../web/i18n/i18n.ts';

export interface PresenterActions {
  revealLast(): void;
  toggleNotes(): void;
  /** Back `turns` turns (to try another branch); nothing when there are not that many. */
  stepBack(turns: number): void;
  wait(): void;
  /** One more vote for the option at this position on screen (0-based). */
  vote(position: number): void;
  /** The class's votes for an option (by its authored index), as the tutor typed them. */
  setVotes(choice: number, count: number): void;
}

export function presenterActions(play: Play, say: (text: string) => void): PresenterActions {
  return {
    revealLast() {
      const last = play.turns.at(-1);
      if (!last || !play.presenter || isRevealed(play.presenter, last.index)) return;
      play.updatePresenter((s) => reveal(s, last.index));
      say(t('presenter.revealed'));
    },
    toggleNotes: () => play.updatePresenter(toggleNotes),
    stepBack(turns) {
      if (turns <= 0 || turns > play.turns.length) return;
      play.stepBack(turns);
      say(t('presenter.steppedBack', { turn: play.turns.length }));
    },
    wait() {
      if (!play.view().timer || play.ended) return;
      play.wait();
    },
    vote(position) {
      const view = play.view();
      const option = view.options[position];
      if (!option) return;
      play.updatePresenter((s) => addTally(s, view.turn, view.nodeId, option.choice, 1));
    },
    setVotes(choice, count) {
      const view = play.view();
      play.updatePresenter((s) => setTally(s, view.turn, view.nodeId, choice, count));
    },
  };
}
