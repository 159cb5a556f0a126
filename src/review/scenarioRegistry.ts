/**
 * The scenarios this build can replay, by id, each with its content hash. Kept
 * as a list per id so a build that ships an older version beside a newer one
 * can still verify transcripts made with either.
 */
import { loadScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface ScenarioVersion {
  scenario: Scenario;
  hash: string;
}

export interface ScenarioRegistry {
  versions(id: string): ScenarioVersion[];
  size: number;
}

/** `files` maps a path to YAML text, as `import.meta.glob` gives it; a file that does not load is left out. */
export function scenarioRegistry(files: Record<string, string>): ScenarioRegistry {
  const byId = new Map<string, ScenarioVersion[]>();
  for (const [path, text] of Object.entries(files)) {
    let loaded: ReturnType<typeof loadScenarioText>;
    try {
      loaded = loadScenarioText(text, path);
    } catch {
      continue; // the loader promises not to throw; one bad file must still not hide the others
    }
    if (!loaded.ok) continue;
    const list = byId.get(loaded.scenario.id) ?? [];
    list.push({ scenario: loaded.scenario, hash: loaded.hash });
    byId.set(loaded.scenario.id, list);
  }
  return { versions: (id) => byId.get(id) ?? [], size: byId.size };
}
