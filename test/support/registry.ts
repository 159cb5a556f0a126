/**
 * A review registry with every scenario in hand, from YAML text, for tests:
 * the page's own registry fetches the build's checked data instead, so the
 * review page carries neither the YAML parser nor zod.
 */
import { byIdList, type ScenarioRegistry, type ScenarioVersion } from '../../src/review/scenarioRegistry.ts';
import { loadScenarioText } from '../../src/scenario/load.ts';

/** `files` maps a path to YAML text, as `import.meta.glob` gives it; a file that does not load is left out. */
export function scenarioRegistry(files: Record<string, string>): ScenarioRegistry {
  const loaded: ScenarioVersion[] = [];
  for (const [path, text] of Object.entries(files)) {
    const result = loadScenarioText(text, path);
    if (result.ok) loaded.push({ scenario: result.scenario, hash: result.hash });
  }
  const byId = byIdList(loaded);
  return { versions: (id) => byId.get(id) ?? [], prepare: async () => [] };
}
