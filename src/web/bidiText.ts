/**
 * Text in more than one direction, laid out so each part reads in its own order. A line in a right-to-left
 * language (Urdu, Arabic, Persian, Hebrew…) is given `dir="rtl"` and its `lang`; inside any line, a run in the
 * other direction is isolated in a `<bdi>` with its own `lang` and `dir`, so "Mrs Akhtar" inside Urdu, or
 * "السلام علیکم" quoted in English, keeps its order and neither drags the punctuation around it.
 */
import { el } from './dom.ts';

const RTL_LANGUAGES = new Set(['ar', 'ur', 'fa', 'ps', 'he', 'yi', 'sd', 'ug', 'ckb', 'dv']);
const RTL_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const LTR_SCRIPT = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/u;
/** A run of one direction: from a letter of its script to the last before the other script, with the spaces and marks between. */
const R = '\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff';
const L = 'A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff';
const RUNS = new RegExp(`([${R}](?:[${R}\\s]*[${R}])?)|([${L}](?:[${L}0-9\\s'’.,-]*[${L}0-9])?)`, 'gu');

export function isRtlLanguage(lang: string | undefined): boolean {
  return !!lang && RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0]!);
}

export const textDirection = (lang: string | undefined): 'rtl' | 'ltr' => (isRtlLanguage(lang) ? 'rtl' : 'ltr');

export interface BidiLanguages {
  /** The language of the line as a whole. */
  lang: string;
  /** The language a run of right-to-left script in a left-to-right line is in (the customer's, when theirs is one). */
  rtlLang?: string | undefined;
  /** The language a left-to-right run in a right-to-left line is in. */
  ltrLang?: string | undefined;
}

/**
 * The line's text as nodes: plain text where it runs with the line, and a `<bdi>` for each run against it.
 * Text with only one direction comes back as one text node.
 */
export function bidiNodes(text: string, langs: BidiLanguages): (Node | string)[] {
  const rtl = isRtlLanguage(langs.lang);
  const against = rtl ? LTR_SCRIPT : RTL_SCRIPT;
  if (!against.test(text)) return [text];
  const out: (Node | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(RUNS)) {
    const isRtlRun = match[1] !== undefined;
    if (isRtlRun === rtl) continue;
    const start = match.index;
    if (start > last) out.push(text.slice(last, start));
    const lang = isRtlRun ? (langs.rtlLang && isRtlLanguage(langs.rtlLang) ? langs.rtlLang : 'ar') : (langs.ltrLang ?? 'en-GB');
    out.push(el('bdi', { lang, dir: isRtlRun ? 'rtl' : 'ltr' }, match[0]));
    last = start + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** An element holding a line of text with its `lang`, its direction and any runs against it isolated. */
export function bidiElement<K extends 'p' | 'span' | 'blockquote'>(tag: K, text: string, langs: BidiLanguages, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  return el(tag, { ...attrs, lang: langs.lang, dir: textDirection(langs.lang) }, ...bidiNodes(text, langs));
}
