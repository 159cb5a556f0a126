/**
 * Model-based tests over each bundled scenario's compiled XState machine:
 * xstate/graph walks the machine itself (not our own search), one state per
 * node and meter values, and every ending must be among the states it reaches.
 * Then each shortest path is played through a Session to the same ending.
 */
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { Conditions } from '../src/scenario/conditionCache.ts';
import { nodeOf, openChoices } from '../src/scenario/dialogue.ts';
import { compileScenario, restingNode, type DialogueEvent, type DialogueSnapshot } from '../src/engine/machine.ts';
import { Session } from '../src/engine/session.ts';
import { bundled } from './support/scenarios.ts';

const AT = '2026-01-01T00:00:00.000Z';

describe.each(bundled())('$file', ({ scenario }) => {
  it('reaches every ending, and a Session replaying each path ends there too', () => {
    const machine = compileScenario(scenario);
    const conds = new Conditions();
    const paths = getShortestPaths(machine, {
      input: { mode: 'practice', seed: 1, startedAt: AT },
      serializeState: (s) => `${restingNode((s as DialogueSnapshot).value)}|${JSON.stringify((s as DialogueSnapshot).context.meters)}`,
      events: (s) => {
        const snap = s as DialogueSnapshot;
        const node = nodeOf(scenario, restingNode(snap.value));
        const evs: DialogueEvent[] = openChoices(node, snap.context.meters, conds).map((choice) => ({ type: 'CHOOSE', choice, at: AT }));
        if (node.after) evs.push({ type: 'TIMEOUT' });
        return evs;
      },
      limit: 200_000,
    });
    const endings = Object.entries(scenario.nodes).filter(([, n]) => n.end).map(([id]) => id);
    for (const ending of endings) {
      const path = paths.find((p) => restingNode((p.state as DialogueSnapshot).value) === ending);
      expect(path, `ending "${ending}" is reached by the machine`).toBeDefined();
      const session = Session.start(scenario, { seed: 1 });
      for (const step of path!.steps) {
        const e = step.event as DialogueEvent;
        if (e.type === 'CHOOSE') session.choose(e.choice);
        else if (e.type === 'TIMEOUT') session.wait();
      }
      expect(session.view().ended?.outcome).toBe(scenario.nodes[ending]!.end);
      session.stop();
    }
    // xstate/graph walks every (node, meters) state the machine can reach: seconds each on a quiet machine,
    // several times that when the cores are shared.
  }, 120_000);
});
