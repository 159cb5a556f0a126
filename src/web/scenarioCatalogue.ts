/**
 * The bundled scenarios as both pages first see them: a small catalogue (what
 * the picker, the mode chooser and links show of each scenario, and the files
 * the checker rejected), with each scenario's full data fetched only when it
 * is needed. The 20 scenarios' every option, evidence, tip and gloss would
 * otherwise sit in the page's first script (see docs/architecture.md).
 */
import { scenarioHash } from '../scenario/hash.ts';
import type { Problem } from '../scenario/problem.ts';
import type { Scenario } from '../scenario/schema.ts';

/** What is shown of a scenario before it is played: its card, the mode chooser, classroom links. */
export type ScenarioCard = Pick<Scenario, 'id' | 'title' | 'organisation' | 'setting' | 'summary' | 'channel' | 'place' | 'kinds' | 'units' | 'difficulty' | 'role' | 'pass'> & {
  customer: Pick<Scenario['customer'], 'name' | 'language' | 'speaks' | 'look'>;
};

/** A scenario that passed the full check; `hash` is its content hash, which the fetched data must have. */
export interface CatalogueEntry {
  file: string;
  hash: string;
  card: ScenarioCard;
}

/** A catalogue entry with its full data in hand. */
export interface LibraryEntry extends CatalogueEntry {
  scenario: Scenario;
}

export interface RejectedFile {
  file: string;
  problems: Problem[];
}

export interface Catalogue {
  entries: CatalogueEntry[];
  rejected: RejectedFile[];
}

/** Fetches a scenario's full data; rejects when it cannot (offline, a missing file). */
export type ScenarioFetcher = (entry: CatalogueEntry) => Promise<unknown>;

/** The bundled catalogue and how to fetch what it lists. */
export interface ScenarioSource {
  catalogue: Catalogue;
  fetch: ScenarioFetcher;
}

export function cardOf(s: Scenario): ScenarioCard {
  const { name, language, speaks, look } = s.customer;
  const { id, title, organisation, setting, summary, channel, place, kinds, units, difficulty, role, pass } = s;
  return { id, title, organisation, setting, summary, channel, place, kinds, units, difficulty, role, pass, customer: { name, language, speaks, look } };
}

/** The catalogue of checked scenarios, leaving out their full data. */
export const catalogueOf = (library: { entries: readonly LibraryEntry[]; rejected: readonly RejectedFile[] }): Catalogue => ({
  entries: library.entries.map(({ file, hash, card }) => ({ file, hash, card })),
  rejected: [...library.rejected],
});

export const isLoaded = (entry: CatalogueEntry): entry is LibraryEntry => 'scenario' in entry && !!(entry as LibraryEntry).scenario;

/** Why a scenario's data could not be had: not fetched at all, or not the data the catalogue was built with. */
export class ScenarioLoadError extends Error {
  constructor(
    readonly entry: CatalogueEntry,
    readonly reason: 'unreachable' | 'changed',
    message: string,
  ) {
    super(message);
    this.name = 'ScenarioLoadError';
  }
}

/**
 * Fetches an entry's full data and holds it to the catalogue: the same id
 * and the same content hash, so what is played is exactly what the build's
 * checker passed (the data is not checked again in the browser).
 */
export async function loadScenario(entry: CatalogueEntry, fetchScenario: ScenarioFetcher): Promise<LibraryEntry> {
  if (isLoaded(entry)) return entry;
  let data: unknown;
  try {
    data = await fetchScenario(entry);
  } catch (err) {
    throw new ScenarioLoadError(entry, 'unreachable', err instanceof Error ? err.message : String(err));
  }
  const scenario = data as Scenario;
  const fits = !!scenario && typeof scenario === 'object' && scenario.id === entry.card.id && scenarioHash(scenario) === entry.hash;
  if (!fits) throw new ScenarioLoadError(entry, 'changed', `${entry.file} is not the version this page was built with`);
  return { ...entry, scenario };
}

/** A fetcher over HTTP: `urlOf` says where each file's data is; a status other than 200 is a failure, as is a body that is not JSON. */
export function httpFetcher(urlOf: (entry: CatalogueEntry) => string | undefined, fetchFn: typeof fetch = (input, init) => fetch(input, init)): ScenarioFetcher {
  return async (entry) => {
    const url = urlOf(entry);
    if (!url) throw new Error(`${entry.file} has no data in this build`);
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
    return response.json();
  };
}
