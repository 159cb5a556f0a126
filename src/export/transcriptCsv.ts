/**
 * One row per turn, for spreadsheets and e-portfolios that take CSV. Turns are
 * numbered from 1 as people count them; criteria are joined with "; " so each
 * column stays one cell.
 */
import type { Transcript } from '../engine/transcript.ts';
import type { Turn } from '../engine/types.ts';
import { csvDocument, type Cell } from './csv.ts';

export const TRANSCRIPT_CSV_HEADER = ['turn', 'node', 'customer line', 'gloss', 'choice taken', 'criteria met', 'criteria missed', 'meters after', 'time'] as const;

/** What the learner did, in words: the option's text, or how long they left the customer waiting. */
export function actionText(turn: Turn): string {
  return turn.action.kind === 'choice' ? turn.action.text : `(no reply: waited ${turn.action.seconds} s)`;
}

const codes = (turn: Turn, met: boolean) => [...new Set(turn.evidence.filter((e) => e.met === met).map((e) => e.criterion))].join('; ');

const meters = (m: Record<string, number>) =>
  Object.keys(m)
    .sort()
    .map((k) => `${k} ${m[k]}`)
    .join('; ');

export function transcriptCsv(t: Transcript): string {
  const rows: Cell[][] = t.turns.map((turn) => [
    turn.index + 1,
    turn.nodeId,
    turn.line.text,
    turn.line.gloss ?? '',
    actionText(turn),
    codes(turn, true),
    codes(turn, false),
    meters(turn.metersAfter),
    turn.at,
  ]);
  return csvDocument(TRANSCRIPT_CSV_HEADER, rows);
}
