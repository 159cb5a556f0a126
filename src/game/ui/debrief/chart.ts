/**
 * The debrief's picture: a horizontal bar per element, in SVG built node by node. A table of the same numbers
 * (for screen readers) is the chart's long description; the criteria are a table of their own, not a second picture.
 */
import type { GroupResult } from '../../../engine/scoring.ts';
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
