/**
 * The telephone's controls as the learner's handset shows them. The call
 * state follows the learner's responses (putting a caller on hold is something
 * you say and do together), so the keys show the state and point to the
 * responses rather than changing it on their own.
 */
import type { PhoneState } from '../../scenario/schema.ts';
import { t, type UiKey } from '../i18n/i18n.ts';
import { el, type View } from './dom.ts';

const controls: { key: UiKey; state: PhoneState }[] = [
  { key: 'phone.hold', state: 'on-hold' },
  { key: 'phone.mute', state: 'muted' },
  { key: 'phone.transfer', state: 'transferring' },
];

const stateKeys: Record<PhoneState, UiKey> = {
  ringing: 'phone.state.ringing',
  connected: 'phone.state.connected',
  'on-hold': 'phone.state.onHold',
  muted: 'phone.state.muted',
  transferring: 'phone.state.transferring',
  ended: 'phone.state.ended',
};

export const formatClock = (seconds: number): string => {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

export interface PhonePanel extends View {
  update(state: PhoneState | undefined, callSeconds: number | undefined): void;
}

export function phonePanel(onPointToResponses: () => void): PhonePanel {
  const status = el('p', { class: 'phone-status' });
  const clock = el('span', { class: 'phone-clock', role: 'timer', 'aria-label': t('phone.timer') });
  const note = el('p', { class: 'phone-note', id: 'phone-note' }, t('phone.note'));
  const buttons = controls.map(({ key, state }) => {
    const b = el('button', { type: 'button', class: 'phone-key', 'aria-pressed': 'false', 'aria-disabled': 'true', 'aria-describedby': note.id, 'data-state': state }, t(key));
    b.addEventListener('click', onPointToResponses);
    return b;
  });
  const root = el(
    'section',
    { class: 'phone-panel', 'aria-label': t('phone.title') },
    el('div', { class: 'phone-display' }, status, clock),
    el('div', { role: 'group', 'aria-label': t('phone.controls'), class: 'phone-keys' }, ...buttons),
    note,
  );
  return {
    root,
    update(state, callSeconds) {
      status.textContent = state ? t(stateKeys[state]) : t('phone.state.connected');
      clock.textContent = callSeconds === undefined ? '--:--' : formatClock(callSeconds);
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.state === state));
      root.dataset.phone = state ?? 'connected';
    },
    dispose() {},
  };
}
