/**
 * A learner's evidence across several transcripts, laid over the whole of
 * units A10 to C8: for each criterion, whether it has been demonstrated, shown
 * but not demonstrated, or not yet seen, with the turns that show it and its
 * status in each attempt (the grid's columns). An element or unit says what is
 * true of it: demonstrated; a gap (so many criteria seen and not
 * demonstrated); in progress (so many of its criteria seen, none missed); or
 * not yet seen. Nothing unseen is ever called "not demonstrated".
 *
 * One demonstration is enough to mark a criterion demonstrated: the matrix
 * answers "where is the evidence?", and the references to turns where it was
 * missed stay listed beside it so an assessor judging consistency sees them.
 * The assessor's overrides count in place of the recorded status.
 */
import type { Transcript } from '../engine/transcript.ts';
import type { CriterionStatus } from '../engine/types.ts';
import { catalogue } from '../standards/catalogue.ts';
import { csvDocument, type Cell } from '../export/csv.ts';
import { accessOf } from '../web/accessArrangement.ts';
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

/** A criterion in one attempt: the status the assessor stands behind, or `not-assessed` when that scenario never cites it. */
export type CellStatus = CriterionStatus | 'not-assessed';

/** What is true of an element or unit: all demonstrated; a gap (some not demonstrated); in progress (some seen, none missed); not yet seen. */
export type GroupStatus = 'demonstrated' | 'gap' | 'in-progress' | 'not-seen';

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
  /** One per source, in the order of `EvidenceMatrix.sources`. */
  cells: CellStatus[];
  refs: TurnRef[];
  overrides: { source: string; status: string; reason: string }[];
}

export type Counts = Record<MatrixStatus, number>;

export interface MatrixElement {
  code: string;
  title: string;
  status: GroupStatus;
  counts: Counts;
  criteria: MatrixCriterion[];
}

export interface MatrixUnit {
  code: string;
  title: string;
  status: GroupStatus;
  counts: Counts;
  elements: MatrixElement[];
}

export interface EvidenceMatrix {
  learner: string;
  sources: string[];
  /** The attempts themselves, in the order of the grid's columns. */
  attempts: MatrixSource[];
  units: MatrixUnit[];
}

function criterionRow(code: string, text: string, sources: readonly MatrixSource[]): MatrixCriterion {
  const row: MatrixCriterion = { code, text, status: 'not-seen', cells: [], refs: [], overrides: [] };
  const statuses = new Set<string>();
  for (const s of sources) {
    row.cells.push(assessedStatus(s.review, s.transcript, code) ?? 'not-assessed');
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

/** A group's status from its counts: a gap outweighs progress, since it is what the assessor must act on. */
export function groupStatus(counts: Counts): GroupStatus {
  const all = counts.demonstrated + counts['not-demonstrated'] + counts['not-seen'];
  if (counts.demonstrated === all) return 'demonstrated';
  if (counts['not-demonstrated'] > 0) return 'gap';
  return counts.demonstrated > 0 ? 'in-progress' : 'not-seen';
}

function tally(statuses: readonly MatrixStatus[]): { status: GroupStatus; counts: Counts } {
  const counts: Counts = { demonstrated: 0, 'not-demonstrated': 0, 'not-seen': 0 };
  for (const s of statuses) counts[s]++;
  return { status: groupStatus(counts), counts };
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
    const counts = sumCounts(elements.map((e) => e.counts));
    return { code: u.code, title: u.title, status: groupStatus(counts), counts, elements };
  });
  return { learner, sources: sources.map((s) => s.name), attempts: [...sources], units };
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

export const MATRIX_CSV_HEADER = ['level', 'code', 'title', 'status', 'demonstrated', 'not demonstrated', 'not seen'] as const;

/**
 * One row per unit, element and criterion; after the counts, one column per
 * attempt (headed by its file) with the criterion's status in it, then the
 * references and the assessor's overrides. Statuses are codes a spreadsheet
 * can filter on: demonstrated, gap, in-progress, not-seen for groups;
 * demonstrated, not-demonstrated, not-seen for criteria, and not-observed or
 * not-assessed in an attempt.
 */
/** An attempt's column: its file, and the learner's access arrangement when it had one. */
function attemptHeading(a: MatrixSource): string {
  const access = accessOf(a.transcript);
  if (!access) return a.name;
  return `${a.name} (${access.timers === 'off' ? 'timers off' : `timers extended x${access.factor}`})`;
}

export function evidenceMatrixCsv(m: EvidenceMatrix): string {
  const rows: Cell[][] = [];
  const blanks = m.sources.map(() => '');
  const group = (level: string, g: { code: string; title: string; status: GroupStatus; counts: Counts }) =>
    rows.push([level, g.code, g.title, g.status, g.counts.demonstrated, g.counts['not-demonstrated'], g.counts['not-seen'], ...blanks, '', '']);
  for (const u of m.units) {
    group('unit', u);
    for (const e of u.elements) {
      group('element', e);
      for (const c of e.criteria) {
        rows.push(['criterion', c.code, c.text, c.status, '', '', '', ...c.cells, refText(c.refs), c.overrides.map((o) => `${o.source}: ${o.status} (${o.reason})`).join('; ')]);
      }
    }
  }
  return csvDocument([...MATRIX_CSV_HEADER, ...m.attempts.map(attemptHeading), 'references', 'assessor overrides'], rows);
}
