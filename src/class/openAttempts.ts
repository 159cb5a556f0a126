/**
 * Opens loaded texts as attempts: the scenarios they name are fetched once
 * for the whole batch (a class of 500 files names a handful), then each text
 * is replayed and judged (the review page's openRecord) and sorted into
 * counted or set apart. Never throws: whatever a file holds, it is placed.
 */
import { openRecord, type OpenedRecord } from '../review/openRecord.ts';
import { scenarioNamedIn, type ScenarioRegistry } from '../review/scenarioRegistry.ts';
import { sortAttempts, type Counted, type SetApart, type Sorted } from './countedAttempts.ts';

/** A transcript's text and where it came from (a file name, or the LRS statement it was carried in). */
export interface NamedText {
  source: string;
  text: string;
}

export async function openAttempts(items: readonly NamedText[], registry: ScenarioRegistry, earlier: readonly Counted[] = []): Promise<Sorted> {
  const named = items.map((item) => scenarioNamedIn(item.text));
  const unavailable = new Map((await registry.prepare([...new Set(named.filter((id): id is string => id !== undefined))])).map((u) => [u.id, u.message]));
  const records: OpenedRecord[] = [];
  const setApart: SetApart[] = [];
  items.forEach((item, i) => {
    const id = named[i];
    const message = id !== undefined ? unavailable.get(id) : undefined;
    if (id !== undefined && message !== undefined) setApart.push({ source: item.source, reason: { kind: 'scenario-unavailable', id, message } });
    else records.push(openRecord(item.source, item.text, registry));
  });
  const sorted = sortAttempts(records, earlier);
  return { counted: sorted.counted, setApart: [...setApart, ...sorted.setApart] };
}
