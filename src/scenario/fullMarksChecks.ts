/**
 * The guide's promise that some path reaches full marks, and that a
 * full-marks path can meet the pass rule (every critical criterion shown,
 * however many there are). When none can, the problem is put where a tutor
 * can act: the node where the best path first loses marks, naming the option
 * and the criteria it fails; or the critical criterion no full-marks path shows.
 */
import type { Move } from './compiledScenario.ts';
import type { Finding } from './graphChecks.ts';
import { firstLoss, type FirstLoss } from './marksLost.ts';
import type { ScenarioSpace } from './paths.ts';
import { limitFinding } from './reachChecks.ts';
import type { Scenario } from './schema.ts';

function describeMove(scenario: Scenario, node: string, move: Move): string {
  if (move.kind === 'timeout') return 'letting the timer run out';
  const text = scenario.nodes[node]!.choices[move.choice]!.text;
  return `option ${move.choice + 1} ("${text.length > 40 ? `${text.slice(0, 37)}…` : text}")`;
}

function lossFinding(scenario: Scenario, loss: FirstLoss): Finding {
  const failed = loss.evidence.filter((x) => !x.met).map((x) => (x.weight > 1 ? `${x.criterion} (weight ${x.weight})` : x.criterion));
  const others =
    loss.metMoves.length === 0
      ? 'no option open there meets all its evidence'
      : `what meets all its evidence there (${loss.metMoves.map((m) => describeMove(scenario, loss.node, m)).join(', ')}) leads only to more lost marks`;
  return {
    keys: ['nodes', loss.node],
    onKey: true,
    message: `no path reaches full marks: the best path to an ending loses marks first at "${loss.node}", by ${describeMove(scenario, loss.node, loss.move)}, which fails ${failed.join(', ')}; ${others}`,
  };
}

function marksFindings(scenario: Scenario, space: ScenarioSpace): Finding[] {
  const loss = firstLoss(space);
  if (loss === 'limit') return [limitFinding(space, 'finding where marks are lost')];
  if (loss === 'no-ending') return [{ keys: ['start'], message: 'no path reaches full marks: no ending can be reached from the start with the meters as they change' }];
  if (loss === 'no-loss') return [{ keys: ['start'], message: 'no path reaches full marks: no path to an ending shows any evidence, so none can be scored' }];
  return [lossFinding(scenario, loss)];
}

function passRuleFindings(scenario: Scenario, space: ScenarioSpace): Finding[] {
  const critical = scenario.pass.critical;
  const findings: Finding[] = [];
  for (const [i, criterion] of critical.entries()) {
    if (critical.indexOf(criterion) !== i) continue;
    const alone = space.bestPath([criterion]);
    if (alone === 'limit') return [limitFinding(space, `searching for a full-marks path that shows ${criterion}`)];
    if (alone === 'none') findings.push({ keys: ['pass', 'critical', i], message: `no path can meet the pass rule: no full-marks path demonstrates the critical criterion ${criterion}` });
  }
  if (findings.length > 0) return findings;
  return [{ keys: ['pass', 'critical'], message: `no path can meet the pass rule: no full-marks path demonstrates all of ${critical.join(', ')} together (each one alone can be)` }];
}

export function fullMarksFindings(scenario: Scenario, space: ScenarioSpace): Finding[] {
  const best = space.bestPath();
  if (best === 'limit') return [limitFinding(space, 'finding a full-marks path')];
  if (best !== 'none') return [];
  if (scenario.pass.critical.length > 0) {
    const plain = space.bestPath([]);
    if (plain === 'limit') return [limitFinding(space, 'finding a full-marks path')];
    if (plain !== 'none') return passRuleFindings(scenario, space);
  }
  return marksFindings(scenario, space);
}
