/**
 * The customer's timer as the learner sees it (WCAG 2.2.1): a countdown (`role="timer"`, which is not read out
 * every second) and a polite announcement at sensible moments only: when the turn arrives, half-way, and ten
 * seconds before the customer acts. With timers off, or on a written message (where no clock runs and the learner
 * may leave the message unanswered on purpose), it says so instead of counting.
 */
import type { SessionView } from '../../../engine/types.ts';
import type { Channel } from '../../../scenario/schema.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { formatClock } from './phonePanel.ts';

export interface CountdownProps {
  channel: Channel;
  /** In front of a class the timer waits for the tutor's "let them wait". */
  held: boolean;
  onLeaveUnanswered(): void;
  /** The page's clock; tests pass their own. */
  now?: () => number;
}

export function countdown(props: CountdownProps): View & { show(view: SessionView): void } {
  const now = props.now ?? (() => Date.now());
  const clock = el('span', { class: 'countdown-clock' });
  const label = el('span', { class: 'countdown-label' });
  const announce = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-countdown-announce': '' });
  const root = el('div', { class: 'countdown', hidden: true }, label, clock, announce);
  let deadline = 0;
  let total = 0;
  let said = new Set<string>();
  let ticking: ReturnType<typeof setInterval> | undefined;
  const acts = t(props.channel === 'telephone' ? 'timer.callerActs' : 'timer.customerActs');

  const tick = () => {
    const left = Math.max(0, Math.ceil((deadline - now()) / 1000));
    clock.textContent = formatClock(left);
    root.classList.toggle('is-short', left <= 10);
    const moment = left <= 10 ? 'last' : left <= total / 2 ? 'half' : '';
    if (moment && !said.has(moment)) {
      said.add(moment);
      announce.textContent = t(moment === 'last' ? 'timer.lastSeconds' : 'timer.halfWay', { left: formatClock(left) });
    }
    if (left === 0 && ticking) clearInterval(ticking);
  };

  const stop = () => {
    if (ticking) clearInterval(ticking);
    ticking = undefined;
  };

  return {
    root,
    show(view) {
      stop();
      root.hidden = !view.timer;
      root.dataset.timer = view.timer ? (view.timer.stopped ?? (props.held ? 'held' : 'running')) : '';
      clock.textContent = '';
      // Only a running clock is a timer; a stopped one is said in words.
      clock.removeAttribute('role');
      announce.textContent = '';
      const leave = root.querySelector('button');
      leave?.remove();
      if (!view.timer) return;
      const stopped = view.timer.stopped;
      if (stopped === 'written') {
        label.textContent = t('timer.written');
        root.append(button(t('timer.leaveUnanswered'), props.onLeaveUnanswered, { class: 'link-button' }));
        return;
      }
      if (stopped === 'timers-off' || props.held) {
        label.textContent = t(stopped ? 'timer.off' : 'timer.held');
        return;
      }
      total = view.timer.seconds;
      deadline = now() + total * 1000;
      said = new Set();
      label.textContent = acts;
      clock.setAttribute('role', 'timer');
      clock.setAttribute('aria-live', 'off');
      clock.setAttribute('aria-label', acts);
      tick();
      announce.textContent = t('timer.started', { left: formatClock(total) });
      ticking = setInterval(tick, 1000);
    },
    dispose: stop,
  };
}
