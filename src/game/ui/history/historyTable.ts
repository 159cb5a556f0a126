/** One row per finished attempt kept on this device: scenario, date, learner, mode, score, pass, and its debrief and transcript. */
import { stampOf, downloadText } from '../../../web/download.ts';
import { button, el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import type { AttemptRecord } from '../../app/attempts.ts';

export const transcriptFileName = (r: AttemptRecord): string => `${r.scenarioId}-${stampOf(r.startedAt)}.json`;

export interface HistoryTableProps {
  records: readonly AttemptRecord[];
  /** A date and time as the learner reads them. */
  when(iso: string): string;
  onOpen(record: AttemptRecord): void;
}

function row(r: AttemptRecord, props: HistoryTableProps): HTMLElement {
  const name = `${r.title}, ${props.when(r.startedAt)}`;
  return el(
    'tr',
    { 'data-attempt': r.id },
    el('th', { scope: 'row', lang: 'en-GB' }, r.title, r.presenter ? el('span', { class: 'history-presented' }, ` (${t('history.presented')})`) : false),
    el('td', {}, el('time', { datetime: r.startedAt }, props.when(r.startedAt))),
    el('td', {}, r.learner || '—'),
    el('td', {}, t(r.mode === 'assessment' ? 'history.assessment' : 'history.practice')),
    el('td', {}, `${r.percent}%`),
    el('td', { class: r.passed ? 'is-pass' : 'is-not-yet' }, t(r.passed ? 'history.passed' : 'history.notYet')),
    el(
      'td',
      { class: 'history-actions' },
      button(t('history.open'), () => props.onOpen(r), { 'aria-label': t('history.openNamed', { name }) }),
      button(t('history.download'), () => downloadText(document, transcriptFileName(r), JSON.stringify(r.transcript, null, 2), 'application/json'), { 'aria-label': t('history.downloadNamed', { name }) }),
    ),
  );
}

export function historyTable(props: HistoryTableProps): HTMLElement {
  const columns = ['history.scenario', 'history.date', 'history.learner', 'history.mode', 'history.score', 'history.result', 'history.actions'] as const;
  return el(
    'table',
    { class: 'history-table' },
    el('caption', {}, t('history.caption', { count: props.records.length })),
    el('thead', {}, el('tr', {}, ...columns.map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, ...props.records.map((r) => row(r, props))),
  );
}
