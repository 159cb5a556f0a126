/**
 * The best path through each bundled scenario as the words on the buttons, so
 * a browser test can play it the way a learner would: by reading, not by index.
 */
import { bundledScenarioFiles, checkFile } from '../../src/cli/bundled.ts';
import { playMoves, playRandom } from '../../src/cli/simulate.ts';
import { ScenarioSpace } from '../../src/scenario/paths.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

export type Step = { kind: 'say'; text: string } | { kind: 'wait'; seconds: number };

export interface BestPath {
  scenario: Scenario;
  steps: Step[];
  percent: number;
}

/** The best path through one scenario file, played through the engine to read off the button texts and the score. */
export function bestPathFor(file: string): BestPath {
  const { scenario } = checkFile(file);
  if (!scenario) throw new Error(`${file} does not pass the checker`);
  const best = new ScenarioSpace(scenario).bestPath();
  if (typeof best === 'string') throw new Error(`${file}: no best path (${best})`);
  const session = playMoves(scenario, best.moves);
  const steps = session.history.map((turn): Step =>
    turn.action.kind === 'choice' ? { kind: 'say', text: turn.action.text } : { kind: 'wait', seconds: turn.action.seconds },
  );
  return { scenario, steps, percent: session.transcript().rollUp.percent };
}

export function bestPaths(): BestPath[] {
  return bundledScenarioFiles().map(bestPathFor);
}

/**
 * An attempt that reaches the pass mark yet misses a critical criterion (so it fails), played only by choosing:
 * the highest-scoring one among random playthroughs of the first bundled scenario that has one.
 */
export function highScoreMissingCritical(seeds = 1500): BestPath & { scaled: number; missedCritical: string[] } {
  for (const file of bundledScenarioFiles()) {
    const { scenario } = checkFile(file);
    if (!scenario) continue;
    let found: (BestPath & { scaled: number; missedCritical: string[] }) | undefined;
    for (let seed = 1; seed <= seeds; seed++) {
      const session = playRandom(scenario, seed);
      const t = session.transcript();
      session.stop();
      if (!t.endedAt || !t.pass || t.pass.missedCritical.length === 0 || t.rollUp.total === 0) continue;
      if (session.history.some((turn) => turn.action.kind !== 'choice')) continue;
      const scaled = t.rollUp.met / t.rollUp.total;
      if (scaled * 100 < scenario.pass.mark || (found && found.scaled >= scaled)) continue;
      const steps = session.history.map((turn): Step => (turn.action.kind === 'choice' ? { kind: 'say', text: turn.action.text } : { kind: 'wait', seconds: turn.action.seconds }));
      found = { scenario, steps, percent: t.rollUp.percent, scaled, missedCritical: t.pass.missedCritical };
    }
    if (found) return found;
  }
  throw new Error('no bundled scenario has a path that reaches its pass mark while missing a critical criterion');
}
