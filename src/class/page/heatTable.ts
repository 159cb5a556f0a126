/** The heat map's figures as a table: each point, how many reached it, and each response with how many gave it and where it leads. */
import { el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import type { ScenarioFigures, Taken } from '../scenarioFigures.ts';
import { percentText, responseText } from './format.ts';

export function heatTable(f: ScenarioFigures): HTMLTableElement {
  const rows: HTMLTableRowElement[] = [];
  for (const [id, node] of Object.entries(f.scenario.nodes)) {
    const ways: { taken: Taken; to: string }[] = [...node.choices.map((c, i) => ({ taken: i as Taken, to: c.to })), ...(node.after ? [{ taken: 'timeout' as const, to: node.after.to }] : [])];
    if (ways.length === 0) continue;
    const reached = f.reached.get(id) ?? 0;
    ways.forEach((w, i) => {
      const took = f.took.get(id)?.get(w.taken) ?? 0;
      rows.push(
        el(
          'tr',
          { 'data-node': id, 'data-response': String(w.taken) },
          i === 0 ? el('th', { scope: 'rowgroup', rowspan: ways.length }, id) : false,
          i === 0 ? el('td', { rowspan: ways.length, class: 'num' }, reached) : false,
          el('td', {}, responseText(f, id, w.taken)),
          el('td', { class: 'num took' }, took, reached ? ` (${percentText(took / reached)})` : ''),
          el('td', {}, w.to),
        ),
      );
    });
  }
  return el(
    'table',
    { class: 'data-table' },
    el('caption', {}, t('class.mapLabel', { title: f.title })),
    el('thead', {}, el('tr', {}, ...(['class.colPoint', 'class.colReached', 'class.colResponse', 'class.colTook', 'class.colLeadsTo'] as const).map((k) => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, ...rows),
  );
}
