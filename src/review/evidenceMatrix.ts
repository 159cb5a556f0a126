/**
 * A learner's evidence across several transcripts, laid over the whole of
 * units A10 to C8: for each criterion, whether it has been demonstrated, shown
 * but not demonstrated, or not yet seen, with the turns that show it.
 *
 * One demonstration is enough to mark a criterion demonstrated: the matrix
 * answers "where is the evidence?", and the references to turns where it was
 * missed stay listed beside it so an assessor judging consistency sees them.
 * The assessor's overrides count in place of the recorded status.
 */
import type { Transcript } from '../engine/transcript.ts';
import { catalogue } from '../standards/catalogue.ts';
import { csvDocument, type Cell } from '../export/csv.ts';
import type { OpenedRecord } from './openRecord.ts';
import { assessedStatus } from './reviewState.ts';
import type { Review } from '../export/reviewTypes.ts';

export interface MatrixSource {
  /** How the assessor knows the transcript: its file name. */
  name: string;
  /** What the page links turns by, when file names may repeat; the name otherwise. */
  id?: string;
  transcript: Transcript;
  review?: Review;
}

export type MatrixStatus = 'demonstrated' | 'not-demonstrated' | 'not-seen';

export interface TurnRef {
  source: string;
  sourceId: string;
  /** Turn number as people count, from 1. */
  turn: number;
  met: boolean;
}

export interface MatrixCriterion {
  code: string;
  text: string;
  status: MatrixStatus;
  refs: TurnRef[];
  overrides: { source: string; status: string; reason: string }[];
}

export type Counts = Record<MatrixStatus, number>;

export interface MatrixElement {
  code: string;
  title: string;
  status: MatrixStatus;
  counts: Counts;
  criteria: MatrixCriterion[];
}

export interface MatrixUnit {
  code: string;
  title: string;
  status: MatrixStatus;
  counts: Counts;
  elements: MatrixElement[];
}

export interface EvidenceMatrix {
  learner: string;
  sources: string[];
  units: MatrixUnit[];
}

function criterionRow(code: string, text: string, sources: readonly MatrixSource[]): MatrixCriterion {
  const row: MatrixCriterion = { code, text, status: 'not-seen', refs: [], overrides: [] };
  const statuses = new Set<string>();
  for (const s of sources) {
    for (const turn of s.transcript.turns) {
      for (const e of turn.evidence) if (e.criterion.toLowerCase() === code) row.refs.push({ source: s.name, sourceId: s.id ?? s.name, turn: turn.index + 1, met: e.met });
    }
    const status = assessedStatus(s.review, s.transcript, code);
    if (status) statuses.add(status);
    const j = s.review?.judgements[code];
    if (j?.verdict === 'override') row.overrides.push({ source: s.name, status: j.status, reason: j.reason });
  }
  row.status = statuses.has('demonstrated') ? 'demonstrated' : statuses.has('not-demonstrated') ? 'not-demonstrated' : 'not-seen';
  return row;
}

function tally(statuses: readonly MatrixStatus[]): { status: MatrixStatus; counts: Counts } {
  const counts: Counts = { demonstrated: 0, 'not-demonstrated': 0, 'not-seen': 0 };
  for (const s of statuses) counts[s]++;
  // A group is demonstrated only when all of it is; untouched when none of it has been seen.
  const status = counts.demonstrated === statuses.length ? 'demonstrated' : counts['not-seen'] === statuses.length ? 'not-seen' : 'not-demonstrated';
  return { status, counts };
}

function sumCounts(list: readonly Counts[]): Counts {
  return list.reduce((a, c) => ({ demonstrated: a.demonstrated + c.demonstrated, 'not-demonstrated': a['not-demonstrated'] + c['not-demonstrated'], 'not-seen': a['not-seen'] + c['not-seen'] }), { demonstrated: 0, 'not-demonstrated': 0, 'not-seen': 0 });
}

export function evidenceMatrix(learner: string, sources: readonly MatrixSource[]): EvidenceMatrix {
  const units = catalogue.units.map((u): MatrixUnit => {
    const elements = u.elements.map((e): MatrixElement => {
      const criteria = e.criteria.map((c) => criterionRow(c.code, c.text, sources));
      return { code: e.code, title: e.title, ...tally(criteria.map((c) => c.status)), criteria };
    });
    const all = elements.flatMap((e) => e.criteria.map((c) => c.status));
    return { code: u.code, title: u.title, status: tally(all).status, counts: sumCounts(elements.map((e) => e.counts)), elements };
  });
  return { learner, sources: sources.map((s) => s.name), units };
}

export type Exclusion = { file: string; why: 'not-verified' | 'practice' };

/**
 * Only transcripts that verify by replay and were taken as assessments are
 * evidence; the rest are named with the reason they were left out.
 */
export function matrixSources(opened: readonly (OpenedRecord & { id?: string })[]): { byLearner: Map<string, MatrixSource[]>; excluded: Exclusion[] } {
  const byLearner = new Map<string, MatrixSource[]>();
  const excluded: Exclusion[] = [];
  for (const r of opened) {
    if (!r.transcript) continue;
    if (r.finding.kind !== 'verified') excluded.push({ file: r.file, why: 'not-verified' });
    else if (r.transcript.mode !== 'assessment') excluded.push({ file: r.file, why: 'practice' });
    else {
      const learner = r.transcript.learner.trim();
      const list = byLearner.get(learner) ?? [];
      list.push({ name: r.file, ...(r.id ? { id: r.id } : {}), transcript: r.transcript, ...(r.review ? { review: r.review } : {}) });
      byLearner.set(learner, list);
    }
  }
  return { byLearner, excluded };
}

export const refText = (refs: readonly TurnRef[]): string => refs.map((r) => `${r.source} turn ${r.turn} (${r.met ? 'met' : 'not met'})`).join('; ');

export const MATRIX_CSV_HEADER = ['level', 'code', 'title', 'status', 'demonstrated', 'not demonstrated', 'not seen', 'references', 'assessor overrides'] as const;

export function evidenceMatrixCsv(m: EvidenceMatrix): string {
  const rows: Cell[][] = [];
  const group = (level: string, g: { code: string; title: string; status: MatrixStatus; counts: Counts }) =>
    rows.push([level, g.code, g.title, g.status, g.counts.demonstrated, g.counts['not-demonstrated'], g.counts['not-seen'], '', '']);
  for (const u of m.units) {
    group('unit', u);
    for (const e of u.elements) {
      group('element', e);
      for (const c of e.criteria) {
        rows.push(['criterion', c.code, c.text, c.status, '', '', '', refText(c.refs), c.overrides.map((o) => `${o.source}: ${o.status} (${o.reason})`).join('; ')]);
      }
    }
  }
  return csvDocument(MATRIX_CSV_HEADER, rows);
}
