/** The class view's entry point (class.html): language, settings (the LRS), the bundled scenarios, and the page. */
import './class.css';
import { bundledScenarios } from '../../web/bundledScenarios.ts';
import { el } from '../../web/dom.ts';
import { initI18n, setLanguage, t } from '../../web/i18n/i18n.ts';
import { languageSelect } from '../../web/languageSelect.ts';
import { lrsConfigOf } from '../../web/lrs/lrsClient.ts';
import { parseSettings } from '../../web/settings.ts';
import { browserStorage, openStore } from '../../web/storage.ts';
import { bundledRegistry } from '../../review/scenarioRegistry.ts';
import { classPage, type ClassPage } from './classPage.ts';

const store = openStore(browserStorage());
const settings = parseSettings(store.read('settings'));
initI18n(settings.language);
const registry = bundledRegistry(bundledScenarios);
const libraryIds = bundledScenarios.catalogue.entries.map((e) => e.card.id);
const lrsConfig = lrsConfigOf(settings);
const mount = document.getElementById('class-view')!;
let page: ClassPage | undefined;

function header(): HTMLElement {
  const select = languageSelect('language', settings.language, (language) => {
    settings.language = language;
    // The same settings the simulator keeps, so every page speaks the same language.
    store.write('settings', { ...parseSettings(store.read('settings')), language: settings.language });
    setLanguage(settings.language);
    render();
    document.getElementById('language')?.focus();
  });
  return el(
    'header',
    { class: 'page-header' },
    el('a', { class: 'skip-link', href: '#main' }, t('class.skip')),
    el('div', { class: 'header-row' }, el('p', { class: 'back' }, el('a', { href: './' }, t('class.back'))), el('div', { class: 'language' }, el('label', { for: 'language' }, t('settings.language')), select)),
    el('h1', {}, t('class.title')),
    el('p', { class: 'lede' }, t('class.lede')),
  );
}

function render(): void {
  document.documentElement.lang = settings.language;
  document.title = t('class.pageTitle');
  const lrs = lrsConfig ? { config: lrsConfig, get: (url: string, init: { headers: Record<string, string> }) => fetch(url, init) } : undefined;
  page = classPage({ registry, libraryIds, ...(lrs ? { lrs } : {}) }, header(), page?.state());
  mount.replaceChildren(page.root);
}

render();

// The class view works offline too once opened (files need no network): the worker is registered when the page is idle, never before it is usable.
requestIdleCallback(() => void import('../../web/offline/registerOffline.ts').then(({ registerOfflineBuild }) => registerOfflineBuild()), { timeout: 3000 });
