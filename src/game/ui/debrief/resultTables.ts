/**
 * The debrief's results: a chart of every element and criterion, each with a
 * table of the same numbers that the chart names as its long description, for
 * anyone who cannot see the picture.
 */
import type { RollUp } from '../../../engine/scoring.ts';
import { el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { statusKeys } from '../../../web/i18n/valueKeys.ts';
import { criterionChart, elementChart } from './chart.ts';

export function debriefSection(id: string, title: string, ...children: (Node | false)[]): HTMLElement {
  return el('section', { class: 'debrief-section', 'aria-labelledby': id }, el('h2', { id }, title), ...children);
}

const head = (...keys: Parameters<typeof t>[0][]) => el('thead', {}, el('tr', {}, ...keys.map((k) => el('th', { scope: 'col' }, t(k)))));

export function elementResults(result: RollUp): HTMLElement {
  const table = el(
    'table',
    { id: 'element-table' },
    el('caption', {}, t('debrief.elementsTable')),
    head('debrief.element', 'debrief.elementTitle', 'debrief.result'),
    el('tbody', {}, ...result.elements.map((g) => el('tr', {}, el('th', { scope: 'row' }, g.code.toUpperCase()), el('td', { lang: 'en-GB' }, g.title), el('td', {}, `${g.percent}% (${g.met}/${g.total})`)))),
  );
  const picture = result.elements.length > 0 ? elementChart(result.elements, 'elements-title', table.id) : el('p', {}, t('debrief.nothingAssessed'));
  return debriefSection('elements-title', t('debrief.byElement'), picture, table);
}

export function criterionResults(result: RollUp): HTMLElement {
  const rows = result.criteria.map((c) =>
    el(
      'tr',
      { class: `status-${c.status}` },
      el('th', { scope: 'row' }, c.code),
      el('td', { lang: 'en-GB' }, c.text),
      el('td', {}, t(statusKeys[c.status])),
      el('td', {}, c.turns.map((i) => i + 1).join(', ') || '–'),
    ),
  );
  const table = el('table', { id: 'criterion-table' }, el('caption', {}, t('debrief.criteriaTable')), head('debrief.criterion', 'debrief.standard', 'debrief.status', 'debrief.turns'), el('tbody', {}, ...rows));
  return debriefSection('criteria-title', t('debrief.byCriterion'), result.criteria.length > 0 && criterionChart(result.criteria, 'criteria-title', table.id), table);
}
