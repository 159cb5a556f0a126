/**
 * The customer's turn: narration, their words in their own language (marked with `lang` and the direction it
 * runs, so a screen reader pronounces them properly and Urdu reads right to left) and, when allowed, the English
 * meaning. A written channel's message is shown as one email or letter. The conversation screen renders it into
 * a polite live region so it is announced; the conversation so far reuses it for earlier turns.
 */
import type { CustomerLine } from '../../../scenario/dialogue.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { bidiElement } from '../../../web/bidiText.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { el } from '../../../web/dom.ts';
import { writtenMessage } from './writtenMessage.ts';

const isNarration = (text: string) => /^\(.*\)$/s.test(text.trim());

export function lineParts(scenario: Scenario, line: CustomerLine, action: string | undefined, showGloss: boolean): HTMLElement[] {
  const rtlLang = scenario.customer.language;
  const parts: HTMLElement[] = [];
  if (action) parts.push(bidiElement('p', action, { lang: 'en-GB', rtlLang }, { class: 'action' }));
  if (isNarration(line.text)) {
    parts.push(bidiElement('p', line.text, { lang: 'en-GB', rtlLang }, { class: 'action' }));
  } else if (scenario.channel === 'written') {
    parts.push(writtenMessage(line.text, scenario.customer.name, line.lang, rtlLang));
  } else {
    parts.push(el('p', { class: 'speaker' }, `${scenario.customer.name}:`), bidiElement('blockquote', line.text, { lang: line.lang, rtlLang }, { class: 'said' }));
  }
  if (line.gloss && showGloss) parts.push(el('p', { class: 'gloss' }, el('span', { class: 'label' }, t('conversation.gloss')), ' ', bidiElement('span', line.gloss, { lang: 'en-GB', rtlLang })));
  return parts;
}

export function lineContent(scenario: Scenario, view: { line: CustomerLine; action?: string }, showGloss: boolean): HTMLElement[] {
  return lineParts(scenario, view.line, view.action, showGloss);
}
