/**
 * The debrief's results, each shown once: one chart of the elements (its numbers in a table for screen readers,
 * which the chart names as its long description) and one table of the criteria, each named by its words first
 * and its code second.
 */
import type { RollUp } from '../../../engine/scoring.ts';
import { el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { statusKeys } from '../../../web/i18n/valueKeys.ts';
import { criterionText } from '../../../web/criterionLabel.ts';
import { elementChart } from './chart.ts';

export function debriefSection(id: string, title: string, ...children: (Node | false)[]): HTMLElement {
  return el('section', { class: 'debrief-section', 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

const head = (...keys: Parameters<typeof t>[0][]) => el('thead', {}, el('tr', {}, ...keys.map((k) => el('th', { scope: 'col' }, t(k)))));

export function elementResults(result: RollUp): HTMLElement {
  const table = el(
    'table',
    { id: 'element-table', class: 'visually-hidden' },
    el('caption', {}, t('debrief.elementsTable')),
    head('debrief.element', 'debrief.result'),
    el('tbody', {}, ...result.elements.map((g) => el('tr', {}, el('th', { scope: 'row', lang: 'en-GB' }, `${g.title} (${g.code.toUpperCase()})`), el('td', {}, `${g.percent}% (${g.met}/${g.total})`)))),
  );
  const picture = result.elements.length > 0 ? elementChart(result.elements, 'elements-title', table.id) : el('p', {}, t('debrief.nothingAssessed'));
  return debriefSection('elements-title', t('debrief.byElement'), picture, table);
}

export function criterionResults(result: RollUp): HTMLElement {
  const rows = result.criteria.map((c) =>
    el(
      'tr',
      { class: `status-${c.status}` },
      el('th', { scope: 'row', lang: 'en-GB' }, criterionText(c.code, c.text || undefined)),
      el('td', {}, t(statusKeys[c.status])),
      el('td', {}, c.turns.map((i) => i + 1).join(', ') || '–'),
    ),
  );
  const table = el('table', { id: 'criterion-table' }, el('caption', {}, t('debrief.criteriaTable')), head('debrief.criterion', 'debrief.status', 'debrief.turns'), el('tbody', {}, ...rows));
  return debriefSection('criteria-title', t('debrief.byCriterion'), table);
}
