/**
 * A node must leave the learner a way out whatever the meters say. Conditions
 * only compare meters with constants, so trying each meter just below, at and
 * above every constant it is compared with (within its bounds) covers every case.
 */
import { Conditions } from './conditionCache.ts';
import { parseExpression, thresholdsIn } from './expression.ts';
import type { Meters } from './meters.ts';
import type { Finding } from './graphChecks.ts';
import type { Scenario, ScenarioNode } from './schema.ts';

const COMBINATION_LIMIT = 50_000;

function candidates(scenario: Scenario, node: ScenarioNode): Map<string, number[]> {
  const thresholds = new Map<string, Set<number>>();
  for (const text of [...node.when.map((r) => r.if), ...node.choices.map((c) => c.if)]) {
    if (text) thresholdsIn(parseExpression(text), thresholds);
  }
  const out = new Map<string, number[]>();
  for (const [name, ts] of thresholds) {
    const m = scenario.meters[name]!;
    const values = new Set([m.min, m.max]);
    for (const t of ts) for (const v of [t - 1, t, t + 1]) if (v >= m.min && v <= m.max) values.add(v);
    out.set(name, [...values].sort((a, b) => a - b));
  }
  return out;
}

export function exitFindings(scenario: Scenario): Finding[] {
  const conds = new Conditions();
  const findings: Finding[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.end || node.after || node.choices.some((c) => !c.if)) continue;
    const axes = [...candidates(scenario, node)];
    const base: Meters = Object.fromEntries(Object.entries(scenario.meters).map(([n, m]) => [n, m.start]));
    const total = axes.reduce((p, [, vs]) => p * vs.length, 1);
    if (total > COMBINATION_LIMIT) continue;
    for (let k = 0; k < total; k++) {
      const meters = { ...base };
      let rest = k;
      for (const [name, vs] of axes) {
        meters[name] = vs[rest % vs.length]!;
        rest = Math.floor(rest / vs.length);
      }
      const open = node.when.some((r) => conds.holds(r.if, meters)) || node.choices.some((c) => conds.holds(c.if, meters));
      if (!open) {
        const at = axes.map(([n]) => `${n} ${meters[n]}`).join(', ');
        findings.push({ keys: ['nodes', id], onKey: true, message: `node "${id}" has no way out when ${at}: add a choice without "if" or a route that covers it` });
        break;
      }
    }
  }
  return findings;
}
