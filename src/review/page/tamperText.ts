/**
 * What changed in a transcript that does not verify, said as an assessor
 * would say it: which turn, and what about it ("the response recorded at
 * turn 3 is not one the scenario offers there", "the score was changed from
 * 61.5% to 90%"). Every kind of difference verify reports has its sentence;
 * the data path it found is read here and never shown. "From" is what
 * replaying gives, "to" what the file says.
 */
import type { Transcript } from '../../engine/transcript.ts';
import type { CriterionStatus } from '../../engine/types.ts';
import type { Outcome } from '../../scenario/schema.ts';
import { t, type UiKey } from '../../web/i18n/i18n.ts';
import { outcomeKeys, statusKeys } from '../../web/i18n/valueKeys.ts';
import type { Finding } from '../openRecord.ts';

export type Divergence = Extract<Finding, { kind: 'diverges' }>;

type Params = Record<string, string | number>;

interface Change {
  /** The field's path below the turn or the record, split: `evidence.0.met` → ['evidence', '0', 'met']. */
  path: string[];
  from: unknown;
  to: unknown;
}

const text = (v: unknown): string => (v === undefined || v === null ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
const lower = (key: UiKey) => t(key).toLocaleLowerCase();
const statusWord = (v: unknown) => (typeof v === 'string' && v in statusKeys ? lower(statusKeys[v as CriterionStatus]) : text(v));
const outcomeWord = (v: unknown) => (typeof v === 'string' && v in outcomeKeys ? lower(outcomeKeys[v as Outcome]) : text(v));
const passWord = (v: unknown) => (v === true ? t('tamper.passed') : v === false ? t('tamper.notYet') : text(v));
const modeWord = (v: unknown) => (v === 'assessment' ? lower('review.badgeAssessment') : v === 'practice' ? lower('review.badgePractice') : text(v));

type Cited = { criterion?: unknown } | undefined;

/** Evidence keys sort criterion first, so when the criterion itself was not changed the file's is the true one. */
function evidenceSentence(turn: number, [, k, leaf]: string[], c: Change, recordedTurn: unknown): string {
  const recorded = (recordedTurn as { evidence?: Cited[] } | undefined)?.evidence?.[Number(k)];
  const cited = recorded?.criterion ?? (c.from as Cited)?.criterion;
  const code = (typeof cited === 'string' ? cited : '—').toUpperCase();
  const p = { turn, code, from: text(c.from), to: text(c.to) };
  if (k === undefined) return t('tamper.turnOther', p);
  if (leaf === undefined) return t(c.to === undefined ? 'tamper.evidenceRemoved' : 'tamper.evidenceAdded', p);
  if (leaf === 'met') return t(c.to === true ? 'tamper.evidenceMet' : 'tamper.evidenceNotMet', p);
  if (leaf === 'criterion') return t('tamper.evidenceCriterion', { ...p, from: text(c.from).toUpperCase(), to: text(c.to).toUpperCase() });
  if (leaf === 'weight') return t('tamper.evidenceWeight', p);
  return t('tamper.evidenceWhy', p);
}

/** A field of one turn that differs from the replay. `turn` counts from 1. */
function turnSentence(turn: number, c: Change, recordedTurn: unknown): string {
  const [top, sub] = c.path;
  const p: Params = { turn, from: text(c.from), to: text(c.to) };
  switch (top) {
    case 'index':
      return t('tamper.turnOrder', p);
    case 'nodeId':
      return t('tamper.turnNode', p);
    case 'line':
      return t(sub === 'gloss' ? 'tamper.gloss' : sub === 'lang' ? 'tamper.lineLang' : 'tamper.line', p);
    case 'offered':
      return t('tamper.offered', p);
    case 'action':
      return t(sub === 'text' ? 'tamper.reply' : sub === 'seconds' ? 'tamper.waitSeconds' : 'tamper.action', p);
    case 'evidence':
      return evidenceSentence(turn, c.path, c, recordedTurn);
    case 'metersBefore':
    case 'metersAfter':
      if (sub === undefined || c.from === undefined || c.to === undefined) return t('tamper.meters', p);
      return t(top === 'metersBefore' ? 'tamper.meterBefore' : 'tamper.meterAfter', { ...p, meter: sub });
    case 'to':
      return t('tamper.to', p);
    case 'at':
      return t('tamper.timerAt', p);
    default:
      return t('tamper.turnOther', p);
  }
}

/** The code of the criterion, element or unit at `list.k` of the roll-up, from the file or else the replay. */
function rollUpCode(tr: Transcript | undefined, list: string, k: string | undefined, c: Change): string {
  const item = (tr?.rollUp as unknown as Record<string, { code?: string }[] | undefined> | undefined)?.[list]?.[Number(k)];
  const code = item?.code ?? (c.from as { code?: string } | undefined)?.code ?? '—';
  return code.toUpperCase();
}

function rollUpSentence(tr: Transcript | undefined, c: Change): string {
  const [, list, k, leaf] = c.path;
  const p = { from: text(c.from), to: text(c.to) };
  if (list === 'percent') return t('tamper.score', p);
  if (list === 'met' || list === 'total') return t('tamper.evidenceTotals', p);
  const code = rollUpCode(tr, list ?? '', k, c);
  if (list === 'criteria') return leaf === 'status' ? t('tamper.criterionStatus', { code, from: statusWord(c.from), to: statusWord(c.to) }) : t('tamper.criterionSummary', { code });
  if (list === 'elements') return t('tamper.elementTotals', { code });
  if (list === 'units') return t('tamper.unitTotals', { code });
  return t('tamper.recordOther');
}

function passSentence(c: Change): string {
  const sub = c.path[1];
  if (sub === undefined) return t(c.to === undefined ? 'tamper.resultRemoved' : 'tamper.resultAdded');
  if (sub === 'percent') return t('tamper.score', { from: text(c.from), to: text(c.to) });
  if (sub === 'passed') return t('tamper.result', { from: passWord(c.from), to: passWord(c.to) });
  if (sub === 'mark') return t('tamper.passMark', { from: text(c.from), to: text(c.to) });
  return t('tamper.missedCritical');
}

/** A field of the whole record (roll-up, result, outcome, times, mode, seed, learner) that differs from the replay. */
function recordSentence(tr: Transcript | undefined, c: Change): string {
  switch (c.path[0]) {
    case 'rollUp':
      return rollUpSentence(tr, c);
    case 'pass':
      return passSentence(c);
    case 'outcome':
      return t('tamper.outcome', { from: outcomeWord(c.from), to: outcomeWord(c.to) });
    case 'endedAt':
      return t(c.to === undefined ? 'tamper.endRemoved' : 'tamper.endedAt');
    case 'mode':
      return t('tamper.mode', { from: modeWord(c.from), to: modeWord(c.to) });
    case 'seed':
      return t('tamper.seed');
    case 'startedAt':
      return t('tamper.startedAt');
    case 'learner':
      return t('tamper.learner', { from: text(c.from), to: text(c.to) });
    default:
      return t('tamper.recordOther');
  }
}

function timesSentence(f: Divergence, turn: number): string {
  if (f.field === 'startedAt') return t('tamper.startUnreadable');
  if (f.field === 'endedAt') return t('tamper.endBeforeLast');
  return t('tamper.timeOrder', { turn });
}

/**
 * What changed, as one clause starting in lower case (the page puts it after
 * "Changed after it was recorded:"). `transcript` is the file as opened, which names the
 * criterion or element a change concerns.
 */
export function whatChanged(f: Divergence, transcript?: Transcript): string {
  const turn = (f.turn ?? 0) + 1;
  const change: Change = { path: (f.field ?? '').split('.').filter(Boolean), from: f.replayed, to: f.recorded };
  switch (f.problem) {
    case 'not-offered':
      return t('tamper.notOffered', { turn });
    case 'nothing-waiting':
      return t('tamper.nothingWaiting', { turn });
    case 'no-action':
      return t('tamper.noAction', { turn });
    case 'turns-after-end':
      // The first turn the replay could not take follows the turn where the conversation ended.
      return t('tamper.turnsAfterEnd', { turn: f.turn ?? 0 });
    case 'turns-removed':
      return t('tamper.turnsRemoved', { turn });
    case 'times':
      return timesSentence(f, turn);
    case 'mode':
      return t('tamper.modeUnknown', { mode: text(f.recorded) });
    case 'no-learner':
      return t('tamper.noLearner');
    case 'turn-differs':
      return turnSentence(turn, change, transcript?.turns[turn - 1]);
    case 'record-differs':
      return recordSentence(transcript, change);
    case 'replay-failed':
      return t('tamper.replayFailed', { message: f.reason });
    default:
      return t('tamper.notThisScenario');
  }
}

/** The whole sentence: "Changed after it was recorded: …." */
export const tamperSentence = (f: Divergence, transcript?: Transcript): string => t('tamper.lead', { what: whatChanged(f, transcript) });
