/**
 * The top of a page beside the simulator (the review page, the class view):
 * a skip link, the app's own dark bar (appHeader) with the way back and the
 * language menu, then the page's title when it has one here. A language
 * chosen here is written to the settings the simulator keeps, so every page
 * speaks the same language; the page rebuilds itself in it.
 */
import { appHeader } from './appHeader.ts';
import { el } from './dom.ts';
import { setLanguage, t } from './i18n/i18n.ts';
import type { UiLanguage } from './i18n/languages.ts';
import { languageSelect } from './languageSelect.ts';
import { parseSettings, type Settings } from './settings.ts';
import type { Store } from './storage.ts';

export interface PageHeaderText {
  skip: string;
  back: string;
  /** Left out where the page puts its own heading in its body (the review page). */
  title?: string;
  lede?: string;
}

export function pageHeader(text: PageHeaderText, settings: Settings, store: Store, rebuild: (language: UiLanguage) => void): HTMLElement {
  const select = languageSelect('language', settings.language, (language) => {
    settings.language = language;
    store.write('settings', { ...parseSettings(store.read('settings')), language });
    setLanguage(language);
    rebuild(language);
    document.getElementById('language')?.focus();
  });
  return el(
    'div',
    { class: 'page-top' },
    el('a', { class: 'skip-link', href: '#main' }, text.skip),
    appHeader(el('a', { href: './' }, text.back), el('div', { class: 'setting language' }, el('label', { for: 'language' }, t('settings.language')), select)),
    ...(text.title ? [el('div', { class: 'page-title' }, el('h1', {}, text.title), ...(text.lede ? [el('p', { class: 'lede' }, text.lede)] : []))] : []),
  );
}
