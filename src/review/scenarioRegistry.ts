/**
 * The scenarios this build can replay, by id, each with its content hash. Kept
 * as a list per id so a build that ships an older version beside a newer one
 * can still verify transcripts made with either. The page's registry fetches
 * a scenario's data the first time an opened file names it (`prepare`), so
 * opening one transcript does not download the whole library.
 */
import type { Scenario } from '../scenario/schema.ts';
import { loadScenario, type ScenarioSource } from '../web/scenarioCatalogue.ts';

export interface ScenarioVersion {
  scenario: Scenario;
  hash: string;
}

export interface ScenarioRegistry {
  /** The versions of a scenario in hand (after `prepare` for its id). */
  versions(id: string): ScenarioVersion[];
  /** Fetches the versions of these ids not yet in hand; resolves with those that could not be fetched, and why. */
  prepare(ids: readonly string[]): Promise<{ id: string; message: string }[]>;
}

/** Versions grouped by scenario id, in the order given. */
export function byIdList(list: readonly ScenarioVersion[]): Map<string, ScenarioVersion[]> {
  const byId = new Map<string, ScenarioVersion[]>();
  for (const v of list) byId.set(v.scenario.id, [...(byId.get(v.scenario.id) ?? []), v]);
  return byId;
}

/** The bundled scenarios: the catalogue says which exist; each one's data is fetched (and held to its hash) when first named. */
export function bundledRegistry(source: ScenarioSource): ScenarioRegistry {
  const byId = new Map<string, ScenarioVersion[]>();
  return {
    versions: (id) => byId.get(id) ?? [],
    async prepare(ids) {
      const missing = source.catalogue.entries.filter((e) => ids.includes(e.card.id) && !byId.has(e.card.id));
      const fetched = await Promise.allSettled(missing.map((e) => loadScenario(e, source.fetch)));
      const failed: { id: string; message: string }[] = [];
      fetched.forEach((result, i) => {
        if (result.status === 'rejected') failed.push({ id: missing[i]!.card.id, message: (result.reason as Error).message });
      });
      // An id is kept only whole, every version fetched, so a failed fetch is tried again when the file is opened again.
      const failedIds = new Set(failed.map((f) => f.id));
      const arrived = fetched.flatMap((r) => (r.status === 'fulfilled' && !failedIds.has(r.value.card.id) ? [{ scenario: r.value.scenario, hash: r.value.hash }] : []));
      for (const [id, versions] of byIdList(arrived)) byId.set(id, versions);
      return failed;
    },
  };
}

/** The scenario a transcript or reviewed record names, if the text is one; reading it in full says what is wrong with it. */
export function scenarioNamedIn(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const transcript = isObj(value) && isObj(value.transcript) ? value.transcript : value;
  const id = isObj(transcript) && isObj(transcript.scenario) ? transcript.scenario.id : undefined;
  return typeof id === 'string' ? id : undefined;
}
