/**
 * A class for the class view's browser tests: 30 transcripts made by playing
 * bundled scenarios through the engine (each learner their own way through),
 * over three scenarios and eight learners, some in practice (one unnamed),
 * and three edited after the fact (a score raised, a response swapped, a
 * practice turned into an assessment). Written as files in two folders.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Transcript } from '../../src/engine/transcript.ts';
import { transcriptJson } from '../../src/export/transcriptJson.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { playRandom, seededPick } from '../support/play.ts';
import { attemptRecord } from '../../src/game/app/attempts.ts';
import { makeAttemptsFile } from '../../src/game/app/attemptsFile.ts';
import { loadScenarioFile } from '../support/scenarios.ts';

export const CLASS_SCENARIOS = ['bank-queue-disruption', 'phone-angry-energy-bill', 'complaint-late-delivery'].map((id) => loadScenarioFile(`scenarios/${id}.yaml`));
export const LEARNERS = ['Ana Silva', 'Ben Jones', 'Cat Wu', 'Dev Patel', 'Eve Morgan', 'Fay Hughes', 'Gus Evans', 'Hal Price'];

export interface ClassFile {
  /** Path from the class folder, as the page names it. */
  name: string;
  path: string;
  transcript: Transcript;
  scenario: Scenario;
  /** How it was edited, if it was. */
  edit?: 'score' | 'response' | 'mode';
  /** The turn (from 1) an edit of a turn shows at. */
  editedTurn?: number;
}

function swapResponse(t: Transcript, scenario: Scenario): number {
  // The first turn with an option offered that leads somewhere else, so the replay must differ there.
  for (const turn of t.turns) {
    if (turn.action.kind !== 'choice') continue;
    const taken = scenario.nodes[turn.nodeId]!.choices[turn.action.choice]!;
    const other = turn.offered.find((o) => o.choice !== (turn.action as { choice: number }).choice && scenario.nodes[turn.nodeId]!.choices[o.choice]!.to !== taken.to);
    if (other) {
      turn.action = { kind: 'choice', choice: other.choice, text: other.text };
      return turn.index + 1;
    }
  }
  throw new Error('no turn to swap');
}

export function makeClass(): { dir: string; first: ClassFile[]; folder: string; rest: ClassFile[]; all: ClassFile[] } {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-class-'));
  const all: ClassFile[] = [];
  for (let i = 0; i < 30; i++) {
    const scenario = CLASS_SCENARIOS[i % 3]!;
    const practice = i % 6 === 5;
    const learner = i === 29 ? '' : LEARNERS[(i * 5) % 8]!;
    const transcript = playRandom(scenario, seededPick(1000 + i), { learner, mode: practice ? 'practice' : 'assessment', seed: 31 + i, start: Date.UTC(2026, 2, 2 + (i % 20), 9 + (i % 7)) });
    const file: ClassFile = { name: '', path: '', transcript, scenario };
    if (i === 7) {
      transcript.rollUp.percent = 99;
      file.edit = 'score';
    } else if (i === 14) {
      file.editedTurn = swapResponse(transcript, scenario);
      file.edit = 'response';
    } else if (i === 23) {
      transcript.mode = 'assessment';
      file.edit = 'mode';
    }
    const folder = i < 10 ? 'loose' : join('class', `group-${i % 2 ? 'b' : 'a'}`);
    mkdirSync(join(dir, folder), { recursive: true });
    file.name = i < 10 ? `attempt-${i + 1}.json` : join('class', `group-${i % 2 ? 'b' : 'a'}`, `attempt-${i + 1}.json`);
    file.path = join(dir, folder, `attempt-${i + 1}.json`);
    writeFileSync(file.path, transcriptJson(transcript));
    all.push(file);
  }
  return { dir, first: all.slice(0, 10), folder: join(dir, 'class'), rest: all.slice(10), all };
}

/** A learner's attempt-history export (as History → Export writes it) with two attempts, and a copy damaged after export. */
export function makeHistory(dir: string): { path: string; damaged: string; transcripts: Transcript[] } {
  const transcripts = [0, 1].map((i) => playRandom(CLASS_SCENARIOS[i]!, seededPick(700 + i), { learner: 'Ivy Lewis', seed: 70 + i, start: Date.UTC(2026, 2, 25, 9 + i) }));
  const file = makeAttemptsFile(transcripts.map((t, i) => attemptRecord(`${CLASS_SCENARIOS[i]!.id}.yaml`, t)), new Date(Date.UTC(2026, 2, 26)));
  const path = join(dir, 'rapport-attempts-ivy.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  const damagedFile = structuredClone(file);
  damagedFile.attempts[0]!.transcript.rollUp.percent = 100;
  const damaged = join(dir, 'rapport-attempts-damaged.json');
  writeFileSync(damaged, JSON.stringify(damagedFile, null, 2));
  return { path, damaged, transcripts };
}
