/**
 * One fieldset per criterion of the transcript: the simulator's status and the
 * turns that show it, then the assessor's own judgement (agree, or override
 * with a status and a reason). The transcript is only read; each recorded
 * judgement goes into the Review through reviewState's pure functions.
 */
import type { Transcript } from '../../engine/transcript.ts';
import type { CriterionStatus } from '../../engine/types.ts';
import { el, uid } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { statusKeys } from '../../web/i18n/valueKeys.ts';
import { findCriterion } from '../../standards/catalogue.ts';
import { judge, type ReviewProblem } from '../reviewState.ts';
import type { Judgement, Review } from '../../export/reviewTypes.ts';
import { turnAnchor } from './entry.ts';
import './judgementsView.css';

export function problemText(p: ReviewProblem): string {
  switch (p.code) {
    case 'reason-required':
      return t('review.problemReason');
    case 'same-as-record':
      return t('review.problemSame');
    case 'empty-comment':
      return t('review.problemComment');
    case 'name-required':
      return t('review.problemName');
    case 'date-invalid':
      return t('review.problemDate');
    case 'unjudged':
      return t('review.problemUnjudged', { codes: p.criteria.map((c) => c.toUpperCase()).join(', ') });
    case 'not-verified':
      return t('review.problemNotVerified');
    case 'practice':
      return t('review.problemPractice');
    case 'unknown-criterion':
      return p.criterion;
    case 'unknown-turn':
      return String(p.turn + 1);
  }
}

export function judgementText(j: Judgement | undefined): string {
  if (!j) return t('review.notJudged');
  return j.verdict === 'agree' ? t('review.agreed') : t('review.overridden', { status: t(statusKeys[j.status]), reason: j.reason });
}

export interface ReviewHandle {
  get(): Review;
  set(review: Review): void;
  /** Links to a turn of this record. */
  goToTurn(turnNumber: number): void;
}

function criterionFieldset(entryId: string, transcript: Transcript, code: string, handle: ReviewHandle): HTMLElement {
  const c = transcript.rollUp.criteria.find((x) => x.code === code)!;
  const name = uid('verdict');
  const current = handle.get().judgements[code];
  const agreeId = uid('agree');
  const overrideId = uid('override');
  const agree = el('input', { type: 'radio', name, id: agreeId, value: 'agree', checked: current?.verdict === 'agree' });
  const override = el('input', { type: 'radio', name, id: overrideId, value: 'override', checked: current?.verdict === 'override' });
  const statusId = uid('status');
  const others = (['demonstrated', 'not-demonstrated', 'not-observed'] as const).filter((s) => s !== c.status);
  const status = el('select', { id: statusId }, ...others.map((s) => el('option', { value: s, selected: current?.verdict === 'override' && current.status === s }, t(statusKeys[s]))));
  const reasonId = uid('reason');
  const reason = el('textarea', { id: reasonId, rows: 2, maxlength: 2000 }, current?.verdict === 'override' ? current.reason : '');
  const overrideFields = el(
    'div',
    { class: 'override-fields' },
    el('div', { class: 'field' }, el('label', { for: statusId }, t('review.overrideStatus')), status),
    el('div', { class: 'field' }, el('label', { for: reasonId }, t('review.reason')), reason),
  );
  const showOverride = () => (overrideFields.hidden = !override.checked);
  agree.addEventListener('change', showOverride);
  override.addEventListener('change', showOverride);
  showOverride();
  const state = el('p', { class: 'judgement-state', role: 'status' }, judgementText(current));
  const error = el('p', { class: 'problem', role: 'alert' });
  const record = el('button', { type: 'button' }, t('review.recordJudgement'));
  record.addEventListener('click', () => {
    if (!agree.checked && !override.checked) {
      error.textContent = t('review.notJudged');
      return;
    }
    const judgement: Judgement = agree.checked ? { verdict: 'agree' } : { verdict: 'override', status: status.value as CriterionStatus, reason: reason.value };
    const r = judge(handle.get(), transcript, code, judgement);
    if (!r.ok) {
      error.textContent = problemText(r.problem);
      return;
    }
    error.textContent = '';
    handle.set(r.review);
    state.textContent = judgementText(r.review.judgements[code]);
  });
  const turnLinks = c.turns.map((i) => {
    const a = el('a', { href: `#${turnAnchor(entryId, i + 1)}` }, String(i + 1));
    a.addEventListener('click', (e) => {
      e.preventDefault();
      handle.goToTurn(i + 1);
    });
    return a;
  });
  const legendText = findCriterion(code)?.text ?? c.text;
  return el(
    'fieldset',
    { class: 'judgement', 'data-criterion': code },
    el('legend', {}, el('strong', {}, code.toUpperCase()), ' ', el('span', { lang: 'en-GB' }, legendText)),
    el(
      'p',
      { class: 'simulator' },
      t('review.simulator', { status: t(statusKeys[c.status]) }),
      turnLinks.length ? '. ' : '',
      turnLinks.length ? el('span', { class: 'turn-links' }, t('review.onTurns'), ' ', ...turnLinks.flatMap((a, i) => (i ? [', ', a] : [a]))) : '',
    ),
    el('div', { class: 'choice' }, agree, el('label', { for: agreeId }, t('review.agree'))),
    el('div', { class: 'choice' }, override, el('label', { for: overrideId }, t('review.override'))),
    overrideFields,
    record,
    state,
    error,
  );
}

export function judgementsSection(entryId: string, transcript: Transcript, handle: ReviewHandle): HTMLElement {
  const id = `${entryId}-judgements`;
  return el(
    'section',
    { class: 'judgements', 'aria-labelledby': id },
    el('h3', { id }, t('review.judgements')),
    el('p', {}, t('review.judgementsLede')),
    ...transcript.rollUp.criteria.map((c) => criterionFieldset(entryId, transcript, c.code, handle)),
  );
}
