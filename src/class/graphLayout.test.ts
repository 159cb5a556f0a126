import { describe, expect, it } from 'vitest';
import { bundled } from '../../test/support/scenarios.ts';
import { BOX_WIDTH, layoutGraph } from './graphLayout.ts';

describe('layoutGraph', () => {
  it('places every node of every bundled scenario once, start first, boxes not overlapping, each way on a row', () => {
    for (const { scenario } of bundled()) {
      const g = layoutGraph(scenario);
      expect([...g.nodes.keys()].sort()).toEqual(Object.keys(scenario.nodes).sort());
      expect(g.nodes.get(scenario.start)).toMatchObject({ layer: 0 });
      const boxes = [...g.nodes.values()];
      for (const a of boxes) {
        expect(a.x + BOX_WIDTH).toBeLessThanOrEqual(g.width);
        expect(a.y + a.height).toBeLessThanOrEqual(g.height);
        const node = scenario.nodes[a.id]!;
        expect(a.rows.map((r) => r.taken)).toEqual([...node.choices.map((_, i) => i), ...(node.after ? ['timeout'] : [])]);
        for (const b of boxes) {
          if (a !== b && a.layer === b.layer) expect(a.y + a.height <= b.y || b.y + b.height <= a.y, `${a.id} overlaps ${b.id}`).toBe(true);
        }
        // A node one option leads to is never more than one layer further on.
        for (const r of a.rows) expect(g.nodes.get(r.to)!.layer).toBeLessThanOrEqual(a.layer + 1);
      }
    }
  });
});
