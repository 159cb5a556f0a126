/** A scenario as a Graphviz DOT graph: good choices green, poor ones red, routes dashed. */
import type { Scenario } from '../scenario/schema.ts';

const quote = (s: string) => JSON.stringify(s);

export function toDot(scenario: Scenario): string {
  const lines = [`digraph ${quote(scenario.id)} {`, '  rankdir=LR; node [shape=box, fontname="Helvetica"];'];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    lines.push(`  ${quote(id)} [${node.end ? `shape=doubleoctagon, label=${quote(`${id}\n(${node.end})`)}` : `label=${quote(id)}`}];`);
    node.choices.forEach((c, i) => {
      const met = c.evidence.filter((e) => e.met).length;
      const missed = c.evidence.length - met;
      const colour = missed > 0 ? 'firebrick' : met > 0 ? 'darkgreen' : 'gray40';
      lines.push(`  ${quote(id)} -> ${quote(c.to)} [label=${quote(`${i + 1}${c.if ? ` [${c.if}]` : ''}`)}, color=${colour}];`);
    });
    for (const r of node.when) lines.push(`  ${quote(id)} -> ${quote(r.to)} [style=dashed, label=${quote(r.if)}];`);
    if (node.after) lines.push(`  ${quote(id)} -> ${quote(node.after.to)} [style=dotted, label=${quote(`after ${node.after.seconds}s`)}];`);
  }
  lines.push('}');
  return lines.join('\n');
}
