/** One scenario's figures: counts, weakest criteria, each criterion's share, the heat map, and one row per learner. */
import { el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import type { ScenarioFigures } from '../scenarioFigures.ts';
import { learnerName, percentText } from './format.ts';
import { heatMap } from './heatMap.ts';

/** Sections are numbered: two versions of one scenario are two sections. */
export const scenarioAnchor = (index: number): string => `scenario-${index + 1}`;

function weakest(f: ScenarioFigures): HTMLElement {
  if (f.assessed === 0) return el('p', { class: 'notice' }, t('class.noAssessments'));
  const items = f.weakest.map((c) => el('li', {}, t('class.weakestItem', { code: c.code, text: c.text, demonstrated: c.demonstrated, assessed: c.assessed, percent: percentText(c.share) })));
  return el('div', { class: 'weakest' }, el('h4', {}, t('class.weakestTitle')), items.length ? el('ol', {}, ...items) : el('p', {}, t('class.weakestNone')));
}

function criteriaTable(f: ScenarioFigures): HTMLElement | false {
  if (f.assessed === 0) return false;
  return el(
    'table',
    { class: 'data-table criteria-shares' },
    el('caption', {}, t('class.criteriaTitle')),
    el('thead', {}, el('tr', {}, ...(['class.colCriterion', 'class.colDemonstrated', 'class.colShare'] as const).map((k) => el('th', { scope: 'col' }, t(k))))),
    el(
      'tbody',
      {},
      ...f.criteria.map((c) =>
        el(
          'tr',
          { 'data-criterion': c.code, class: f.weakest.includes(c) ? 'is-weak' : undefined },
          el('th', { scope: 'row' }, el('span', { class: 'code' }, c.code), ' ', c.text),
          el('td', { class: 'num' }, t('class.shownOf', { shown: c.demonstrated, total: c.assessed })),
          el('td', { class: 'share' }, el('meter', { min: 0, max: 1, value: c.share, 'aria-hidden': 'true' }), ' ', percentText(c.share)),
        ),
      ),
    ),
  );
}

function learnerRows(f: ScenarioFigures): HTMLElement {
  const head = ['class.colLearner', 'class.colPractice', 'class.colAssessed', 'class.colBest', 'class.colPassed', 'class.colShown'] as const;
  const total = f.criteria.length;
  return el(
    'table',
    { class: 'data-table scenario-learners' },
    el('caption', {}, t('class.rowsTitle')),
    el('thead', {}, el('tr', {}, ...head.map((k) => el('th', { scope: 'col' }, t(k))))),
    el(
      'tbody',
      {},
      ...f.rows.map((r) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, learnerName(r.name, r.learner.replace(/^unnamed:/, ''))),
          el('td', { class: 'num' }, r.practice),
          el('td', { class: 'num' }, r.assessments),
          el('td', { class: 'num' }, r.bestPercent === undefined ? t('class.none') : `${r.bestPercent}%`),
          el('td', {}, r.assessments ? t(r.passed ? 'class.yes' : 'class.no') : t('class.none')),
          el('td', { class: 'num' }, r.assessments ? t('class.shownOf', { shown: r.demonstrated, total }) : t('class.none')),
        ),
      ),
    ),
  );
}

export function scenarioSection(f: ScenarioFigures, index: number): HTMLElement {
  const id = scenarioAnchor(index);
  return el(
    'section',
    { class: 'scenario', id, 'aria-labelledby': `${id}-title`, 'data-scenario': f.id },
    el('h3', { id: `${id}-title`, tabindex: '-1' }, f.title),
    el('p', { class: 'counts' }, t('class.scenarioCounts', { learners: f.learners, attempts: f.attempts, assessed: f.assessed })),
    weakest(f),
    criteriaTable(f),
    heatMap(f),
    learnerRows(f),
  );
}
