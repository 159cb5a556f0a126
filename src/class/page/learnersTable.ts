/** One row per learner across the class: attempts, assessments passed, criteria shown and not yet shown, and their next practice. */
import { el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import type { LearnerSummary, Suggestion } from '../nextPractice.ts';
import { learnerName } from './format.ts';

/** Opens the simulator on that scenario, in practice (the app's own `?scenario=&mode=` link). */
const practiceLink = (s: Suggestion): string => `./?${new URLSearchParams({ scenario: s.id, mode: 'practice' })}`;

/** A few codes are shown as they are; a long list folds behind its count, so a class of rows stays readable. */
function codes(list: readonly string[]): HTMLTableCellElement {
  const cell = el('td', { class: 'codes', 'data-codes': list.join(' ') });
  if (list.length === 0) cell.append(t('class.none'));
  else if (list.length <= 6) cell.append(list.join(', '));
  else cell.append(el('details', {}, el('summary', {}, t('class.codesCount', { count: list.length })), el('p', {}, list.join(', '))));
  return cell;
}

function nextPractice(r: LearnerSummary): HTMLElement {
  if (r.next.length === 0) return el('span', {}, t('class.nextNone'));
  return el(
    'ul',
    { class: 'next' },
    ...r.next.map((s) => el('li', { 'data-covers': s.covers.join(' ') }, el('a', { href: practiceLink(s), lang: 'en-GB' }, s.title), ': ', t('class.nextCovers', { count: s.covers.length }))),
  );
}

export function learnersTable(rows: readonly LearnerSummary[]): HTMLElement {
  const head = ['class.colLearner', 'class.colAttempts', 'class.colAssessments', 'class.colShown', 'class.colNotYet', 'class.colNext'] as const;
  return el(
    'table',
    { class: 'data-table learners' },
    el('caption', {}, t('class.learnersCaption')),
    el('thead', {}, el('tr', {}, ...head.map((k) => el('th', { scope: 'col' }, t(k))))),
    el(
      'tbody',
      {},
      ...rows.map((r) =>
        el(
          'tr',
          { 'data-learner': r.name },
          el('th', { scope: 'row' }, learnerName(r.name, r.source)),
          el('td', { class: 'num' }, r.attempts),
          el('td', { class: 'num' }, t('class.passedOf', { passed: r.passed, assessments: r.assessments })),
          codes(r.shown),
          codes(r.notYet),
          el('td', {}, nextPractice(r)),
        ),
      ),
    ),
  );
}
