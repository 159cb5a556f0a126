/**
 * The evidence matrix for one learner over every verified assessment opened,
 * as a compact grid: criteria down (grouped by unit and element), attempts
 * across, each cell the criterion's status in that attempt with links to the
 * turns that show it, and the overall status last. Each element and unit says
 * what is true of it ("a gap: 2 not demonstrated", "in progress: 5 of 12
 * seen"). Units none of whose criteria has been seen stay folded. Transcripts
 * that are practice or do not verify are named and left out.
 */
import type { Transcript } from '../../engine/transcript.ts';
import { accessSentence } from '../../web/accessArrangement.ts';
import { formatDateTime } from '../../web/dates.ts';
import { downloadText, safeFileName } from '../../web/download.ts';
import { button, el, uid } from '../../web/dom.ts';
import { t, type UiKey } from '../../web/i18n/i18n.ts';
import { statusKeys } from '../../web/i18n/valueKeys.ts';
import { evidenceMatrix, evidenceMatrixCsv, matrixSources, type CellStatus, type Counts, type GroupStatus, type MatrixCriterion, type MatrixSource, type MatrixStatus } from '../evidenceMatrix.ts';
import { turnAnchor, type Entry } from './entry.ts';
import './matrixView.css';

const matrixKeys: Record<MatrixStatus, UiKey> = { demonstrated: 'review.matrixDemonstrated', 'not-demonstrated': 'review.matrixNotDemonstrated', 'not-seen': 'review.matrixNotSeen' };
const cellKeys: Record<CellStatus, UiKey> = {
  demonstrated: 'matrix.cellDemonstrated',
  'not-demonstrated': 'matrix.cellNotDemonstrated',
  'not-observed': 'matrix.cellNotObserved',
  'not-assessed': 'matrix.cellNotAssessed',
};
const cellMarks: Record<CellStatus, string> = { demonstrated: '✓', 'not-demonstrated': '✗', 'not-observed': '○', 'not-assessed': '' };

/** What is true of an element or unit, in words. */
export function groupText(status: GroupStatus, c: Counts): string {
  const total = c.demonstrated + c['not-demonstrated'] + c['not-seen'];
  switch (status) {
    case 'demonstrated':
      return t('matrix.demonstrated');
    case 'gap':
      return t('matrix.gap', { count: c['not-demonstrated'] });
    case 'in-progress':
      return t('matrix.inProgress', { seen: c.demonstrated + c['not-demonstrated'], total });
    case 'not-seen':
      return t('matrix.notSeen');
  }
}

export interface MatrixViewOptions {
  /** Opens an entry's record at a turn. */
  goToTurn(entryId: string, turn: number): void;
}

function cell(c: MatrixCriterion, source: MatrixSource, n: number, options: MatrixViewOptions): HTMLElement {
  const status = c.cells[n - 1]!;
  const links = c.refs
    .filter((r) => r.sourceId === (source.id ?? source.name))
    .map((r) => {
      const a = el('a', { href: `#${turnAnchor(r.sourceId, r.turn)}`, 'aria-label': t(r.met ? 'review.matrixRefMet' : 'review.matrixRefMissed', { file: r.source, turn: r.turn }) }, String(r.turn));
      a.addEventListener('click', (e) => {
        e.preventDefault();
        options.goToTurn(r.sourceId, r.turn);
      });
      return a;
    });
  return el(
    'td',
    { class: `cell is-${status}`, 'data-cell': status },
    el('span', { 'aria-hidden': 'true' }, cellMarks[status]),
    el('span', { class: 'visually-hidden' }, t(cellKeys[status], { n })),
    ...(links.length ? [' ', el('span', { class: 'turn-refs' }, ...links.flatMap((a, i) => (i ? [',', a] : [a])))] : []),
  );
}

function criterionRow(c: MatrixCriterion, sources: readonly MatrixSource[], options: MatrixViewOptions): HTMLElement {
  const overrides = c.overrides.map((o) => el('li', { class: 'override' }, t('review.matrixOverride', { file: o.source, status: t(statusKeys[o.status as keyof typeof statusKeys] ?? 'debrief.notObserved'), reason: o.reason })));
  return el(
    'tr',
    { 'data-criterion': c.code, 'data-status': c.status },
    el('th', { scope: 'row' }, el('span', { class: 'code' }, c.code.toUpperCase()), ' ', el('span', { class: 'text', lang: 'en-GB' }, c.text)),
    ...sources.map((s, i) => cell(c, s, i + 1, options)),
    el('td', { class: `status is-${c.status}` }, t(matrixKeys[c.status]), overrides.length ? el('ul', { class: 'refs' }, ...overrides) : ''),
  );
}

