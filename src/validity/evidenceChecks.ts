/**
 * What an assessor expects of the evidence at one decision: a choice is judged
 * once per criterion (failing it twice for one slip would double the penalty),
 * and a criterion a poor option fails here must be one some option here can
 * show (otherwise every learner is marked down with no way to do better).
 */
import type { Finding } from '../scenario/graphChecks.ts';
import type { Scenario } from '../scenario/schema.ts';

export function evidenceFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  for (const [id, node] of Object.entries(scenario.nodes)) {
    const metHere = new Set<string>();
    node.choices.forEach((c) => c.evidence.forEach((e) => e.met && metHere.add(e.criterion)));
    node.choices.forEach((c, i) => {
      const seen = new Set<string>();
      c.evidence.forEach((e, j) => {
        const keys = ['nodes', id, 'choices', i, 'evidence', j, 'criterion'];
        if (seen.has(e.criterion)) findings.push({ keys, message: `this choice is judged against ${e.criterion} twice; one decision is judged once per criterion` });
        seen.add(e.criterion);
        if (!e.met && !metHere.has(e.criterion)) findings.push({ keys, message: `this choice fails ${e.criterion}, but no option at "${id}" shows it: give the learner a way to meet it here, or cite the criterion this choice really misses` });
      });
    });
  }
  return findings;
}
