/**
 * The conversation so far, above the customer's current line: each earlier turn's line and what the learner
 * said (or that they waited), then the feedback on the last response. It is not a live region (the current
 * line is); it scrolls by itself, keeping its latest turn in view, and can be scrolled with the keyboard.
 */
import type { Turn } from '../../../engine/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { bidiElement } from '../../../web/bidiText.ts';
import { el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { lineParts } from './lineView.ts';

function youSaid(scenario: Scenario, turn: Turn): HTMLElement {
  const action = turn.action;
  const words = action.kind === 'choice' ? bidiElement('p', action.text, { lang: 'en-GB', rtlLang: scenario.customer.language }, { class: 'said' }) : el('p', { class: 'said' }, t('conversation.youLeftIt'));
  return el('div', { class: 'log-you' }, el('p', { class: 'speaker' }, t(scenario.channel === 'written' ? 'conversation.youWrote' : 'conversation.you')), words);
}

export function conversationLog(scenario: Scenario, showGloss: () => boolean): View & { update(turns: readonly Turn[], feedback: Node | undefined): void } {
  const list = el('ol', { class: 'log-turns' });
  const feedbackSlot = el('div', { class: 'feedback-slot' });
  const title = el('h2', { class: 'visually-hidden', id: 'log-title' }, t('conversation.soFar'));
  const root = el('section', { class: 'log', 'aria-labelledby': title.id, tabindex: '0', hidden: true }, title, list, feedbackSlot);
  let shown = -1;
  return {
    root,
    update(turns, feedback) {
      if (turns.length !== shown) {
        list.replaceChildren(...turns.map((turn) => el('li', { class: 'log-turn' }, el('div', { class: 'log-them' }, ...lineParts(scenario, turn.line, undefined, showGloss())), youSaid(scenario, turn))));
        shown = turns.length;
      }
      feedbackSlot.replaceChildren(...(feedback ? [feedback] : []));
      root.hidden = turns.length === 0 && !feedback;
      // The latest exchange is what the learner reads next; older turns are a scroll away.
      queueMicrotask(() => (root.scrollTop = root.scrollHeight));
    },
    dispose() {},
  };
}