/** An attempt as the grid's key names it, with the learner's access arrangement when it had one. */
function attemptLine(s: MatrixSource, n: number): string {
  const line = t('matrix.attempt', { n, file: s.name, title: s.transcript.scenario.title, date: formatDateTime((s.transcript as Transcript).startedAt) });
  const access = accessSentence(s.transcript);
  return access ? `${line} (${access})` : line;
}

function unitGrid(u: ReturnType<typeof evidenceMatrix>['units'][number], sources: readonly MatrixSource[], options: MatrixViewOptions): HTMLElement {
  const columns = sources.length + 2;
  return el(
    'table',
    { class: 'matrix-grid' },
    el('caption', { class: 'visually-hidden' }, `${u.code} ${u.title}`),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, t('matrix.criterion')), ...sources.map((s, i) => el('th', { scope: 'col', class: 'attempt', title: s.name }, String(i + 1))), el('th', { scope: 'col' }, t('matrix.overall'))),
    ),
    ...u.elements.map((e) =>
      el(
        'tbody',
        { 'data-element': e.code, 'data-status': e.status },
        el('tr', { class: 'element-row' }, el('th', { scope: 'rowgroup', colspan: columns }, `${e.code.toUpperCase()} `, el('span', { lang: 'en-GB' }, e.title), ' — ', el('span', { class: `group-status is-${e.status}` }, groupText(e.status, e.counts)))),
        ...e.criteria.map((c) => criterionRow(c, sources, options)),
      ),
    ),
  );
}

export function matrixView(entries: readonly Entry[], selected: string | undefined, options: MatrixViewOptions & { onLearner(learner: string): void }): HTMLElement {
  const headingId = 'matrix-title';
  const root = el('section', { class: 'matrix', id: 'matrix', 'aria-labelledby': headingId }, el('h2', { id: headingId }, t('review.matrix')), el('p', {}, t('review.matrixLede')));
  const { byLearner, excluded } = matrixSources(entries.map((e) => ({ ...e.record, id: e.id, review: e.review })));
  if (excluded.length > 0) {
    root.append(el('ul', { class: 'excluded' }, ...excluded.map((x) => el('li', {}, t(x.why === 'practice' ? 'review.excludedPractice' : 'review.excludedUnverified', { file: x.file })))));
  }
  const learners = [...byLearner.keys()].sort((a, b) => a.localeCompare(b));
  if (learners.length === 0) {
    root.append(el('p', { class: 'none' }, t('review.matrixNone')));
    return root;
  }
  const learner = selected && byLearner.has(selected) ? selected : learners[0]!;
  const selectId = uid('learner');
  const select = el('select', { id: selectId }, ...learners.map((l) => el('option', { value: l, selected: l === learner }, l)));
  select.addEventListener('change', () => options.onLearner(select.value));
  const sources = byLearner.get(learner)!;
  const matrix = evidenceMatrix(learner, sources);
  root.append(
    el('div', { class: 'matrix-controls' }, el('div', { class: 'field' }, el('label', { for: selectId }, t('review.matrixLearner')), select), button(t('review.matrixCsv'), () => downloadText(document, `${safeFileName('evidence-matrix', learner)}.csv`, evidenceMatrixCsv(matrix), 'text/csv;charset=utf-8'))),
    el('p', { class: 'sources' }, t('review.matrixSources', { count: sources.length, files: sources.map((s) => s.name).join(', ') })),
    el('div', { class: 'attempts' }, el('h3', {}, t('matrix.attempts')), el('ul', { class: 'attempt-list' }, ...sources.map((s, i) => el('li', {}, attemptLine(s, i + 1))))),
    el('p', { class: 'help' }, t('matrix.key')),
  );
  for (const u of matrix.units) {
    const seen = u.counts.demonstrated + u.counts['not-demonstrated'] > 0;
    root.append(
      el(
        'details',
        { class: `unit is-${u.status}`, 'data-unit': u.code, 'data-status': u.status, open: seen },
        el('summary', {}, el('strong', {}, u.code), ' ', el('span', { lang: 'en-GB' }, u.title), ' — ', el('span', { class: `group-status is-${u.status}` }, groupText(u.status, u.counts))),
        unitGrid(u, sources, options),
      ),
    );
  }
  return root;
}
