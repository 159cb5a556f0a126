/**
 * Classroom presenter mode, the projected screen: the conversation laid out
 * for a projector (large, high-contrast, sized to the window so the
 * customer's line, the options and the class's vote are in view together).
 * Tutor notes are never shown here unless the tutor puts them up; feedback
 * appears in place over the stage when the tutor reveals it. The tutor's own
 * view (notes, what each option's feedback will say, vote entry, the turn
 * list) is a second window (tutorWindow.ts), kept in step over a channel.
 */
import type { OfferedOption } from '../../../engine/types.ts';
import { el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { tallyFor } from '../../app/presenter.ts';
import { conversationView } from '../conversation/conversationView.ts';
import type { StageArea } from '../stageArea.ts';
import { presenterActions } from './presenterActions.ts';
import { presenterKeys, projectedShortcuts } from './presenterKeys.ts';
import { projectedFeedback, projectedNotes, toolbar, voteAside, type PanelInput } from './presenterPanels.ts';
import { shortcutsDialog } from './shortcuts.ts';
import { openTutorWindow } from './tutorLink.ts';
import './presenter.css';

export function presenterView(app: App, play: Play, stage: StageArea): View {
  const status = el('p', { class: 'visually-hidden', role: 'status' });
  const bar = el('div', { class: 'presenter-bar' });
  const cover = el('div', { class: 'stage-reveal' });
  const help = shortcutsDialog(projectedShortcuts);
  const say = (text: string) => {
    status.textContent = '';
    status.textContent = text;
  };
  const actions = presenterActions(play, { say, choose: (choice) => void app.choose(choice), stepBack: (turns) => void app.stepBack(turns) });
  // A blocked pop-up is said, not silently ignored: the tutor needs to know to allow it.
  const openTutor = () => {
    if (!openTutorWindow()) app.notify({ id: 'tutor-window', key: 'presenter.tutorBlocked', tone: 'warning' });
  };
  const asides = new Map<number, HTMLElement>();
  const slotFor = (option: OfferedOption) => {
    const slot = el('div', { class: 'vote-slot' });
    asides.set(option.choice, slot);
    return slot;
  };
  const base = conversationView(app, play, stage, {
    feedback: false,
    className: 'presenter',
    // The tools follow the options, so they never push the line or the options off the screen.
    panels: [bar, status],
    extras: [help],
    // The panel keeps the line, the options and the vote; the revealed feedback, the notes, the title and the meters go beside them, over the stage.
    headerOverStage: true,
    overStage: { top: [cover] },
    optionAside: slotFor,
  });

  let revealedShown: number | undefined;
  const render = () => {
    const state = play.presenter;
    if (!state) return;
    // A redraw replaces the toolbar; the button the tutor was using keeps the focus.
    const focusKey = bar.contains(document.activeElement) ? document.activeElement?.closest('[data-key]')?.getAttribute('data-key') : undefined;
    const view = play.view();
    const input: PanelInput = { state, view, turns: play.turns, actions };
    bar.replaceChildren(toolbar(input, help, openTutor));
    const feedback = projectedFeedback(input);
    cover.replaceChildren(...[feedback, projectedNotes(input)].filter((n): n is HTMLElement => !!n));
    const counts = tallyFor(state, view.turn, view.nodeId);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    for (const option of view.options) asides.get(option.choice)?.replaceChildren(voteAside(option, counts, total));
    // Revealed feedback comes first over the stage, and is brought into view once: the class never has to scroll to find it.
    const shownTurn = feedback ? Number(feedback.dataset.turn) : undefined;
    if (feedback && shownTurn !== revealedShown) feedback.scrollIntoView?.({ block: 'nearest' });
    revealedShown = shownTurn;
    // Without scrolling: the focus is kept for the tutor, the view for the class.
    if (focusKey) (bar.querySelector<HTMLElement>(`[data-key="${focusKey}"]:not(:disabled)`) ?? bar.querySelector<HTMLElement>('button:not(:disabled)'))?.focus({ preventScroll: true });
  };
  render();
  const unsubscribe = play.subscribe(render);
  const onKey = presenterKeys(actions, { help, openTutor });
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
