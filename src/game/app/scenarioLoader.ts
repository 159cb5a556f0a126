/**
 * Fetching scenarios' full data for the simulator: one request per scenario
 * however many ask for it at once, and nothing kept once it has arrived (the
 * play holds what it uses; the browser's cache holds the file), so playing
 * many scenarios does not keep them all in memory.
 */
import { loadScenario, ScenarioLoadError, type CatalogueEntry, type LibraryEntry, type ScenarioFetcher } from '../../web/scenarioCatalogue.ts';

/** A scenario a file names: its data, or why it could not be fetched. */
export type NamedScenario = LibraryEntry | { unavailable: string };

export class ScenarioLoader {
  private readonly pending = new Map<string, Promise<LibraryEntry>>();

  constructor(private readonly fetcher: ScenarioFetcher = () => Promise.reject(new Error('no scenarios have been loaded'))) {}

  /** Rejects with a ScenarioLoadError when the data cannot be fetched or is not what the catalogue lists. */
  load(entry: CatalogueEntry): Promise<LibraryEntry> {
    let pending = this.pending.get(entry.file);
    if (!pending) {
      pending = loadScenario(entry, this.fetcher).finally(() => this.pending.delete(entry.file));
      this.pending.set(entry.file, pending);
    }
    return pending;
  }

  /** Every catalogued scenario with one of these ids, by id; ids the catalogue does not have are left out. */
  async loadNamed(entries: readonly CatalogueEntry[], ids: readonly string[]): Promise<Map<string, NamedScenario>> {
    const wanted = entries.filter((e) => ids.includes(e.card.id));
    const loaded = await Promise.all(
      wanted.map(async (entry): Promise<[string, NamedScenario]> => {
        try {
          return [entry.card.id, await this.load(entry)];
        } catch (err) {
          return [entry.card.id, { unavailable: err instanceof ScenarioLoadError ? err.message : String(err) }];
        }
      }),
    );
    return new Map(loaded);
  }
}
