/**
 * The attempts kept on this device: one row per finished conversation, each
 * with its debrief and its transcript (historyTable.ts); and all of them
 * exported to, or imported from, one file (historyImport.ts).
 */
import { button, el, type View } from '../../../web/dom.ts';
import { downloadText } from '../../../web/download.ts';
import { t } from '../../../web/i18n/i18n.ts';
import type { App } from '../../app/app.ts';
import type { AttemptRecord } from '../../app/attempts.ts';
import { attemptsFileName, makeAttemptsFile } from '../../app/attemptsFile.ts';
import { attemptsImport, problemKeys } from './historyImport.ts';
import { historyTable } from './historyTable.ts';
import './history.css';

export function historyView(app: App): View {
  const heading = el('h1', { id: 'history-title', tabindex: '-1' }, t('history.title'));
  const status = el('div', { class: 'history-status', role: 'status' });
  const body = el('div', { class: 'history-body' }, el('p', {}, t('history.loading')));
  let records: AttemptRecord[] = [];
  let disposed = false;
  const when = (iso: string) => new Date(iso).toLocaleString(app.settings.language, { dateStyle: 'medium', timeStyle: 'short' });
  const exportButton = button(t('history.export'), () => downloadText(document, attemptsFileName(), JSON.stringify(makeAttemptsFile(records), null, 2), 'application/json'), { disabled: true });

  const refresh = async () => {
    const result = await app.attempts.list();
    if (disposed) return;
    if (!result.ok) return void body.replaceChildren(el('p', { class: 'notice-inline' }, t(problemKeys[result.problem])));
    records = result.value;
    exportButton.disabled = records.length === 0;
    body.replaceChildren(records.length === 0 ? el('p', {}, t('history.empty')) : historyTable({ records, when, onOpen: (r) => void app.openAttempt(r) }));
  };

  const root = el(
    'section',
    { class: 'history screen-panel', 'aria-labelledby': heading.id },
    el('header', {}, heading, el('p', { class: 'lede' }, t('history.lede'))),
    el(
      'div',
      { class: 'history-tools', role: 'group', 'aria-label': t('history.tools') },
      button(t('history.back'), () => app.backToPicker()),
      exportButton,
      attemptsImport({ app, status, live: () => !disposed, onImported: refresh }),
    ),
    status,
    body,
  );
  void refresh();
  return {
    root,
    dispose() {
      disposed = true;
    },
  };
}
