/**
 * The telephone's controls as the learner's handset shows them. Putting a caller on hold is something you say
 * and do together, so each key takes the response on offer that works it (the one whose next node puts the call
 * in that state, or takes it off again): pressing Hold says "may I put you on hold?" and holds. When two
 * responses would work it, the key brings the learner to them to choose; when none would, it is shown
 * unavailable with the reason beside it. The display shows the call's state (on hold, muted) and its time.
 */
import type { SessionView } from '../../../engine/types.ts';
import type { PhoneState, Scenario } from '../../../scenario/schema.ts';
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
import { el, type View } from '../../../web/dom.ts';
import { phoneStateKeys } from '../../phoneStates.ts';
import './phonePanel.css';

type ControlState = 'on-hold' | 'muted' | 'transferring';

const controls: { key: UiKey; state: ControlState }[] = [
  { key: 'phone.hold', state: 'on-hold' },
  { key: 'phone.mute', state: 'muted' },
  { key: 'phone.transfer', state: 'transferring' },
];

export const formatClock = (seconds: number): string => {
  const s = Math.max(0, Math.floor(seconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** For each control, the responses on offer (authored indices) that would work it: go on hold, mute, transfer, or come back off hold or mute. */
export type ControlTargets = Record<ControlState, number[]>;

export function controlTargets(scenario: Scenario, view: SessionView): ControlTargets {
  const targets: ControlTargets = { 'on-hold': [], muted: [], transferring: [] };
  const node = scenario.nodes[view.nodeId];
  for (const option of view.options) {
    const to = node?.choices[option.choice]?.to;
    const next = to ? scenario.nodes[to]?.phone : undefined;
    for (const { state } of controls) {
      const puts = view.phone !== state && next === state;
      const takesOff = view.phone === state && next === 'connected';
      if (puts || takesOff) targets[state].push(option.choice);
    }
  }
  return targets;
}

export interface PhonePanel extends View {
  update(state: PhoneState | undefined, callSeconds: number | undefined): void;
  /** Which responses each control leads to now; a control with none is unavailable. */
  offer(targets: ControlTargets): void;
}

/** "Mute and Transfer", "Tewi a Throsglwyddo": the keys as a list in the page's language. */
function listed(names: string[]): string {
  const lang = typeof document === 'undefined' ? 'en-GB' : document.documentElement.lang || 'en-GB';
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

export interface PhoneActions {
  /** Takes the response (by its authored index): the one a key works. */
  take(choice: number): void;
  /** Several responses would work the key: bring the learner to them to choose. */
  pick(choices: readonly number[]): void;
}

export function phonePanel(actions: PhoneActions): PhonePanel {
  let offered: ControlTargets = { 'on-hold': [], muted: [], transferring: [] };
  const status = el('p', { class: 'phone-status', 'aria-live': 'polite' });
  const clock = el('span', { class: 'phone-clock', role: 'timer', 'aria-label': t('phone.timer') });
  const note = el('p', { class: 'phone-note', id: 'phone-note' });
  const buttons = controls.map(({ key, state }) => {
    const b = el('button', { type: 'button', class: 'phone-key', 'aria-pressed': 'false', 'aria-disabled': 'true', 'aria-describedby': note.id, 'data-state': state }, t(key));
    b.addEventListener('click', () => {
      const targets = offered[state];
      if (targets.length === 1) actions.take(targets[0]!);
      else if (targets.length > 1) actions.pick(targets);
    });
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
      status.textContent = state ? t(phoneStateKeys[state]) : t('phone.state.connected');
      clock.textContent = callSeconds === undefined ? '--:--' : formatClock(callSeconds);
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.state === state));
      root.dataset.phone = state ?? 'connected';
    },
    offer(targets) {
      offered = targets;
      const unavailable: string[] = [];
      for (const b of buttons) {
        const none = offered[b.dataset.state as ControlState].length === 0;
        b.setAttribute('aria-disabled', String(none));
        if (none) unavailable.push(b.textContent ?? '');
      }
      note.textContent = unavailable.length === 0 ? t('phone.allAvailable') : t('phone.unavailable', { keys: listed(unavailable) });
    },
    dispose() {},
  };
}
