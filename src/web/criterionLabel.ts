/**
 * A criterion as every screen names it: its words first, then its code, in one style
 * ("give clear statements of your organisation's position (C4.2.5)"). The words are the standards' English.
 */
import { findCriterion } from '../standards/catalogue.ts';
import { el } from './dom.ts';

export const criterionCode = (code: string): string => code.toUpperCase();

export function criterionText(code: string, text?: string): string {
  const words = text ?? findCriterion(code)?.text;
  return words ? `${words} (${criterionCode(code)})` : criterionCode(code);
}

/** The label as an element: the standards' words marked as English, the code after them. */
export function criterionLabel(code: string, text?: string): HTMLElement {
  const words = text ?? findCriterion(code)?.text;
  return el('span', { class: 'criterion' }, words ? el('span', { lang: 'en-GB' }, words) : false, words ? ' ' : false, el('span', { class: 'code' }, words ? `(${criterionCode(code)})` : criterionCode(code)));
}
