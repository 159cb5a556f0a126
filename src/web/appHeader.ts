/**
 * The header both pages wear: the Rapport name and tagline on the dark bar,
 * with the page's own controls beside it, so the review page looks like the
 * simulator it belongs to.
 */
import { el, type Child } from './dom.ts';
import { t } from './i18n/i18n.ts';
import './appHeader.css';

export const brandMark = (): HTMLElement => el('p', { class: 'brand' }, el('span', { class: 'brand-name' }, 'Rapport'), el('span', { class: 'brand-tag' }, t('header.tagline')));

/** The bar itself: `controls` are the page's own (language, links, buttons), in a labelled nav. */
export function appHeader(...controls: Child[]): HTMLElement {
  return el('header', { class: 'app-header' }, brandMark(), el('nav', { 'aria-label': t('header.nav') }, ...controls));
}
