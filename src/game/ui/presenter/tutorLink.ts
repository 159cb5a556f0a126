/**
 * The projected window's end of the link to the tutor window: while the app
 * presents a play (its conversation or its debrief), every change is sent as
 * a snapshot, a "hello" from a newly opened or reloaded tutor window is
 * answered with one, and the tutor's commands are carried out through the
 * same actions as the projected screen's own keys. With no tutor window
 * nothing is lost: the projected screen's keys do everything but typing a
 * count, and the window can be opened again at any time.
 */
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { browserChannel, readToProjected, type OpenChannel, type ToTutor, type TutorCommand } from '../../app/tutorChannel.ts';
import { tutorSnapshot } from '../../app/tutorSnapshot.ts';
import { presenterActions, type PresenterActions } from './presenterActions.ts';

export const TUTOR_WINDOW_NAME = 'rapport-tutor';

/** The tutor window's address: this page, asked for the tutor's view. */
export const tutorUrl = (): string => `${location.pathname}?view=tutor`;

/** Opens the tutor window, or brings the open one forward (a named window is reused). False when the browser blocked it. */
export function openTutorWindow(): boolean {
  const opened = window.open(tutorUrl(), TUTOR_WINDOW_NAME, 'popup=yes,width=1200,height=900');
  opened?.focus();
  return !!opened;
}

function run(actions: PresenterActions, play: Play, command: TutorCommand): void {
  // A choice or a vote sent for one point (the tutor clicked twice, or the class moved on meanwhile) is not applied at another.
  if ('at' in command) {
    const view = play.view();
    if (view.turn !== command.at.turn || view.nodeId !== command.at.nodeId) return;
  }
  switch (command.name) {
    case 'reveal':
      return actions.revealLast();
    case 'notes':
      return actions.toggleNotes();
    case 'next':
      return actions.next();
    case 'wait':
      return actions.wait();
    case 'back':
      return actions.stepBack(command.turns);
    case 'choose':
      return actions.choose(command.choice);
    case 'vote':
      return actions.vote(command.position, command.delta);
    case 'setVotes':
      return actions.setVotes(command.choice, command.count);
  }
}

export function attachTutorLink(app: App, open: OpenChannel = browserChannel): () => void {
  const channel = open();
  if (!channel) return () => {};
  const presented = (): { play: Play; screen: 'conversation' | 'debrief' } | undefined => {
    const s = app.screen;
    return (s.name === 'conversation' || s.name === 'debrief') && s.play.presenter ? { play: s.play, screen: s.name } : undefined;
  };
  // Only a window that presents speaks: another tab of the app, on its picker, must not tell the tutor window "away".
  let presenting = false;
  const send = () => {
    const current = presented();
    const snapshot = current && tutorSnapshot(current.play, current.screen);
    if (snapshot) channel.postMessage({ type: 'state', snapshot } satisfies ToTutor);
    else if (presenting) channel.postMessage({ type: 'away' } satisfies ToTutor);
    presenting = !!snapshot;
  };
  let unbind: (() => void) | undefined;
  const follow = () => {
    unbind?.();
    unbind = presented()?.play.subscribe(send);
    send();
  };
  const onMessage = (event: MessageEvent) => {
    const message = readToProjected(event.data);
    const current = presented();
    if (!message || !current) return;
    if (message.type === 'hello') return send();
    const actions = presenterActions(current.play, { say: () => {}, choose: (choice) => void app.choose(choice), stepBack: (turns) => void app.stepBack(turns) });
    run(actions, current.play, message.command);
  };
  channel.addEventListener('message', onMessage);
  const offScreen = app.on('screen', follow);
  const away = () => {
    if (presenting) channel.postMessage({ type: 'away' } satisfies ToTutor);
  };
  globalThis.addEventListener?.('pagehide', away);
  follow();
  return () => {
    offScreen();
    unbind?.();
    globalThis.removeEventListener?.('pagehide', away);
    channel.removeEventListener('message', onMessage);
    channel.close();
  };
}
