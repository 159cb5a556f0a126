/** The whole class at once: every scenario's figures and every learner's row, from the counted attempts. */
import type { Counted } from './countedAttempts.ts';
import { learnerSummaries, type LearnerSummary, type PracticeScenario } from './nextPractice.ts';
import { scenarioFigures, type ScenarioFigures } from './scenarioFigures.ts';

export interface ClassFigures {
  attempts: number;
  learners: number;
  scenarios: ScenarioFigures[];
  learnerRows: LearnerSummary[];
}

export function classFigures(counted: readonly Counted[], library: readonly PracticeScenario[]): ClassFigures {
  // By version: two versions of a scenario have different graphs, so their maps are drawn apart.
  const byVersion = new Map<string, Counted[]>();
  for (const a of counted) (byVersion.get(a.transcript.scenario.hash) ?? byVersion.set(a.transcript.scenario.hash, []).get(a.transcript.scenario.hash)!).push(a);
  const scenarios = [...byVersion.values()].map((attempts) => scenarioFigures(attempts[0]!.scenario, attempts)).sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id));
  return { attempts: counted.length, learners: new Set(counted.map((a) => a.learner)).size, scenarios, learnerRows: learnerSummaries(counted, library) };
}
