/**
 * The review page's registry of bundled scenarios: it fetches a scenario's
 * data only when an opened file names it, and a file whose scenario cannot be
 * fetched is refused with the reason rather than called unknown.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { transcriptJson } from '../export/transcriptJson.ts';
import { reviewedRecordJson } from '../export/reviewedRecord.ts';
import { loadLibrary } from '../game/app/library.ts';
import { initI18n } from '../web/i18n/i18n.ts';
import { memorySource } from '../../test/support/fakes.ts';
import { bankBest, billWorst } from '../../test/support/reviewRecords.ts';
import { readFiles } from './page/readFiles.ts';
import { emptyReview } from './reviewState.ts';
import { bundledRegistry, scenarioNamedIn } from './scenarioRegistry.ts';

const FILES = ['bank-queue-disruption.yaml', 'phone-angry-energy-bill.yaml', 'complaint-late-delivery.yaml'];
const library = loadLibrary(Object.fromEntries(FILES.map((f) => [`/scenarios/${f}`, readFileSync(resolve(import.meta.dirname, '../../scenarios', f), 'utf8')])));
const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

beforeAll(() => initI18n('en-GB'));

describe('the bundled registry', () => {
  it('fetches only the scenarios asked for, once each', async () => {
    const source = memorySource(library);
    const registry = bundledRegistry(source);
    expect(registry.versions('bank-queue-disruption')).toEqual([]);
    expect(await registry.prepare(['bank-queue-disruption', 'no-such-scenario'])).toEqual([]);
    expect(await registry.prepare(['bank-queue-disruption'])).toEqual([]);
    expect(source.fetched).toEqual(['scenarios/bank-queue-disruption.yaml']);
    const [version] = registry.versions('bank-queue-disruption');
    expect(version?.hash).toBe(library.entries.find((e) => e.card.id === 'bank-queue-disruption')!.hash);
    expect(registry.versions('phone-angry-energy-bill')).toEqual([]);
  });

  it('says which could not be fetched, and fetches them when asked again', async () => {
    const source = memorySource(library);
    source.unreachable.add('scenarios/bank-queue-disruption.yaml');
    const registry = bundledRegistry(source);
    expect(await registry.prepare(['bank-queue-disruption'])).toEqual([{ id: 'bank-queue-disruption', message: 'Failed to fetch' }]);
    expect(registry.versions('bank-queue-disruption')).toEqual([]);
    source.unreachable.clear();
    expect(await registry.prepare(['bank-queue-disruption'])).toEqual([]);
    expect(registry.versions('bank-queue-disruption')).toHaveLength(1);
  });

  it('reads the scenario a transcript or a reviewed record names, and nothing from other text', () => {
    const t = bankBest();
    expect(scenarioNamedIn(transcriptJson(t))).toBe('bank-queue-disruption');
    expect(scenarioNamedIn(reviewedRecordJson(t, emptyReview()))).toBe('bank-queue-disruption');
    for (const text of ['nope', '[]', '{"scenario":{"id":3}}', 'null']) expect(scenarioNamedIn(text)).toBeUndefined();
  });
});

describe('opening files on the review page', () => {
  it('verifies a file once its scenario has been fetched, and refuses one whose scenario cannot be, naming it and why', async () => {
    const source = memorySource(library);
    source.unreachable.add('scenarios/phone-angry-energy-bill.yaml');
    let n = 0;
    const { opened, refused } = await readFiles([file('bank.json', transcriptJson(bankBest())), file('bill.json', transcriptJson(billWorst()))], bundledRegistry(source), () => `rec-${++n}`);
    expect(opened.map((e) => [e.record.file, e.record.finding.kind])).toEqual([['bank.json', 'verified']]);
    expect(refused).toEqual(['bill.json was not opened: the scenario “phone-angry-energy-bill” it was made with could not be loaded (Failed to fetch). Check your connection and open the file again.']);
    expect(source.fetched.sort()).toEqual(['scenarios/bank-queue-disruption.yaml', 'scenarios/phone-angry-energy-bill.yaml']);
  });
});
