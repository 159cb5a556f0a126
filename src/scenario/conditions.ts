/**
 * Every condition in a scenario, parsed once, with where it sits in the file.
 * The checker reports the ones that do not parse or name unknown meters; the
 * engine and graph analyses use the parsed form.
 */
import { ExpressionError, metersIn, parseExpression, type Expr } from './expression.ts';
import type { Scenario } from './schema.ts';
import type { PathKey } from './yamlSource.ts';

export interface ConditionSite {
  keys: PathKey[];
  text: string;
}

export interface ConditionError {
  keys: PathKey[];
  offset: number;
  message: string;
}

export function conditionSites(scenario: Scenario): ConditionSite[] {
  const sites: ConditionSite[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (Array.isArray(node.say)) node.say.forEach((l, i) => l.if && sites.push({ keys: ['nodes', id, 'say', i, 'if'], text: l.if }));
    node.when.forEach((r, i) => sites.push({ keys: ['nodes', id, 'when', i, 'if'], text: r.if }));
    node.choices.forEach((c, i) => c.if && sites.push({ keys: ['nodes', id, 'choices', i, 'if'], text: c.if }));
  }
  return sites;
}

/** Parses every condition; unparsable or ill-named ones become errors, the rest are cached by text. */
export function parseConditions(scenario: Scenario): { parsed: Map<string, Expr>; errors: ConditionError[] } {
  const parsed = new Map<string, Expr>();
  const errors: ConditionError[] = [];
  const known = new Set(Object.keys(scenario.meters));
  for (const site of conditionSites(scenario)) {
    try {
      const expr = parsed.get(site.text) ?? parseExpression(site.text);
      const unknown = [...metersIn(expr)].filter((m) => !known.has(m));
      if (unknown.length > 0) {
        const name = unknown[0]!;
        errors.push({
          keys: site.keys,
          offset: Math.max(0, site.text.search(new RegExp(`\\b${name}\\b`))),
          message: `unknown meter "${name}" in condition (meters: ${[...known].join(', ') || 'none'})`,
        });
        continue;
      }
      parsed.set(site.text, expr);
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
      errors.push({ keys: site.keys, offset: err.offset, message: `condition "${site.text}" does not parse: ${err.message}` });
    }
  }
  return { parsed, errors };
}
