/**
 * A scenario's dialogue graph as a heat map: each point of the conversation a
 * box with how many learners reached it, each response a row shaded by the
 * share of them who gave it, and a line to where it leads, thicker the more
 * took it. Built with DOM APIs and text nodes only (scenario text is never
 * markup); the same figures follow as a table for keyboard and screen reader.
 */
import { el, svg, uid } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { BOX_WIDTH, HEADER_HEIGHT, layoutGraph, ROW_HEIGHT, type LaidNode } from '../graphLayout.ts';
import type { ScenarioFigures } from '../scenarioFigures.ts';
import { responseText } from './format.ts';
import { heatTable } from './heatTable.ts';
import './heatMap.css';

/** Shades from light to the brand's mid blue; the text on them stays dark ink, at least 6:1 on the darkest. */
export const HEAT_SHADES = ['#ffffff', '#dcebf7', '#b8d5ee', '#93bfe3', '#6fa8d6'] as const;

export const shadeOf = (share: number): string => HEAT_SHADES[share <= 0 ? 0 : Math.min(4, Math.ceil(share * 4))]!;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function edge(from: { x: number; y: number }, to: LaidNode, count: number, share: number, route = false): SVGPathElement {
  const tx = to.x;
  const ty = to.y + HEADER_HEIGHT / 2;
  const bend = Math.max(40, Math.abs(tx - from.x) / 2);
  return svg('path', {
    d: `M${from.x},${from.y} C${from.x + bend},${from.y} ${tx - bend},${ty} ${tx},${ty}`,
    class: route ? 'edge is-route' : count > 0 ? 'edge is-taken' : 'edge',
    'stroke-width': count > 0 ? 1.5 + share * 6 : 1,
  });
}

function box(f: ScenarioFigures, node: LaidNode): SVGGElement {
  const reached = f.reached.get(node.id) ?? 0;
  const g = svg('g', { class: node.end ? 'point is-end' : 'point' });
  g.append(
    svg('rect', { x: node.x, y: node.y, width: BOX_WIDTH, height: node.height, rx: 6, class: 'box' }),
    svg('text', { x: node.x + 8, y: node.y + 17, class: 'point-name' }, clip(node.id, 22)),
    svg('text', { x: node.x + BOX_WIDTH - 8, y: node.y + 17, class: 'count', 'text-anchor': 'end' }, node.end ? t('class.endedHere', { count: f.ended.get(node.id) ?? 0 }) : t('class.reached', { count: reached })),
  );
  for (const row of node.rows) {
    const took = f.took.get(node.id)?.get(row.taken) ?? 0;
    const share = reached ? took / reached : 0;
    const label = responseText(f, node.id, row.taken);
    const rowG = svg('g', { class: 'response' }, svg('title', {}, `${label}: ${took}`));
    rowG.append(
      svg('rect', { x: node.x + 3, y: row.y, width: BOX_WIDTH - 6, height: ROW_HEIGHT - 2, fill: shadeOf(share), class: 'heat' }),
      svg('text', { x: node.x + 8, y: row.y + 15 }, clip(label, 30)),
      svg('text', { x: node.x + BOX_WIDTH - 8, y: row.y + 15, class: 'count', 'text-anchor': 'end' }, took),
    );
    g.append(rowG);
  }
  return g;
}

function legend(): HTMLElement {
  const steps = [t('class.legendNone'), '≤ 25%', '≤ 50%', '≤ 75%', '≤ 100%'];
  return el('p', { class: 'heat-legend' }, t('class.legend'), ...steps.map((label, i) => el('span', { class: 'swatch' }, el('span', { class: `chip shade-${i}` }), label)));
}

export function heatMap(f: ScenarioFigures): HTMLElement {
  const layout = layoutGraph(f.scenario);
  const titleId = uid('map-title');
  const drawing = svg('svg', { width: layout.width, height: layout.height, viewBox: `0 0 ${layout.width} ${layout.height}`, role: 'img', 'aria-labelledby': titleId, class: 'heat-map' });
  drawing.append(svg('title', { id: titleId }, t('class.mapLabel', { title: f.title })));
  const edges = svg('g', { class: 'edges' });
  for (const node of layout.nodes.values()) {
    const reached = f.reached.get(node.id) ?? 0;
    for (const row of node.rows) {
      const took = f.took.get(node.id)?.get(row.taken) ?? 0;
      edges.append(edge({ x: node.x + BOX_WIDTH, y: row.y + ROW_HEIGHT / 2 }, layout.nodes.get(row.to)!, took, reached ? took / reached : 0));
    }
    // Automatic routes take no turn: drawn dashed from the box, without a count.
    for (const to of node.routes) edges.append(edge({ x: node.x + BOX_WIDTH, y: node.y + HEADER_HEIGHT / 2 }, layout.nodes.get(to)!, 0, 0, true));
  }
  drawing.append(edges, ...[...layout.nodes.values()].map((n) => box(f, n)));
  return el(
    'div',
    { class: 'heat' },
    el('h4', {}, t('class.mapTitle')),
    el('p', { class: 'help' }, t('class.mapHelp')),
    legend(),
    // Focusable so the keyboard can scroll a map wider than the screen.
    el('div', { class: 'heat-scroll', tabindex: '0', role: 'group', 'aria-label': t('class.mapLabel', { title: f.title }) }, drawing),
    el('details', { class: 'heat-table' }, el('summary', {}, t('class.mapTable')), heatTable(f)),
  );
}
