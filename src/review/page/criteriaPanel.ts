/**
 * The criteria panel: every criterion of the transcript as a compact row, a
 * progress count ("12 of 29 judged"), "Agree with all remaining", and keys to
 * move and judge without the mouse (J or ↓, K or ↑, A, O; told on the page).
 * Judgements go into the Review through reviewState's pure functions; the
 * transcript is only read.
 */
import type { Transcript } from '../../engine/transcript.ts';
import type { Review } from '../../export/reviewTypes.ts';
import { button, el } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { judge, unjudged } from '../reviewState.ts';
import { criterionRow, type CriterionRow, type ReviewHandle } from './criterionRow.ts';
import type { ReviewPart } from './reviewSections.ts';
import './criteriaPanel.css';

/** Every criterion not yet judged, agreed with in one change (one review, so one withdrawal of any signature). */
export function agreeWithRemaining(review: Review, transcript: Transcript): Review {
  return unjudged(review, transcript).reduce((r, code) => {
    const next = judge(r, transcript, code, { verdict: 'agree' });
    return next.ok ? next.review : r;
  }, review);
}

const typing = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('input, textarea, select') !== null;

/** J/K and the arrows move between rows; A agrees and moves on to the next row; O opens the override. */
function keyboard(list: HTMLElement, rows: readonly CriterionRow[]): void {
  list.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const at = rows.findIndex((r) => r.root.contains(e.target as Node));
    if (at < 0) return;
    const focusRow = (i: number) => rows[Math.max(0, Math.min(rows.length - 1, i))]!.root.focus();
    const key = e.key.toLowerCase();
    if (key === 'j' || e.key === 'ArrowDown') focusRow(at + 1);
    else if (key === 'k' || e.key === 'ArrowUp') focusRow(at - 1);
    else if (key === 'a') {
      rows[at]!.agree();
      focusRow(at + 1);
    } else if (key === 'o') rows[at]!.openOverride();
    else return;
    e.preventDefault();
  });
}

export function criteriaPanel(entryId: string, transcript: Transcript, handle: ReviewHandle): ReviewPart {
  const id = `${entryId}-judgements`;
  const total = transcript.rollUp.criteria.length;
  const rows = transcript.rollUp.criteria.map((c) => criterionRow(entryId, transcript, c.code, handle));
  const progress = el('p', { class: 'judging-progress', role: 'status' });
  const bar = el('progress', { max: Math.max(1, total), value: 0, 'aria-hidden': 'true' });
  const agreeAll = button(
    t('judging.agreeAll'),
    () => {
      handle.set(agreeWithRemaining(handle.get(), transcript));
      // The button is now disabled and would drop focus; the next step is the sign-off, which is now open.
      agreeAll.closest('.criteria-column')?.querySelector<HTMLElement>('.sign-fields input')?.focus();
    },
    { class: 'primary agree-all' },
  );
  const list = el('ol', { class: 'criteria' }, ...rows.map((r) => r.root));
  keyboard(list, rows);
  return {
    root: el(
      'section',
      { class: 'judgements', 'aria-labelledby': id },
      el('div', { class: 'judging-head' }, el('h3', { id }, t('judging.title')), progress, bar, agreeAll),
      el('p', { class: 'help' }, t('judging.lede'), ' ', t('judging.keys')),
      list,
    ),
    refresh() {
      const left = unjudged(handle.get(), transcript).length;
      progress.textContent = left === 0 ? t('judging.allJudged', { total }) : t('judging.progress', { judged: total - left, total });
      bar.value = total - left;
      agreeAll.disabled = left === 0;
      for (const r of rows) r.refresh();
    },
  };
}
