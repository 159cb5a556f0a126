/** The picker's ways into presenter mode (one per scenario card) and into the attempts history. */
import type { App } from '../../app/app.ts';
import type { CatalogueEntry } from '../../../web/scenarioCatalogue.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { button, el } from '../../../web/dom.ts';
import './classroomLinks.css';

export function presentButton(app: App, entry: CatalogueEntry): HTMLButtonElement {
  return button(t('presenter.present'), () => void app.presentScenario(entry), {
    class: 'present-button',
    'aria-label': t('presenter.presentNamed', { title: entry.card.title }),
    'data-present': entry.card.id,
  });
}

export function historyLink(app: App): HTMLElement {
  return el('p', { class: 'history-link' }, button(t('history.link'), () => app.showHistory(), { class: 'link-button' }));
}
