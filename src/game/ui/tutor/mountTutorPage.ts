/** Boots the tutor window (index.html?view=tutor): its language from the shared settings, and the page; no stage, sound or play of its own. */
import { el } from '../../../web/dom.ts';
import { initI18n } from '../../../web/i18n/i18n.ts';
import { parseSettings } from '../../../web/settings.ts';
import { browserStorage, openStore } from '../../../web/storage.ts';
import { browserChannel } from '../../app/tutorChannel.ts';
import { tutorPage } from './tutorPage.ts';

export function mountTutorPage(root: HTMLElement): void {
  const store = openStore(browserStorage());
  const language = () => parseSettings(store.read('settings')).language;
  initI18n(language());
  document.documentElement.lang = language();
  document.body.dataset.screen = 'tutor';
  const page = tutorPage(browserChannel());
  root.replaceChildren(el('main', { id: 'main' }, page.root));
  // The language is chosen on the projected window; when it changes there, this window follows at once (a reload asks for the state again).
  addEventListener('storage', (event) => {
    if (event.key?.endsWith('settings') && language() !== document.documentElement.lang) location.reload();
  });
}
