/**
 * The header of a page beside the simulator (the review page, the class
 * view): a skip link, the way back, the language menu and the page's title.
 * A language chosen here is written to the settings the simulator keeps, so
 * every page speaks the same language; the page rebuilds itself in it.
 */
import { el } from './dom.ts';
import { setLanguage, t } from './i18n/i18n.ts';
import type { UiLanguage } from './i18n/languages.ts';
import { languageSelect } from './languageSelect.ts';
import { parseSettings, type Settings } from './settings.ts';
import type { Store } from './storage.ts';

export interface PageHeaderText {
  skip: string;
  back: string;
  title: string;
  lede: string;
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
    'header',
    { class: 'page-header' },
    el('a', { class: 'skip-link', href: '#main' }, text.skip),
    el('div', { class: 'header-row' }, el('p', { class: 'back' }, el('a', { href: './' }, text.back)), el('div', { class: 'language' }, el('label', { for: 'language' }, t('settings.language')), select)),
    el('h1', {}, text.title),
    el('p', { class: 'lede' }, text.lede),
  );
}
