/** The review page's entry point (review.html): language, bundled scenarios, and the page itself. */
import '../../web/report/print.css';
import './review.css';
import { bundledScenarios } from '../../web/bundledScenarios.ts';
import { parseSettings } from '../../web/settings.ts';
import { browserStorage, openStore } from '../../web/storage.ts';
import { initI18n, setLanguage, t } from '../../web/i18n/i18n.ts';
import { el } from '../../web/dom.ts';
import { languageSelect } from '../../web/languageSelect.ts';
import { appHeader } from '../../web/appHeader.ts';
import { bundledRegistry } from '../scenarioRegistry.ts';
import { reviewPage, type ReviewPage } from './reviewPage.ts';

const store = openStore(browserStorage());
const settings = parseSettings(store.read('settings'));
initI18n(settings.language);
// The catalogue only: a scenario's data is fetched when a file that names it is opened.
const registry = bundledRegistry(bundledScenarios);
const mount = document.getElementById('review')!;
let page: ReviewPage | undefined;

function header(): HTMLElement {
  const select = languageSelect('language', settings.language, (language) => {
    settings.language = language;
    // The same settings the simulator keeps, so both pages speak the same language.
    store.write('settings', { ...parseSettings(store.read('settings')), language: settings.language });
    setLanguage(settings.language);
    render();
    document.getElementById('language')?.focus();
  });
  return el(
    'div',
    { class: 'page-top' },
    el('a', { class: 'skip-link', href: '#main' }, t('header.skip')),
    appHeader(el('a', { href: './' }, t('review.back')), el('div', { class: 'setting language' }, el('label', { for: 'language' }, t('settings.language')), select)),
  );
}

function render(): void {
  document.documentElement.lang = settings.language;
  document.title = t('review.pageTitle');
  page = reviewPage(registry, header(), page?.state(), render);
  mount.replaceChildren(page.root);
}

render();

// The review page works offline too once opened: the worker is registered when the page is idle, never before it is usable.
requestIdleCallback(() => void import('../../web/offline/registerOffline.ts').then(({ registerOfflineBuild }) => registerOfflineBuild()), { timeout: 3000 });
