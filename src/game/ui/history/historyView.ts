/**
 * The attempts kept on this device: one row per finished conversation
 * (scenario, date, learner, mode, score, pass), each with its debrief and its
 * transcript; and all of them exported to, or imported from, one file. An
 * imported file is checked completely first and refused whole, with the
 * reason, if anything in it is wrong.
 */
import type { App } from '../../app/app.ts';
import type { AttemptProblem, AttemptRecord } from '../../app/attempts.ts';
import { attemptsFileName, makeAttemptsFile, readAttemptsFile, type ReadResult } from '../../app/attemptsFile.ts';
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
import { button, el, uid, type View } from '../../../web/dom.ts';
import { downloadText, stampOf } from '../../../web/download.ts';

const problemKeys: Record<AttemptProblem, UiKey> = {
  unavailable: 'history.unavailable',
  full: 'history.full',
  failed: 'history.failed',
};

export const transcriptFileName = (r: AttemptRecord): string => `${r.scenarioId}-${stampOf(r.startedAt)}.json`;

export function historyView(app: App): View {
  const heading = el('h1', { id: 'history-title', tabindex: '-1' }, t('history.title'));
  const status = el('div', { class: 'history-status', role: 'status' });
  const body = el('div', { class: 'history-body' }, el('p', {}, t('history.loading')));
  let records: AttemptRecord[] = [];
  let disposed = false;

  const when = (iso: string) => new Date(iso).toLocaleString(app.settings.language, { dateStyle: 'medium', timeStyle: 'short' });

  const table = () =>
    el(
      'table',
      { class: 'history-table' },
      el('caption', {}, t('history.caption', { count: records.length })),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...(['history.scenario', 'history.date', 'history.learner', 'history.mode', 'history.score', 'history.result', 'history.actions'] as const).map((k) => el('th', { scope: 'col' }, t(k))),
        ),
      ),
      el(
        'tbody',
        {},
        ...records.map((r) => {
          const name = `${r.title}, ${when(r.startedAt)}`;
          return el(
            'tr',
            { 'data-attempt': r.id },
            el('th', { scope: 'row', lang: 'en-GB' }, r.title, r.presenter ? el('span', { class: 'history-presented' }, ` (${t('history.presented')})`) : false),
            el('td', {}, el('time', { datetime: r.startedAt }, when(r.startedAt))),
            el('td', {}, r.learner || '—'),
            el('td', {}, t(r.mode === 'assessment' ? 'history.assessment' : 'history.practice')),
            el('td', {}, `${r.percent}%`),
            el('td', { class: r.passed ? 'is-pass' : 'is-not-yet' }, t(r.passed ? 'history.passed' : 'history.notYet')),
            el(
              'td',
              { class: 'history-actions' },
              button(t('history.open'), () => app.openAttempt(r), { 'aria-label': t('history.openNamed', { name }) }),
              button(t('history.download'), () => downloadText(document, transcriptFileName(r), JSON.stringify(r.transcript, null, 2), 'application/json'), { 'aria-label': t('history.downloadNamed', { name }) }),
            ),
          );
        }),
      ),
    );

  const refresh = async () => {
    const result = await app.attempts.list();
    if (disposed) return;
    if (!result.ok) {
      body.replaceChildren(el('p', { class: 'notice-inline' }, t(problemKeys[result.problem])));
      return;
    }
    records = result.value;
    exportButton.disabled = records.length === 0;
    body.replaceChildren(records.length === 0 ? el('p', {}, t('history.empty')) : table());
  };

  const exportButton = button(t('history.export'), () => downloadText(document, attemptsFileName(), JSON.stringify(makeAttemptsFile(records), null, 2), 'application/json'), { disabled: true });

  const inputId = uid('import');
  const input = el('input', { type: 'file', id: inputId, accept: 'application/json,.json' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    status.replaceChildren(el('p', {}, t('history.checking')));
    const text = await file.text().catch(() => undefined);
    if (disposed) return;
    const read: ReadResult = text === undefined ? { ok: false, reason: { key: 'unreadable' } } : readAttemptsFile(text, (id) => app.library.entries.find((e) => e.scenario.id === id));
    if (!read.ok) {
      const { key, params, detail } = read.reason;
      status.replaceChildren(
        el(
          'p',
          { class: 'import-refused', role: 'alert' },
          t('history.refused', { file: file.name }),
          ' ',
          t(`history.refusal.${key}` as const, params),
          // The engine's account of where a replay parted from the record is not translated.
          ...(detail ? [' ', t('history.refusal.detail'), ' ', el('span', { lang: 'en-GB' }, detail)] : []),
        ),
      );
      return;
    }
    const stored = await app.attempts.importAll(read.attempts);
    if (disposed) return;
    if (!stored.ok) {
      status.replaceChildren(el('p', { class: 'import-refused', role: 'alert' }, t('history.importFailed', { problem: t(problemKeys[stored.problem]) })));
      return;
    }
    status.replaceChildren(el('p', { class: 'import-done' }, t('history.imported', { added: stored.value.added, present: stored.value.present })));
    await refresh();
  });

  const root = el(
    'section',
    { class: 'history', 'aria-labelledby': heading.id },
    el('header', {}, heading, el('p', { class: 'lede' }, t('history.lede'))),
    el(
      'div',
      { class: 'history-tools', role: 'group', 'aria-label': t('history.tools') },
      button(t('history.back'), () => app.backToPicker()),
      exportButton,
      el('div', { class: 'history-import' }, el('label', { for: inputId }, t('history.import')), input),
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
