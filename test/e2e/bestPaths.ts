/**
 * The best path through each bundled scenario as the words on the buttons, so
 * a browser test can play it the way a learner would: by reading, not by index.
 */
import { bundledScenarioFiles, checkFile } from '../../src/cli/bundled.ts';
import { playMoves } from '../../src/cli/simulate.ts';
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
