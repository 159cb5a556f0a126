/**
 * The catalogue and the fetch of a scenario's data: what the picker gets
 * without the data, and data refused unless it is what the build checked.
 */
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../game/app/library.ts';
import { fixtureText } from '../../test/support/scenarios.ts';
import { catalogueOf, httpFetcher, isLoaded, loadScenario, ScenarioLoadError, type CatalogueEntry } from './scenarioCatalogue.ts';

const library = loadLibrary({ '/scenarios/tiny-counter.yaml': fixtureText('tiny-counter.yaml'), '/scenarios/broken.yaml': fixtureText('bad/unknown-field.yaml') });
const full = library.entries[0]!;
const [entry] = catalogueOf(library).entries as [CatalogueEntry];
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the catalogue', () => {
  it('keeps each entry and rejected file but none of a scenario\'s data', () => {
    const catalogue = catalogueOf(library);
    expect(catalogue.rejected.map((r) => r.file)).toEqual(['scenarios/broken.yaml']);
    expect(isLoaded(entry)).toBe(false);
    expect(Object.keys(entry).sort()).toEqual(['card', 'file', 'hash']);
    expect(Object.keys(entry.card).sort()).toEqual(['channel', 'customer', 'difficulty', 'id', 'kinds', 'organisation', 'pass', 'place', 'role', 'setting', 'summary', 'title', 'units']);
    expect(Object.keys(entry.card.customer).sort()).toEqual(['language', 'look', 'name', 'speaks']);
  });
});

describe('fetching a scenario', () => {
  const fetcher = (respond: (url: string) => Promise<Response>) => httpFetcher((e) => `/data/${e.card.id}.json`, (input) => respond(String(input)));

  it('fetches it from where the build put it and gives it with its catalogue entry', async () => {
    const asked: string[] = [];
    const loaded = await loadScenario(entry, fetcher(async (url) => (asked.push(url), json(full.scenario))));
    expect(asked).toEqual(['/data/tiny-counter.json']);
    expect(loaded).toEqual({ ...entry, scenario: JSON.parse(JSON.stringify(full.scenario)) });
    // A loaded entry is not fetched again.
    expect(await loadScenario(loaded, () => Promise.reject(new Error('asked again')))).toBe(loaded);
  });

  it('fails as unreachable when offline, on a status other than 200, on a body that is not JSON, or with no file in the build', async () => {
    const cases: [string, ReturnType<typeof fetcher>, RegExp][] = [
      ['offline', fetcher(() => Promise.reject(new TypeError('Failed to fetch'))), /Failed to fetch/],
      ['404', fetcher(async () => new Response('gone', { status: 404, statusText: 'Not Found' })), /404 Not Found/],
      ['not JSON', fetcher(async () => new Response('<html>', { status: 200 })), /JSON/],
      ['no file', httpFetcher(() => undefined), /has no data in this build/],
    ];
    for (const [why, fetch, message] of cases) {
      const err = await loadScenario(entry, fetch).catch((e: unknown) => e);
      expect(err, why).toBeInstanceOf(ScenarioLoadError);
      expect((err as ScenarioLoadError).reason, why).toBe('unreachable');
      expect((err as ScenarioLoadError).message, why).toMatch(message);
    }
  });

  it('refuses data whose content hash or id is not the catalogue\'s, as changed', async () => {
    const edited = structuredClone(full.scenario);
    edited.title = 'Edited';
    for (const data of [edited, { ...full.scenario, id: 'other' }, null, 'text']) {
      const err = await loadScenario(entry, async () => data).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ScenarioLoadError);
      expect((err as ScenarioLoadError).reason).toBe('changed');
      expect((err as ScenarioLoadError).message).toContain('scenarios/tiny-counter.yaml');
    }
  });
});
