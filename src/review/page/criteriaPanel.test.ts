// @vitest-environment happy-dom
/**
 * Judging fast: the progress count, "agree with all remaining", the keys that
 * move between criteria and judge, and a sign-off that opens only once every
 * criterion is judged. Driven through the record view as the page mounts it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../web/i18n/i18n.ts';
import { emptyReview, judge } from '../reviewState.ts';
import { openRecord } from '../openRecord.ts';
import { bankBest, registry } from '../../../test/support/reviewRecords.ts';
import type { Entry } from './entry.ts';
import { agreeWithRemaining } from './criteriaPanel.ts';
import { recordView } from './recordView.ts';

beforeAll(() => initI18n('en-GB'));

function mounted() {
  const record = openRecord('bank.json', JSON.stringify(bankBest()), registry);
  expect(record.finding.kind).toBe('verified');
  const entry: Entry = { id: 'r1', record, review: emptyReview() };
  const root = recordView(entry, { onReviewChange() {}, onPrint() {} });
  document.body.replaceChildren(root);
  const rows = [...root.querySelectorAll<HTMLElement>('li.criterion')];
  const key = (key: string) => (document.activeElement ?? root).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  const signButton = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Sign off')!;
  const signFields = root.querySelector<HTMLFieldSetElement>('.sign-fields')!;
  return { root, entry, rows, key, progress: () => root.querySelector('.judging-progress')!.textContent, signButton, signFields, n: record.transcript!.rollUp.criteria.length };
}

describe('the criteria panel', () => {
  it('has one compact row per criterion and counts what is judged', () => {
    const { rows, progress, n, entry } = mounted();
    expect(n).toBeGreaterThan(10);
    expect(rows.map((r) => r.dataset.criterion)).toEqual(entry.record.transcript!.rollUp.criteria.map((c) => c.code));
    expect(progress()).toBe(`0 of ${n} judged`);
    rows[0]!.querySelector<HTMLButtonElement>('button.agree')!.click();
    expect(progress()).toBe(`1 of ${n} judged`);
    expect(rows[0]!.dataset.judged).toBe('agree');
    expect(entry.review.judgements[rows[0]!.dataset.criterion!]).toEqual({ verdict: 'agree' });
  });

  it('moves with J, K and the arrows, agrees with A and moves on, and opens the override with O', () => {
    const { rows, key, entry, progress, n } = mounted();
    rows[2]!.focus();
    key('j');
    expect(document.activeElement).toBe(rows[3]);
    key('ArrowDown');
    expect(document.activeElement).toBe(rows[4]);
    key('k');
    key('ArrowUp');
    expect(document.activeElement).toBe(rows[2]);
    key('a');
    expect(entry.review.judgements[rows[2]!.dataset.criterion!]).toEqual({ verdict: 'agree' });
    expect(document.activeElement).toBe(rows[3]);
    key('o');
    expect(rows[3]!.querySelector<HTMLElement>('.override-fields')!.hidden).toBe(false);
    expect(document.activeElement?.tagName).toBe('SELECT');
    // Typing in the override's fields is not taken for a key command.
    key('a');
    expect(entry.review.judgements[rows[3]!.dataset.criterion!]).toBeUndefined();
    expect(progress()).toBe(`1 of ${n} judged`);
    // The first and last rows hold at the ends.
    rows[0]!.focus();
    key('k');
    expect(document.activeElement).toBe(rows[0]);
  });

  it('still needs a reason to override', () => {
    const { rows, entry } = mounted();
    const row = rows[0]!;
    row.querySelector<HTMLButtonElement>('button.override')!.click();
    const record = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Record override')!;
    record.click();
    expect(row.querySelector('.problem')!.textContent).toBe('Give a reason for the override.');
    expect(entry.review.judgements[row.dataset.criterion!]).toBeUndefined();
    row.querySelector('textarea')!.value = 'Only after prompting.';
    record.click();
    expect(entry.review.judgements[row.dataset.criterion!]).toMatchObject({ verdict: 'override', reason: 'Only after prompting.' });
    expect(row.dataset.judged).toBe('override');
  });

  it('agrees with all remaining, keeping overrides, and opens the sign-off', () => {
    const { root, rows, entry, progress, n, signButton, signFields } = mounted();
    expect(signFields.disabled).toBe(true);
    expect(root.querySelector('.sign-closed')!.textContent).toBe(`Sign-off opens once every criterion is judged (0 of ${n} so far).`);
    rows[1]!.querySelector<HTMLButtonElement>('button.override')!.click();
    rows[1]!.querySelector('textarea')!.value = 'Shown later.';
    [...rows[1]!.querySelectorAll('button')].find((b) => b.textContent === 'Record override')!.click();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Agree with all remaining')!.click();
    expect(progress()).toBe(`${n} of ${n} judged: sign-off is open.`);
    expect(Object.keys(entry.review.judgements)).toHaveLength(n);
    expect(entry.review.judgements[rows[1]!.dataset.criterion!]!.verdict).toBe('override');
    expect(signFields.disabled).toBe(false);
    expect(root.querySelector('.sign-closed')!.textContent).toBe('');
    // Focus goes on to the sign-off rather than being lost with the disabled button.
    expect(document.activeElement).toBe(signFields.querySelector('input'));
    expect(signButton.closest('fieldset')).toBe(signFields);
  });
});

describe('agreeWithRemaining', () => {
  it('judges only what is left, and withdraws a signature as any change does', () => {
    const tr = bankBest();
    const first = tr.rollUp.criteria[0]!.code;
    const partly = judge(emptyReview(), tr, first, { verdict: 'override', status: 'not-demonstrated', reason: 'Late.' });
    if (!partly.ok) throw new Error('judge failed');
    const all = agreeWithRemaining({ ...partly.review, signedBy: 'A', signedAt: '2026-01-01' }, tr);
    expect(Object.keys(all.judgements)).toHaveLength(tr.rollUp.criteria.length);
    expect(all.judgements[first]).toEqual({ verdict: 'override', status: 'not-demonstrated', reason: 'Late.' });
    expect(all.signedBy).toBeUndefined();
    expect(agreeWithRemaining(all, tr)).toBe(all);
  });
});
