/**
 * Importing an attempts file: checked completely first (attemptsFile.ts) and
 * refused whole, with the reason, if anything in it is wrong; stored in one
 * transaction otherwise. Says what happened in the history's status line.
 */
import { el, uid } from '../../../web/dom.ts';
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
import type { AttemptProblem } from '../../app/attempts.ts';
import { readAttemptsFile, scenarioIdsIn, type ReadResult, type Refusal } from '../../app/attemptsFile.ts';
import type { App } from '../../app/app.ts';
import type { NamedScenario } from '../../app/scenarioLoader.ts';

export const problemKeys: Record<AttemptProblem, UiKey> = {
  unavailable: 'history.unavailable',
  full: 'history.full',
  failed: 'history.failed',
};

function refusal(file: string, { key, params, detail }: Refusal): HTMLElement {
  return el(
    'p',
    { class: 'import-refused', role: 'alert' },
    t('history.refused', { file }),
    ' ',
    t(`history.refusal.${key}` as const, params),
    // The engine's account of where a replay parted from the record is not translated.
    ...(detail ? [' ', t('history.refusal.detail'), ' ', el('span', { lang: 'en-GB' }, detail)] : []),
  );
}

export interface ImportProps {
  app: App;
  status: HTMLElement;
  /** False once the screen has gone: an answer that comes later is not shown. */
  live(): boolean;
  onImported(): Promise<void>;
}

export function attemptsImport({ app, status, live, onImported }: ImportProps): HTMLElement {
  const inputId = uid('import');
  const input = el('input', { type: 'file', id: inputId, accept: 'application/json,.json' });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    status.replaceChildren(el('p', {}, t('history.checking')));
    const text = await file.text().catch(() => undefined);
    // Every record is replayed, so the scenarios the file names (and only those) are fetched first.
    const scenarios = text === undefined ? new Map<string, NamedScenario>() : await app.scenarios.loadNamed(app.library.entries, scenarioIdsIn(text));
    if (!live()) return;
    const read: ReadResult = text === undefined ? { ok: false, reason: { key: 'unreadable' } } : readAttemptsFile(text, (id) => scenarios.get(id));
    if (!read.ok) return void status.replaceChildren(refusal(file.name, read.reason));
    const stored = await app.attempts.importAll(read.attempts);
    if (!live()) return;
    if (!stored.ok) return void status.replaceChildren(el('p', { class: 'import-refused', role: 'alert' }, t('history.importFailed', { problem: t(problemKeys[stored.problem]) })));
    status.replaceChildren(el('p', { class: 'import-done' }, t('history.imported', { added: stored.value.added, present: stored.value.present })));
    await onImported();
  });
  return el('div', { class: 'history-import' }, el('label', { for: inputId }, t('history.import')), input);
}
