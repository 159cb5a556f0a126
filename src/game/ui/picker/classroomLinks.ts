/** The picker's ways into presenter mode (one per scenario card) and into the attempts history. */
import type { App } from '../../app/app.ts';
import type { CatalogueEntry } from '../../../web/scenarioCatalogue.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { button, el } from '../../../web/dom.ts';
import { presentLink } from '../../app/modeRules.ts';
import './classroomLinks.css';

/**
 * A real link to the scenario's present mode (`?scenario=<id>&mode=present`),
 * so a tutor can open it in the projector's window or copy it; a plain click
 * presents here without reloading the page.
 */
export function presentButton(app: App, entry: CatalogueEntry): HTMLAnchorElement {
  const link = el(
    'a',
    { class: 'present-button', href: presentLink(entry.card.id), 'aria-label': t('presenter.presentNamed', { title: entry.card.title }), 'data-present': entry.card.id },
    t('presenter.present'),
  );
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void app.presentScenario(entry);
  });
  return link;
}

export function historyLink(app: App): HTMLElement {
  return el('p', { class: 'history-link' }, button(t('history.link'), () => app.showHistory(), { class: 'link-button' }));
}
