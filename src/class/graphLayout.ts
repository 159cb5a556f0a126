/**
 * Where each node of a scenario's dialogue graph is drawn in the heat map:
 * layers from left to right by distance from the start (breadth first, so the
 * usual path reads across), each node a box with one row per way on (its
 * options, then its timer); automatic routes are edges from the box itself.
 * Pure geometry, so it is tested without a browser and the SVG only draws it.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { Taken } from './scenarioFigures.ts';

export const BOX_WIDTH = 240;
export const HEADER_HEIGHT = 26;
export const ROW_HEIGHT = 22;
export const COLUMN_GAP = 90;
export const ROW_GAP = 18;
export const MARGIN = 12;

export interface LaidRow {
  taken: Taken;
  to: string;
  /** Top of the row. */
  y: number;
}

export interface LaidNode {
  id: string;
  layer: number;
  x: number;
  y: number;
  height: number;
  rows: LaidRow[];
  routes: string[];
  end: boolean;
}

export interface GraphLayout {
  nodes: Map<string, LaidNode>;
  width: number;
  height: number;
}

function waysOn(scenario: Scenario, id: string): string[] {
  const node = scenario.nodes[id]!;
  return [...node.choices.map((c) => c.to), ...(node.after ? [node.after.to] : []), ...node.when.map((r) => r.to)];
}

/** Layer of each node: its distance from the start; nodes the start cannot reach go after the rest. */
function layers(scenario: Scenario): Map<string, number> {
  const layer = new Map<string, number>([[scenario.start, 0]]);
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const to of waysOn(scenario, id)) {
      if (!layer.has(to) && to in scenario.nodes) {
        layer.set(to, layer.get(id)! + 1);
        queue.push(to);
      }
    }
  }
  const last = Math.max(...layer.values()) + 1;
  for (const id of Object.keys(scenario.nodes)) if (!layer.has(id)) layer.set(id, last);
  return layer;
}

export function layoutGraph(scenario: Scenario): GraphLayout {
  const layerOf = layers(scenario);
  const columns: string[][] = [];
  // Nodes in the order breadth-first search met them keep siblings together within a column.
  for (const [id, layer] of layerOf) (columns[layer] ??= []).push(id);
  const nodes = new Map<string, LaidNode>();
  let height = 0;
  columns.forEach((ids, layer) => {
    let y = MARGIN;
    for (const id of ids) {
      const node = scenario.nodes[id]!;
      const taken: { taken: Taken; to: string }[] = [...node.choices.map((c, i) => ({ taken: i as Taken, to: c.to })), ...(node.after ? [{ taken: 'timeout' as const, to: node.after.to }] : [])];
      const rows = taken.map((r, i) => ({ ...r, y: y + HEADER_HEIGHT + i * ROW_HEIGHT }));
      const boxHeight = HEADER_HEIGHT + Math.max(rows.length, node.when.length ? 1 : 0) * ROW_HEIGHT + 4;
      nodes.set(id, { id, layer, x: MARGIN + layer * (BOX_WIDTH + COLUMN_GAP), y, height: boxHeight, rows, routes: node.when.map((r) => r.to), end: node.end !== undefined });
      y += boxHeight + ROW_GAP;
    }
    height = Math.max(height, y);
  });
  return { nodes, width: MARGIN * 2 + columns.length * BOX_WIDTH + (columns.length - 1) * COLUMN_GAP, height: height + MARGIN };
}
