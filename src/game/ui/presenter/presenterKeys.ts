/**
 * The tutor's keys, on the projected screen and on the tutor window alike,
 * and the lists of them that each window shows. A presentation clicker sends
 * Page Down / Page Up (some send the arrow keys): "next" reveals the last
 * feedback or takes the option the class voted for; "back" steps back a turn.
 */
import { isShortcut } from '../keys.ts';
import type { PresenterActions } from './presenterActions.ts';
import type { Shortcut } from './shortcuts.ts';

const NEXT_KEYS = new Set(['PageDown', 'ArrowRight']);
const BACK_KEYS = new Set(['PageUp', 'ArrowLeft']);

const common: Shortcut[] = [
  { keys: ['Page Down'], action: 'presenter.keyNext' },
  { keys: ['→'], action: 'presenter.keyNext' },
  { keys: ['Page Up'], action: 'presenter.keyBack' },
  { keys: ['←'], action: 'presenter.keyBack' },
  { keys: ['R'], action: 'presenter.keyReveal' },
  { keys: ['N'], action: 'presenter.keyNotes' },
  { keys: ['B'], action: 'presenter.keyBack' },
  { keys: ['W'], action: 'presenter.keyWait' },
];

/** On the projected screen 1 to 9 answer, as on the learner's own screen. */
export const projectedShortcuts: Shortcut[] = [
  { keys: ['1', '…', '9'], action: 'presenter.keyChoose' },
  { keys: ['Shift', '1', '…', '9'], action: 'presenter.keyTally' },
  ...common,
  { keys: ['T'], action: 'presenter.keyTutor' },
  { keys: ['?'], action: 'presenter.keyHelp' },
  { keys: ['Esc'], action: 'presenter.keyClose' },
];

/** On the tutor window 1 to 9 count hands; choosing is a button press there. */
export const tutorShortcuts: Shortcut[] = [{ keys: ['1', '…', '9'], action: 'presenter.keyTally' }, { keys: ['Shift', '1', '…', '9'], action: 'presenter.keyUntally' }, ...common];

export interface KeyOptions {
  /** The projected screen's help dialog, opened with ?. */
  help?: HTMLDialogElement;
  openTutor?: () => void;
  /** Plain digits count votes (the tutor window); otherwise they are the conversation's own (answering). */
  digitsVote?: boolean;
}

export function presenterKeys(actions: PresenterActions, options: KeyOptions): (event: KeyboardEvent) => void {
  const byKey: Record<string, (() => void) | undefined> = {
    r: actions.revealLast,
    n: actions.toggleNotes,
    b: () => actions.stepBack(1),
    w: actions.wait,
    t: options.openTutor,
    '?': options.help ? () => options.help?.showModal() : undefined,
  };
  return (event) => {
    if (!isShortcut(event)) return;
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
    if (digit && (event.shiftKey || options.digitsVote)) {
      event.preventDefault();
      actions.vote(Number(digit[1]) - 1, options.digitsVote && event.shiftKey ? -1 : 1);
      return;
    }
    const run = NEXT_KEYS.has(event.key) ? actions.next : BACK_KEYS.has(event.key) ? () => actions.stepBack(1) : byKey[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!run) return;
    event.preventDefault();
    run();
  };
}
