/**
 * The same dialogue written in ink, for running it on inkjs beside our engine:
 * a knot per node, a VAR per meter, automatic routes as conditional diverts at
 * the top of a knot, line variants as inline conditionals, conditional sticky
 * choices, effects clamped to the meter's bounds as ours are, evidence tallied
 * in two VARs, and a divert to the next knot.
 *
 * Our condition language (and, or, not, brackets, < <= > >= == !=) is a subset
 * of ink's, so conditions are copied as they are.
 */
import { Compiler, Story } from 'inkjs/full';
import type { Scenario, ScenarioNode } from '../src/scenario/schema.ts';

export const knotName = (id: string) => id.replace(/-/g, '_');

/** Ink treats these characters as markup; generated text avoids them, this makes sure. */
function plain(text: string): string {
  if (/[{}[\]|#~*+<>\\/]|^\s*[-=]/.test(text)) throw new Error(`text not safe to copy into ink: ${text}`);
  return text;
}

function effectLines(scenario: Scenario, effects: Record<string, number>): string[] {
  return Object.entries(effects).map(([meter, delta]) => {
    const { min, max } = scenario.meters[meter]!;
    return delta >= 0 ? `  ~ ${meter} = MIN(${meter} + ${delta}, ${max})` : `  ~ ${meter} = MAX(${meter} - ${-delta}, ${min})`;
  });
}

function sayLine(node: ScenarioNode): string {
  if (typeof node.say === 'string') return plain(node.say);
  // Variants: the first whose condition holds, the last (without `if`) otherwise.
  const last = node.say[node.say.length - 1]!;
  return node.say
    .slice(0, -1)
    .reduceRight((otherwise, v) => `{${v.if}: ${plain(v.text)}|${otherwise}}`, plain(last.text));
}

export function scenarioToInk(scenario: Scenario): string {
  const out: string[] = [];
  for (const [name, m] of Object.entries(scenario.meters)) out.push(`VAR ${name} = ${m.start}`);
  out.push('VAR evidence_met = 0', 'VAR evidence_total = 0', '', `-> ${knotName(scenario.start)}`, '');
  for (const [id, node] of Object.entries(scenario.nodes)) {
    out.push(`=== ${knotName(id)} ===`);
    for (const r of node.when) out.push(`{${r.if}: -> ${knotName(r.to)}}`);
    out.push(sayLine(node));
    if (node.end) {
      out.push('-> END', '');
      continue;
    }
    for (const c of node.choices) {
      out.push(`+ ${c.if ? `{${c.if}} ` : ''}[${plain(c.text)}]`);
      out.push(...effectLines(scenario, c.effects));
      const met = c.evidence.filter((e) => e.met).reduce((s, e) => s + e.weight, 0);
      const total = c.evidence.reduce((s, e) => s + e.weight, 0);
      if (met) out.push(`  ~ evidence_met = evidence_met + ${met}`);
      if (total) out.push(`  ~ evidence_total = evidence_total + ${total}`);
      out.push(`  -> ${knotName(c.to)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Compiles ink source and loads the compiled JSON into a fresh Story, as a game shipping compiled ink would. */
export function compileInk(source: string): { story: Story; json: string; warnings: string[] } {
  const compiler = new Compiler(source);
  const compiled = compiler.Compile();
  if (compiler.errors.length > 0 || !compiled) throw new Error(`ink did not compile:\n${compiler.errors.slice(0, 5).join('\n')}`);
  const json = compiled.ToJson();
  if (typeof json !== 'string') throw new Error('ink story did not serialise');
  return { story: new Story(json), json, warnings: compiler.warnings };
}
