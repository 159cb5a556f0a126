/** The class view's entry point (class.html): language, settings (the LRS), the bundled scenarios, and the page. */
import './class.css';
import { bundledScenarios } from '../../web/bundledScenarios.ts';
import { addPageStrings, initI18n, t } from '../../web/i18n/i18n.ts';
import { classViewStrings } from '../../web/i18n/pageStrings.ts';
import { pageHeader } from '../../web/pageHeader.ts';
import { lrsConfigOf } from '../../web/lrs/lrsClient.ts';
import { parseSettings } from '../../web/settings.ts';
import { browserStorage, openStore } from '../../web/storage.ts';
import { bundledRegistry } from '../../review/scenarioRegistry.ts';
import { classPage, type ClassPage } from './classPage.ts';

const store = openStore(browserStorage());
const settings = parseSettings(store.read('settings'));
initI18n(settings.language);
addPageStrings(classViewStrings);
const registry = bundledRegistry(bundledScenarios);
const libraryIds = bundledScenarios.catalogue.entries.map((e) => e.card.id);
const lrsConfig = lrsConfigOf(settings);
const mount = document.getElementById('class-view')!;
let page: ClassPage | undefined;

function render(): void {
  document.documentElement.lang = settings.language;
  document.title = t('class.pageTitle');
  const lrs = lrsConfig ? { config: lrsConfig, get: (url: string, init: { headers: Record<string, string> }) => fetch(url, init) } : undefined;
  const header = pageHeader({ skip: t('class.skip'), back: t('class.back'), title: t('class.title'), lede: t('class.lede') }, settings, store, render);
  page = classPage({ registry, libraryIds, ...(lrs ? { lrs } : {}) }, header, page?.state());
  mount.replaceChildren(page.root);
}

render();

// The class view works offline too once opened (files need no network): the worker is registered when the page is idle, never before it is usable.
requestIdleCallback(() => void import('../../web/offline/registerOffline.ts').then(({ registerOfflineBuild }) => registerOfflineBuild()), { timeout: 3000 });
