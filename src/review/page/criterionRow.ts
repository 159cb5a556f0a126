/**
 * One criterion in the criteria panel: its code and words, what the simulator
 * recorded and on which turns, and the assessor's two moves: Agree (one press)
 * or Override (a status and a reason, which is still required).
 */
import type { Transcript } from '../../engine/transcript.ts';
import type { CriterionStatus } from '../../engine/types.ts';
import type { Judgement, Review } from '../../export/reviewTypes.ts';
import { findCriterion } from '../../standards/catalogue.ts';
import { button, el, uid } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { statusKeys } from '../../web/i18n/valueKeys.ts';
import { judge } from '../reviewState.ts';
import { turnAnchor } from './entry.ts';
import { judgementText, problemText } from './reviewWords.ts';

export interface ReviewHandle {
  get(): Review;
  set(review: Review): void;
  /** Links to a turn of this record. */
  goToTurn(turnNumber: number): void;
}

export interface CriterionRow {
  root: HTMLElement;
  code: string;
  /** Records "agree" for this criterion. */
  agree(): void;
  /** Shows the override fields and puts focus on the status. */
  openOverride(): void;
  /** Shows the judgement the review holds now. */
  refresh(): void;
}

function turnLinks(entryId: string, turns: readonly number[], handle: ReviewHandle): (Node | string)[] {
  if (turns.length === 0) return [];
  const links = turns.map((i) => {
    const a = el('a', { href: `#${turnAnchor(entryId, i + 1)}` }, String(i + 1));
    a.addEventListener('click', (e) => {
      e.preventDefault();
      handle.goToTurn(i + 1);
    });
    return a;
  });
  return [' · ', el('span', { class: 'turn-links' }, t('review.onTurns'), ' ', ...links.flatMap((a, i) => (i ? [', ', a] : [a])))];
}

export function criterionRow(entryId: string, transcript: Transcript, code: string, handle: ReviewHandle): CriterionRow {
  const c = transcript.rollUp.criteria.find((x) => x.code === code)!;
  const codeId = uid('criterion');
  const error = el('p', { class: 'problem', role: 'alert' });
  const state = el('p', { class: 'judgement-state' });
  const statusId = uid('status');
  const reasonId = uid('reason');
  const others = (['demonstrated', 'not-demonstrated', 'not-observed'] as const).filter((s) => s !== c.status);
  const status = el('select', { id: statusId }, ...others.map((s) => el('option', { value: s }, t(statusKeys[s]))));
  const reason = el('textarea', { id: reasonId, rows: 2, maxlength: 2000 });

  const record = (judgement: Judgement): boolean => {
    const r = judge(handle.get(), transcript, code, judgement);
    error.textContent = r.ok ? '' : problemText(r.problem);
    if (r.ok) handle.set(r.review);
    return r.ok;
  };
  const fieldsId = uid('override');
  const overrideFields = el(
    'div',
    { class: 'override-fields', id: fieldsId, hidden: true },
    el('div', { class: 'field' }, el('label', { for: statusId }, t('review.overrideStatus')), status),
    el('div', { class: 'field' }, el('label', { for: reasonId }, t('review.reason')), reason),
    button(t('judging.recordOverride'), () => {
      if (record({ verdict: 'override', status: status.value as CriterionStatus, reason: reason.value })) overrideFields.hidden = true;
      overrideButton.setAttribute('aria-expanded', String(!overrideFields.hidden));
    }),
  );
  const agreeButton = button(t('judging.agree'), () => agree(), { class: 'agree', 'aria-label': t('judging.agreeOn', { code: code.toUpperCase() }) });
  const overrideButton = button(t('judging.override'), () => (overrideFields.hidden ? openOverride() : closeOverride()), {
    class: 'override',
    'aria-label': t('judging.overrideOn', { code: code.toUpperCase() }),
    'aria-expanded': 'false',
    'aria-controls': fieldsId,
  });

  function agree(): void {
    if (record({ verdict: 'agree' })) closeOverride();
  }
  function openOverride(): void {
    overrideFields.hidden = false;
    overrideButton.setAttribute('aria-expanded', 'true');
    status.focus();
  }
  function closeOverride(): void {
    overrideFields.hidden = true;
    overrideButton.setAttribute('aria-expanded', 'false');
  }

  const root = el(
    'li',
    { class: 'criterion', 'data-criterion': code, tabindex: '-1', 'aria-labelledby': codeId },
    el('p', { class: 'criterion-head', id: codeId }, el('strong', {}, code.toUpperCase()), ' ', el('span', { lang: 'en-GB' }, findCriterion(code)?.text ?? c.text)),
    el('p', { class: 'simulator' }, t('review.simulator', { status: t(statusKeys[c.status]) }), ...turnLinks(entryId, c.turns, handle)),
    el('div', { class: 'criterion-actions' }, agreeButton, overrideButton, state),
    overrideFields,
    error,
  );

  function refresh(): void {
    const j = handle.get().judgements[code];
    root.dataset.judged = j ? j.verdict : 'none';
    agreeButton.setAttribute('aria-pressed', String(j?.verdict === 'agree'));
    state.textContent = judgementText(j);
    if (j?.verdict === 'override') {
      status.value = j.status;
      reason.value = j.reason;
    }
  }
  refresh();
  return { root, code, agree, openOverride, refresh };
}
