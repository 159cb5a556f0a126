/**
 * The customer's turn: narration, their words in their own language (marked
 * with `lang` so a screen reader pronounces them properly) and, when allowed,
 * the English meaning. Rendered into a polite live region so it is announced.
 */
import type { SessionView } from '../../../engine/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { el } from '../../../web/dom.ts';

export function lineContent(scenario: Scenario, view: SessionView, showGloss: boolean): HTMLElement[] {
  const { line } = view;
  const written = scenario.channel === 'written';
  const parts: HTMLElement[] = [];
  if (view.action) parts.push(el('p', { class: 'action' }, view.action));
  const narration = /^\(.*\)$/s.test(line.text.trim());
  if (narration) {
    parts.push(el('p', { class: 'action' }, line.text));
  } else {
    parts.push(
      el('p', { class: 'speaker' }, written ? t('conversation.messageFrom', { name: scenario.customer.name }) : `${scenario.customer.name}:`),
      el('blockquote', { class: written ? 'said message' : 'said', lang: line.lang }, line.text),
    );
  }
  if (line.gloss && showGloss) parts.push(el('p', { class: 'gloss' }, el('span', { class: 'label' }, t('conversation.gloss')), ' ', el('span', { lang: 'en-GB' }, line.gloss)));
  return parts;
}
