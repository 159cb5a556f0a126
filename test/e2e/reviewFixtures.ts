/**
 * Transcripts for the review page's browser tests, made by playing bundled
 * scenarios through the engine (so they verify by replay), plus the damaged
 * and out-of-scope files an assessor meets: an edited turn, practice, a
 * scenario this build does not have. Written to a fresh directory.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Transcript } from '../../src/engine/transcript.ts';
import { transcriptJson } from '../../src/export/transcriptJson.ts';
import { bestMoves, play, worstMoves } from '../support/play.ts';
import { loadScenarioFile } from '../support/scenarios.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

export const LEARNER = 'Sam Okafor';

export interface Fixture {
  path: string;
  name: string;
  transcript: Transcript;
  scenario: Scenario;
}

export interface Fixtures {
  dir: string;
  best: Fixture;
  worst: Fixture;
  third: Fixture;
  edited: Fixture;
  practice: Fixture;
  unknown: Fixture;
  /** Played with timers extended ×5, and with timers off: each verifies with its arrangement. */
  extended: Fixture;
  timersOff: Fixture;
  /** Turn (from 0) and field the edit changed. */
  editedAt: { turn: number; field: string };
}

export function makeFixtures(): Fixtures {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-review-'));
  const write = (name: string, transcript: Transcript, scenario: Scenario): Fixture => {
    const path = join(dir, name);
    writeFileSync(path, transcriptJson(transcript));
    return { path, name, transcript, scenario };
  };
  const bank = loadScenarioFile('scenarios/bank-queue-disruption.yaml');
  const bill = loadScenarioFile('scenarios/phone-angry-energy-bill.yaml');
  const sofa = loadScenarioFile('scenarios/complaint-late-delivery.yaml');
  const best = write('bank-best.json', play(bank, bestMoves(bank), { learner: LEARNER }), bank);
  const worst = write('bill-worst.json', play(bill, worstMoves(bill), { learner: LEARNER, start: Date.UTC(2026, 2, 10, 9) }), bill);
  const third = write('delivery-best.json', play(sofa, bestMoves(sofa), { learner: LEARNER, start: Date.UTC(2026, 2, 11, 14) }), sofa);

  // An edit someone might make: a missed criterion turned into a met one on the second turn.
  const edited = structuredClone(worst.transcript);
  const turn = edited.turns.findIndex((t) => t.evidence.some((e) => !e.met));
  const k = edited.turns[turn]!.evidence.findIndex((e) => !e.met);
  edited.turns[turn]!.evidence[k]!.met = true;
  const practice = play(bank, bestMoves(bank), { learner: LEARNER, mode: 'practice', start: Date.UTC(2026, 2, 12, 11) });
  const unknown = structuredClone(best.transcript);
  unknown.scenario.id = 'closed-branch-2019';
  return {
    dir,
    best,
    worst,
    third,
    edited: write('bill-edited.json', edited, bill),
    practice: write('bank-practice.json', practice, bank),
    unknown: write('unknown-scenario.json', unknown, bank),
    extended: write('extended.json', play(bank, bestMoves(bank), { learner: LEARNER, timers: { mode: 'extended', factor: 5 } }), bank),
    timersOff: write('off.json', play(sofa, bestMoves(sofa), { learner: LEARNER, start: Date.UTC(2026, 2, 11, 14), timers: { mode: 'off' } }), sofa),
    editedAt: { turn, field: `evidence.${k}.met` },
  };
}
