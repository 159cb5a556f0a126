/**
 * An email or letter shown as one: who it is from, its subject, and its paragraphs. Authors write a message as
 * plain text, with any header lines ("Subject:", "Date:") first and paragraphs split by a blank line.
 */
import { el } from '../../../web/dom.ts';
import { bidiElement, textDirection } from '../../../web/bidiText.ts';
import { t } from '../../../web/i18n/i18n.ts';

export interface WrittenParts {
  subject?: string;
  date?: string;
  paragraphs: string[];
}

const HEADER = /^(subject|re|date|sent)\s*:\s*(.+)$/i;

/** The header lines and paragraphs of a message's text. */
export function writtenParts(text: string): WrittenParts {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const parts: WrittenParts = { paragraphs: [] };
  while (lines.length > 0) {
    const m = HEADER.exec(lines[0]!.trim());
    if (!m) break;
    const field = m[1]!.toLowerCase();
    if (field === 'date' || field === 'sent') parts.date = m[2]!.trim();
    else parts.subject = m[2]!.trim();
    lines.shift();
  }
  parts.paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts;
}

/** The message as an article: From, Subject and Date as a list of terms, then each paragraph. */
export function writtenMessage(text: string, from: string, lang: string, rtlLang?: string): HTMLElement {
  const parts = writtenParts(text);
  const row = (term: string, value: string) => [el('dt', {}, term), el('dd', {}, bidiElement('span', value, { lang, rtlLang }))];
  return el(
    'article',
    { class: 'written-message', lang, dir: textDirection(lang), 'aria-label': t('conversation.messageFrom', { name: from }) },
    el('dl', { class: 'written-head' }, ...row(t('conversation.from'), from), ...(parts.subject ? row(t('conversation.subject'), parts.subject) : []), ...(parts.date ? row(t('conversation.date'), parts.date) : [])),
    el('div', { class: 'written-body' }, ...parts.paragraphs.map((p) => bidiElement('p', p, { lang, rtlLang }))),
  );
}
