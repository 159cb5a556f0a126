/**
 * The overlay's frame: the header (language, sound, settings), the notices,
 * and the current screen's view, swapped when the app changes screen. A
 * language switch re-mounts the screen so every string is redrawn.
 */
import type { App, Notice, Screen } from '../../app/app.ts';
import { currentLanguage, setLanguage, t } from '../../../web/i18n/i18n.ts';
import { conversationView } from '../conversation/conversationView.ts';
import { debriefView } from '../debrief/debriefView.ts';
import { brandMark } from '../../../web/appHeader.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { historyView } from '../history/historyView.ts';
import { pickerView } from '../picker/pickerView.ts';
import { presenterView } from '../presenter/presenterView.ts';
import { languageSelect, settingsDialog } from './settingsDialog.ts';
import { openingStatus } from './openingStatus.ts';
import type { StageArea } from '../stageArea.ts';
import './shell.css';

function loadingView(app: App): View {
  // The stage (Phaser) is fetched only once a conversation is on screen (main.ts), so the loading bar is the overlay's own.
  const progress = el('progress', { max: 1, value: 0, 'aria-labelledby': 'loading-title', class: 'loading-bar' });
  const status = el('p', { class: 'loading-status' });
  const update = ({ done, total }: { done: number; total: number }) => {
    progress.max = Math.max(1, total);
    progress.value = done;
    status.textContent = total > 0 ? t('loading.progress', { done, total }) : t('loading.starting');
  };
  update(app.loading);
  const off = app.on('loading', update);
  return { root: el('section', { class: 'loading' }, el('h1', { id: 'loading-title', tabindex: '-1' }, t('loading.title')), progress, status), dispose: off };
}

function screenView(app: App, screen: Screen, stage: StageArea): View {
  switch (screen.name) {
    case 'loading':
      return loadingView(app);
    case 'picker':
      return pickerView(app);
    case 'conversation':
      return screen.play.presenter ? presenterView(app, screen.play, stage) : conversationView(app, screen.play, stage);
    case 'debrief':
      return debriefView(app, screen.play);
    case 'history':
      return historyView(app);
  }
}

function noticeItem(app: App, notice: Notice): HTMLElement {
  return el(
    'div',
    { class: `notice tone-${notice.tone}`, 'data-notice': notice.id },
    el('p', {}, t(notice.key, notice.params)),
    button('×', () => app.dismiss(notice.id), { class: 'dismiss', 'aria-label': t('notice.dismiss') }),
  );
}

export function mountShell(root: HTMLElement, app: App, stage: StageArea): void {
  const applyLanguage = () => {
    if (currentLanguage() !== app.settings.language) setLanguage(app.settings.language);
    document.documentElement.lang = app.settings.language;
    document.title = t('header.documentTitle');
  };
  // Registered before any view listens, so every re-render after a switch (the settings dialog's too) is in the new language.
  app.on('settings', (settings) => {
    if (currentLanguage() !== settings.language) applyLanguage();
  });

  const main = el('main', { id: 'main' });
  const notices = el('div', { class: 'notices', role: 'region', 'aria-live': 'polite', 'aria-label': t('notice.region') });
  const header = el('header', { class: 'app-header' });
  const skip = el('a', { class: 'skip-link', href: '#main' }, t('header.skip'));
  const dialog = settingsDialog(app);
  const opening = openingStatus(app, main);
  let view: View | undefined;

  const renderHeader = () => {
    // The header is redrawn on every settings change; a keyboard user who just used one of its controls keeps their place.
    const active = document.activeElement;
    const focusedId = active && header.contains(active) ? active.id : '';
    const mute = button(t(app.settings.muted ? 'header.unmute' : 'header.mute'), () => app.updateSettings({ muted: !app.settings.muted }), {
      id: 'header-mute',
      class: 'icon-button',
      'aria-pressed': String(app.settings.muted),
    });
    header.replaceChildren(
      brandMark(),
      el('nav', { 'aria-label': t('header.nav') }, languageSelect(app, 'header-language'), mute, button(t('header.settings'), () => dialog.showModal(), { id: 'header-settings', 'aria-haspopup': 'dialog' })),
    );
    notices.setAttribute('aria-label', t('notice.region'));
    skip.textContent = t('header.skip');
    if (focusedId) header.querySelector<HTMLElement>(`#${focusedId}`)?.focus();
  };

  const renderNotices = () => notices.replaceChildren(...app.notices.map((n) => noticeItem(app, n)));

  const mountScreen = (focus: boolean) => {
    view?.dispose();
    view = screenView(app, app.screen, stage);
    main.replaceChildren(view.root);
    document.body.dataset.screen = app.screen.name;
    if (focus) main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: false });
  };

  app.on('screen', () => mountScreen(true));
  app.on('notices', renderNotices);
  let language = app.settings.language;
  app.on('settings', (settings) => {
    renderHeader();
    if (settings.language === language) return;
    language = settings.language;
    renderNotices();
    opening.render();
    mountScreen(false);
  });

  applyLanguage();
  renderHeader();
  renderNotices();
  root.replaceChildren(skip, header, notices, opening.root, main, dialog);
  mountScreen(false);
}
