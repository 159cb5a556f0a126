/** The course bar of a cmi5 launch: where the session stands, and "Return to the course". */
import { button, el } from '../../web/dom.ts';
import { t, type UiKey } from '../../web/i18n/i18n.ts';
import './cmi5Bar.css';

export interface Cmi5Bar {
  root: HTMLElement;
  /** Says where the session stands; `state` marks the bar for styling and tests (connecting, normal, review, leaving…). */
  say(key: UiKey, params?: Record<string, string | number>, state?: string): void;
  /** Statements still waiting to reach the LMS. */
  pending(count: number): void;
  /** Whether the button can be used. */
  canReturn(yes: boolean): void;
  /** Whether there is a course to go back to (a safe returnURL): "Return to the course", else "End this session". */
  offerReturn(yes: boolean): void;
}

export function cmi5Bar(onReturn: () => void): Cmi5Bar {
  const status = el('p', { class: 'cmi5-status', role: 'status' }, t('cmi5.connecting'));
  const back = button(t('cmi5.return'), onReturn, { class: 'primary', disabled: true });
  const root = el('section', { class: 'cmi5-bar', 'aria-label': t('cmi5.region'), 'data-cmi5': 'connecting' }, status, back);
  return {
    root,
    say(key, params, state) {
      status.textContent = t(key, params);
      if (state) root.dataset.cmi5 = state;
    },
    pending: (count) => (root.dataset.pending = String(count)),
    canReturn: (yes) => (back.disabled = !yes),
    offerReturn: (yes) => {
      // Also called once the learner's preferred language is known, so the bar's fixed words follow it.
      root.setAttribute('aria-label', t('cmi5.region'));
      back.textContent = t(yes ? 'cmi5.return' : 'cmi5.end');
      root.dataset.returns = String(yes);
    },
  };
}
