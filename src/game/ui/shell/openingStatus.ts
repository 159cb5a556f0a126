/**
 * The loading state while a scenario's data is fetched (starting, resuming
 * or replaying one from the picker or the history): a status line naming it,
 * and the main region marked busy. The loading screen has its own progress,
 * so the line is empty there. Screen readers hear it at once; on screen it
 * appears only if the wait is long enough to notice (CSS), so a quick fetch
 * does not flash.
 */
import type { App } from '../../app/app.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { el } from '../../../web/dom.ts';
import './openingStatus.css';

export function openingStatus(app: App, main: HTMLElement): { root: HTMLElement; render(): void } {
  const root = el('p', { class: 'opening-status', role: 'status' });
  const render = () => {
    const entry = app.screen.name === 'loading' ? undefined : app.opening;
    root.textContent = entry ? t('notice.opening', { title: entry.card.title }) : '';
    if (entry) main.setAttribute('aria-busy', 'true');
    else main.removeAttribute('aria-busy');
  };
  app.on('opening', render);
  app.on('screen', render);
  render();
  return { root, render };
}
