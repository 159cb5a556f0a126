/**
 * A node must leave the learner a way out whatever the meters say. Every case
 * of the meters its conditions tell apart is tried (meterCases.ts), so the
 * answer is exact; a node whose conditions make too many cases to try is
 * reported as such, never passed over.
 */
import { parseExpression } from './expression.ts';
import type { Finding } from './graphChecks.ts';
import { axesFor, caseCount, describeCase, findCase, predicatesOver, CASE_LIMIT } from './meterCases.ts';
import type { Scenario } from './schema.ts';

export function exitFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  const bounds = (name: string) => ({ lo: scenario.meters[name]!.min, hi: scenario.meters[name]!.max });
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.end || node.after || node.choices.some((c) => !c.if)) continue;
    const exprs = [...node.when.map((r) => r.if), ...node.choices.map((c) => c.if!)].map(parseExpression);
    const axes = axesFor(exprs, bounds);
    const open = predicatesOver(axes, exprs);
    let stuck: number[] | undefined;
    const result = findCase(axes, open.length, (values) => {
      if (open.some((p) => p(values))) return false;
      stuck = values.slice();
      return true;
    });
    if (result === 'limit') {
      findings.push({
        keys: ['nodes', id],
        onKey: true,
        message: `node "${id}": its conditions split the meters into ${caseCount(axes).toLocaleString('en-GB')} cases, too many to check for a way out (at most ${CASE_LIMIT.toLocaleString('en-GB')} conditions tried); add a choice without "if", or compare fewer meters at fewer values here`,
      });
    } else if (stuck) {
      findings.push({ keys: ['nodes', id], onKey: true, message: `node "${id}" has no way out when ${describeCase(axes, stuck)}: add a choice without "if" or a route that covers it` });
    }
  }
  return findings;
}
