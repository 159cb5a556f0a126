/**
 * Opens loaded texts as attempts: the scenarios they name are fetched once
 * for the whole batch (a class of 500 files names a handful), then each text
 * is replayed and judged, and sorted into counted or set apart. Never throws:
 * whatever a file holds, it is placed.
 *
 * Most of a class verifies, and a transcript that verifies needs no further
 * diagnosis, so each is parsed once and replayed straight away; only one that
 * does not goes through the review page's openRecord, which says what is
 * wrong with it (not a transcript, another version, the turn that differs).
 */
import { verify } from '../engine/verify.ts';
import type { Transcript } from '../engine/transcript.ts';
import { openRecord, type OpenedRecord } from '../review/openRecord.ts';
import type { ScenarioRegistry } from '../review/scenarioRegistry.ts';
import { sortAttempts, type Counted, type SetApart, type Sorted } from './countedAttempts.ts';

/** A transcript's text and where it came from (a file name, or the LRS statement it was carried in). */
export interface NamedText {
  source: string;
  text: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The transcript a text holds (a reviewed record's own, if it is one), or undefined when it is not JSON. */
function parsed(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return isObj(value) && isObj(value.transcript) && 'review' in value ? value.transcript : value;
  } catch {
    return undefined;
  }
}

const scenarioIdOf = (value: unknown): string | undefined => (isObj(value) && isObj(value.scenario) && typeof value.scenario.id === 'string' ? value.scenario.id : undefined);

function judge(item: NamedText, value: unknown, registry: ScenarioRegistry): OpenedRecord {
  const id = scenarioIdOf(value);
  const t = value as Transcript;
  const version = id === undefined ? undefined : registry.versions(id).find((v) => v.hash === t.scenario.hash);
  // Replay compares every turn, the roll-up, the pass and the mode; the title and units it does not, so they are checked here.
  if (version && typeof t.scenario.title === 'string' && Array.isArray(t.scenario.units)) {
    try {
      const result = verify(t, version.scenario);
      if (result.ok) return { file: item.source, finding: { kind: 'verified', turns: result.turns }, transcript: t, scenario: version.scenario };
    } catch {
      // openRecord below says what is wrong.
    }
  }
  return openRecord(item.source, item.text, registry);
}

export async function openAttempts(items: readonly NamedText[], registry: ScenarioRegistry, earlier: readonly Counted[] = []): Promise<Sorted> {
  const values = items.map((item) => parsed(item.text));
  const named = values.map(scenarioIdOf);
  const unavailable = new Map((await registry.prepare([...new Set(named.filter((id): id is string => id !== undefined))])).map((u) => [u.id, u.message]));
  const records: OpenedRecord[] = [];
  const setApart: SetApart[] = [];
  items.forEach((item, i) => {
    const id = named[i];
    const message = id !== undefined ? unavailable.get(id) : undefined;
    if (id !== undefined && message !== undefined) setApart.push({ source: item.source, reason: { kind: 'scenario-unavailable', id, message } });
    else records.push(judge(item, values[i], registry));
  });
  const sorted = sortAttempts(records, earlier);
  return { counted: sorted.counted, setApart: [...setApart, ...sorted.setApart] };
}
