/**
 * The tutor window: what the tutor sees on their own screen while the class
 * watches the projected one (opened from it, as slide software opens its
 * presenter view). It holds no play of its own: it draws the snapshots the
 * projected window sends and sends commands back, so the two never disagree
 * and either can be reloaded. When the projected window is not presenting
 * (closed, reloading, gone back to the picker) the controls are disabled and
 * a status line says why; they come back with the next snapshot.
 */
import { el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { readToTutor, type Channel, type ToProjected, type TutorCommand } from '../../app/tutorChannel.ts';
import type { TutorSnapshot } from '../../app/tutorSnapshot.ts';
import type { PresenterActions } from '../presenter/presenterActions.ts';
import { presenterKeys, tutorShortcuts } from '../presenter/presenterKeys.ts';
import { shortcutsTable } from '../presenter/shortcuts.ts';
import { tutorControls, tutorLast, tutorLine, tutorNotes, tutorOptions, tutorTurns, type Send } from './tutorParts.ts';
import './tutor.css';

/** The same actions as the projected screen's, each sent as a command (a choice or a vote with the point it was meant for). */
function remoteActions(send: Send, shown: () => TutorSnapshot | undefined): PresenterActions {
  const at = () => {
    const s = shown();
    return s ? { turn: s.turn, nodeId: s.nodeId } : undefined;
  };
  const pointed = (make: (where: { turn: number; nodeId: string }) => TutorCommand) => {
    const where = at();
    if (where) send(make(where));
  };
  return {
    revealLast: () => send({ name: 'reveal' }),
    toggleNotes: () => send({ name: 'notes' }),
    stepBack: (turns) => send({ name: 'back', turns }),
    wait: () => send({ name: 'wait' }),
    choose: (choice) => pointed((where) => ({ name: 'choose', choice, at: where })),
    next: () => send({ name: 'next' }),
    vote: (position, delta = 1) => pointed((where) => ({ name: 'vote', position, delta, at: where })),
    setVotes: (choice, count) => pointed((where) => ({ name: 'setVotes', choice, count, at: where })),
  };
}

export function tutorPage(channel: Channel | undefined, keyTarget: Pick<Document, 'addEventListener' | 'removeEventListener'> = document): View {
  const heading = el('h1', { id: 'tutor-title', tabindex: '-1' }, t('presenter.tutorTitle'));
  const status = el('p', { class: 'tutor-status', role: 'status' }, t(channel ? 'presenter.tutorWaiting' : 'presenter.tutorNoChannel'));
  const controls = el('fieldset', { class: 'tutor-body', disabled: true }, el('legend', { class: 'visually-hidden' }, t('presenter.tools')));
  const keysList = el('section', { class: 'tutor-section tutor-keys', 'aria-labelledby': 'tutor-keys-title' }, el('h2', { id: 'tutor-keys-title' }, t('shortcuts.title')), shortcutsTable(tutorShortcuts));
  const root = el('article', { class: 'tutor-page', 'aria-labelledby': heading.id }, el('header', { class: 'tutor-header' }, heading, status), controls, keysList);

  let connected = false;
  let shown: TutorSnapshot | undefined;
  const send: Send = (command: TutorCommand) => {
    if (connected) channel?.postMessage({ type: 'command', command } satisfies ToProjected);
  };

  const render = (s: TutorSnapshot) => {
    shown = s;
    // A redraw replaces the controls; the one the tutor was using keeps the focus (and a count being typed, its value).
    const active = document.activeElement instanceof HTMLElement && controls.contains(document.activeElement) ? document.activeElement : undefined;
    const key = active?.closest('[data-key]')?.getAttribute('data-key');
    const typing = active instanceof HTMLInputElement ? active.value : undefined;
    heading.replaceChildren(t('presenter.tutorTitle'), ': ', el('span', { lang: 'en-GB' }, s.scenario.title));
    document.title = `${t('presenter.tutorTitle')}: ${s.scenario.title}`;
    status.textContent = t(s.screen === 'debrief' ? 'presenter.tutorDebrief' : 'presenter.tutorConnected', { turn: s.turn + 1 });
    controls.disabled = false;
    controls.replaceChildren(
      el('legend', { class: 'visually-hidden' }, t('presenter.tools')),
      tutorControls(s, send),
      el('div', { class: 'tutor-columns' }, el('div', { class: 'tutor-main' }, tutorLine(s), tutorOptions(s, send)), el('div', { class: 'tutor-side' }, tutorNotes(s), tutorLast(s), tutorTurns(s, send))),
    );
    if (!key) return;
    const again = controls.querySelector<HTMLElement>(`[data-key="${key}"]:not(:disabled)`) ?? controls.querySelector<HTMLElement>('.tutor-controls button:not(:disabled)');
    again?.focus();
    if (again instanceof HTMLInputElement && typing !== undefined && typing !== again.value && again.dataset.key === key) again.value = typing;
  };

  const onMessage = (event: MessageEvent) => {
    const message = readToTutor(event.data);
    if (!message) return;
    connected = message.type === 'state';
    if (message.type === 'state') return render(message.snapshot);
    controls.disabled = true;
    status.textContent = t('presenter.tutorAway');
  };
  channel?.addEventListener('message', onMessage);
  channel?.postMessage({ type: 'hello' } satisfies ToProjected);

  const onKey = presenterKeys(remoteActions(send, () => shown), { digitsVote: true });
  const keys = (event: Event) => onKey(event as KeyboardEvent);
  keyTarget.addEventListener('keydown', keys);
  return {
    root,
    dispose() {
      keyTarget.removeEventListener('keydown', keys);
      channel?.removeEventListener('message', onMessage);
      channel?.close();
    },
  };
}
