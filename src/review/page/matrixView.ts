/**
 * The evidence matrix for one learner over every verified assessment opened:
 * each unit of A10 to C8 (collapsed when nothing in it has been seen), its
 * elements and criteria, with links to the turns that show each criterion.
 * Transcripts that are practice or do not verify are named and left out.
 */
import { downloadText, safeFileName } from '../../web/download.ts';
import { button, el, uid } from '../../web/dom.ts';
import { t, type UiKey } from '../../web/i18n/i18n.ts';
import { statusKeys } from '../../web/i18n/valueKeys.ts';
import { evidenceMatrix, evidenceMatrixCsv, matrixSources, type Counts, type MatrixCriterion, type MatrixStatus } from '../evidenceMatrix.ts';
import { turnAnchor, type Entry } from './entry.ts';
import './matrixView.css';

const matrixKeys: Record<MatrixStatus, UiKey> = { demonstrated: 'review.matrixDemonstrated', 'not-demonstrated': 'review.matrixNotDemonstrated', 'not-seen': 'review.matrixNotSeen' };

const countsText = (status: MatrixStatus, c: Counts) =>
  t('review.matrixCounts', { status: t(matrixKeys[status]), demonstrated: c.demonstrated, notDemonstrated: c['not-demonstrated'], notSeen: c['not-seen'] });

export interface MatrixViewOptions {
  /** Opens an entry's record at a turn. */
  goToTurn(entryId: string, turn: number): void;
}

function criterionRow(c: MatrixCriterion, options: MatrixViewOptions): HTMLElement {
  const refs = c.refs.map((r) => {
    const a = el('a', { href: `#${turnAnchor(r.sourceId, r.turn)}` }, t(r.met ? 'review.matrixRefMet' : 'review.matrixRefMissed', { file: r.source, turn: r.turn }));
    a.addEventListener('click', (e) => {
      e.preventDefault();
      options.goToTurn(r.sourceId, r.turn);
    });
    return el('li', {}, a);
  });
  const overrides = c.overrides.map((o) => el('li', { class: 'override' }, t('review.matrixOverride', { file: o.source, status: t(statusKeys[o.status as keyof typeof statusKeys] ?? 'debrief.notObserved'), reason: o.reason })));
  return el(
    'tr',
    { 'data-criterion': c.code, 'data-status': c.status },
    el('th', { scope: 'row' }, c.code.toUpperCase()),
    el('td', { lang: 'en-GB' }, c.text),
    el('td', { class: `status is-${c.status}` }, t(matrixKeys[c.status])),
    el('td', {}, refs.length || overrides.length ? el('ul', { class: 'refs' }, ...refs, ...overrides) : '–'),
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
    el('div', { class: 'field' }, el('label', { for: selectId }, t('review.matrixLearner')), select),
    el('p', { class: 'sources' }, t('review.matrixSources', { count: sources.length, files: sources.map((s) => s.name).join(', ') })),
    button(t('review.matrixCsv'), () => downloadText(document, `${safeFileName('evidence-matrix', learner)}.csv`, evidenceMatrixCsv(matrix), 'text/csv;charset=utf-8')),
  );
  for (const u of matrix.units) {
    const tableId = uid('unit');
    const table = el(
      'table',
      { class: 'matrix-table', id: tableId },
      el('caption', {}, `${u.code} ${u.title}`),
      el('thead', {}, el('tr', {}, ...(['review.matrixCriterion', 'review.matrixStandard', 'review.matrixStatus', 'review.matrixEvidence'] as const).map((k) => el('th', { scope: 'col' }, t(k))))),
      ...u.elements.map((e) =>
        el(
          'tbody',
          { 'data-element': e.code },
          el('tr', { class: 'element-row' }, el('th', { scope: 'rowgroup', colspan: 4 }, `${e.code.toUpperCase()} `, el('span', { lang: 'en-GB' }, e.title), ` — ${countsText(e.status, e.counts)}`)),
          ...e.criteria.map((c) => criterionRow(c, options)),
        ),
      ),
    );
    const seen = u.counts.demonstrated + u.counts['not-demonstrated'] > 0;
    root.append(
      el(
        'details',
        { class: `unit is-${u.status}`, 'data-unit': u.code, open: seen },
        el('summary', {}, el('strong', {}, u.code), ' ', el('span', { lang: 'en-GB' }, u.title), ` — ${countsText(u.status, u.counts)}`),
        table,
      ),
    );
  }
  return root;
}
