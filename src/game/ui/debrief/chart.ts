/**
 * The debrief's picture: a horizontal bar per element and per criterion, in
 * SVG built node by node. The table under it carries the same numbers for
 * anyone who cannot see the picture; the chart names it as its long description.
 */
import type { CriterionResult, GroupResult } from '../../../engine/scoring.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { statusKeys } from '../../../web/i18n/valueKeys.ts';
import { svg } from '../../../web/dom.ts';
import './chart.css';

const ROW = 30;
const LABEL = 96;
const BAR = 420;
const WIDTH = LABEL + BAR + 80;

function frame(titleId: string, rows: number, describedBy: string): SVGSVGElement {
  const height = rows * ROW + 8;
  return svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': titleId, 'aria-describedby': describedBy, preserveAspectRatio: 'xMinYMin meet' });
}

function row(y: number, label: string): SVGGElement {
  return svg('g', { transform: `translate(0 ${y})` }, svg('text', { x: 0, y: 19, class: 'chart-label' }, label));
}

export function elementChart(groups: readonly GroupResult[], titleId: string, tableId: string): SVGSVGElement {
  const chart = frame(titleId, groups.length, tableId);
  groups.forEach((g, i) => {
    const r = row(i * ROW + 4, g.code.toUpperCase());
    const w = (BAR * g.percent) / 100;
    r.append(
      svg('rect', { x: LABEL, y: 4, width: BAR, height: 20, rx: 3, class: 'bar-track' }),
      svg('rect', { x: LABEL, y: 4, width: Math.max(w, 0), height: 20, rx: 3, class: g.percent >= 70 ? 'bar-good' : g.percent >= 40 ? 'bar-mid' : 'bar-poor' }),
      svg('text', { x: LABEL + BAR + 8, y: 19, class: 'chart-value' }, `${g.percent}%`),
    );
    chart.append(r);
  });
  return chart;
}

export function criterionChart(criteria: readonly CriterionResult[], titleId: string, tableId: string): SVGSVGElement {
  const chart = frame(titleId, criteria.length, tableId);
  criteria.forEach((c, i) => {
    const r = row(i * ROW + 4, c.code);
    r.append(svg('rect', { x: LABEL, y: 4, width: BAR, height: 20, rx: 3, class: c.status === 'not-observed' ? 'bar-unseen' : 'bar-track' }));
    if (c.total > 0) {
      const met = (BAR * c.met) / c.total;
      r.append(svg('rect', { x: LABEL, y: 4, width: met, height: 20, rx: 3, class: 'bar-good' }));
      if (met < BAR) r.append(svg('rect', { x: LABEL + met, y: 4, width: BAR - met, height: 20, rx: 3, class: 'bar-poor' }));
    }
    const label = t(statusKeys[c.status]);
    r.append(svg('text', { x: LABEL + 10, y: 19, class: c.status === 'not-observed' ? 'chart-inbar is-dark' : 'chart-inbar' }, label));
    r.append(svg('text', { x: LABEL + BAR + 8, y: 19, class: 'chart-value' }, c.total > 0 ? `${c.met}/${c.total}` : '–'));
    chart.append(r);
  });
  return chart;
}
