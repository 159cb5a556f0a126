/**
 * The help dialog that lists a screen's keyboard shortcuts.
 */
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
import { button, el } from '../../../web/dom.ts';
import './shortcuts.css';

export interface Shortcut {
  /** Keys as printed on the keyboard, pressed together (or a range with "…"). */
  keys: string[];
  action: UiKey;
}

/** The table of keys and what each does: in the projected screen's help dialog, and always in view on the tutor window. */
export function shortcutsTable(shortcuts: readonly Shortcut[]): HTMLTableElement {
  return el(
    'table',
    { class: 'shortcuts-table' },
    el('caption', { class: 'visually-hidden' }, t('shortcuts.title')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('shortcuts.key')), el('th', { scope: 'col' }, t('shortcuts.does')))),
    el(
      'tbody',
      {},
      ...shortcuts.map((s) =>
        el(
          'tr',
          {},
          el('td', {}, ...s.keys.flatMap((k, i) => [i > 0 && k !== '…' && s.keys[i - 1] !== '…' ? ' + ' : ' ', k === '…' ? '…' : el('kbd', {}, k)]).slice(1)),
          el('td', {}, t(s.action)),
        ),
      ),
    ),
  );
}

export function shortcutsDialog(shortcuts: readonly Shortcut[]): HTMLDialogElement {
  const titleId = 'shortcuts-title';
  const dialog = el('dialog', { class: 'shortcuts', 'aria-labelledby': titleId });
  const close = button(t('shortcuts.close'), () => dialog.close(), { class: 'primary' });
  dialog.append(el('h2', { id: titleId }, t('shortcuts.title')), shortcutsTable(shortcuts), el('div', { class: 'dialog-actions' }, close));
  return dialog;
}
