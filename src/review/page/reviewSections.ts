/**
 * The parts of a record that show the assessor's review and follow it as it
 * changes: the turns (each with its comments when the record can be judged),
 * the general comments and the sign-off. Each part has `refresh()`; the record
 * view calls them all after any change to the review.
 */
import type { Turn } from '../../engine/types.ts';
import type { Review } from '../../export/reviewTypes.ts';
import { button, el, uid } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { formatDay } from '../../web/dates.ts';
import { addComment, removeComment, signOff, unjudged } from '../reviewState.ts';
import { turnAnchor, type Entry } from './entry.ts';
import { problemText } from './reviewWords.ts';

export interface ReviewPart {
  root: HTMLElement;
  refresh(): void;
}

/** How a part changes the review: the entry's review now, and the way to replace it. */
export interface ReviewBinding {
  entry: Entry;
  update(review: Review): void;
}

/** A comment form: a labelled textarea and a button; `add` returns a problem's text or null. */
function commentForm(label: string, add: (text: string) => string | null): HTMLElement {
  const id = uid('comment');
  const area = el('textarea', { id, rows: 2, maxlength: 4000 });
  const error = el('p', { class: 'problem', role: 'alert' });
  const go = button(t('review.addComment'), () => {
    const problem = add(area.value);
    error.textContent = problem ?? '';
    if (!problem) area.value = '';
  });
  return el('div', { class: 'comment-form' }, el('label', { for: id }, label), area, go, error);
}

/** The comments of one turn (or, with no turn, of the whole conversation), each with a button to remove it. */
function commentItems({ entry, update }: ReviewBinding, turn: number | undefined): HTMLElement[] {
  return entry.review.comments.flatMap((c, i) =>
    c.turn === turn ? [el('li', {}, c.text, ' ', button(t('review.removeComment', { n: i + 1 }), () => update(removeComment(entry.review, i)), { class: 'small' }))] : [],
  );
}

/** A form that adds a comment about one turn, or about the whole conversation. */
function addCommentForm(binding: ReviewBinding, label: string, turn?: number): HTMLElement {
  const transcript = binding.entry.record.transcript!;
  return commentForm(label, (text) => {
    const r = addComment(binding.entry.review, transcript, text, turn);
    if (!r.ok) return problemText(r.problem);
    binding.update(r.review);
    return null;
  });
}

/** `trusted` is false for a file that does not verify: its per-turn verdicts are no more to be trusted than its score. */
function turnItem(entryId: string, turn: Turn, extra: Node[], trusted: boolean): HTMLElement {
  const n = turn.index + 1;
  const reply = turn.action.kind === 'choice' ? el('span', { lang: 'en-GB' }, turn.action.text) : t('review.waited', { seconds: turn.action.seconds });
  const evidence = (trusted ? turn.evidence : []).map((e) =>
    el('li', { 'data-met': String(e.met) }, el('strong', {}, `${e.criterion.toUpperCase()} (${e.met ? `✓ ${t('review.met')}` : `✗ ${t('review.missed')}`})`), ' ', el('span', { lang: 'en-GB' }, e.why)),
  );
  return el(
    'li',
    { class: 'turn', id: turnAnchor(entryId, n), tabindex: '-1' },
    el('h4', {}, t('review.turn', { n })),
    el('p', {}, el('span', { class: 'who' }, t('review.customer')), ' ', el('span', { lang: turn.line.lang }, turn.line.text)),
    turn.line.gloss ? el('p', { class: 'gloss' }, el('span', { class: 'who' }, t('review.meaning')), ' ', el('span', { lang: 'en-GB' }, turn.line.gloss)) : false,
    el('p', {}, el('span', { class: 'who' }, t('review.reply')), ' ', reply),
    evidence.length > 0 ? el('ul', { class: 'evidence' }, ...evidence) : false,
    ...extra,
  );
}

/** Every turn; with comments on each when the record can be judged. */
export function turnsSection(binding: ReviewBinding, reviewable: boolean): ReviewPart {
  const { entry } = binding;
  const trusted = entry.record.finding.kind === 'verified';
  const lists = new Map<number, HTMLElement>();
  const items = entry.record.transcript!.turns.map((turn) => {
    if (!reviewable) return turnItem(entry.id, turn, [], trusted);
    const list = el('ul', { class: 'comments' });
    lists.set(turn.index, list);
    // Folded away until wanted, so the list stays compact: most turns get no comment.
    const form = el('details', { class: 'turn-comment' }, el('summary', {}, t('judging.comment')), addCommentForm(binding, t('review.commentOnTurn', { n: turn.index + 1 }), turn.index));
    return turnItem(entry.id, turn, [list, form], trusted);
  });
  const id = `${entry.id}-turns`;
  return {
    root: el('section', { class: 'conversation', 'aria-labelledby': id }, el('h3', { id }, t('judging.turnsTitle')), el('ol', { class: 'turns' }, ...items)),
    refresh: () => lists.forEach((list, index) => list.replaceChildren(...commentItems(binding, index))),
  };
}

export function generalCommentsSection(binding: ReviewBinding): ReviewPart {
  const list = el('ul', { class: 'comments' });
  const id = `${binding.entry.id}-comments`;
  return {
    root: el('section', { class: 'general-comments', 'aria-labelledby': id }, el('h3', { id }, t('review.comments')), list, addCommentForm(binding, t('review.generalComment'))),
    refresh() {
      const items = commentItems(binding, undefined);
      list.replaceChildren(...(items.length ? items : [el('li', { class: 'none' }, t('review.noComments'))]));
    },
  };
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Closed until every criterion is judged (it says so, with the count); a change after signing withdraws the signature. */
export function signOffSection({ entry, update }: ReviewBinding): ReviewPart {
  const nameId = uid('sign-name');
  const dateId = uid('sign-date');
  const name = el('input', { type: 'text', id: nameId, autocomplete: 'name', maxlength: 120, value: entry.review.signedBy ?? '' });
  const date = el('input', { type: 'date', id: dateId, value: entry.review.signedAt ?? today() });
  const error = el('p', { class: 'problem', role: 'alert' });
  const state = el('p', { class: 'sign-state', role: 'status' });
  const closed = el('p', { class: 'sign-closed' });
  const transcript = entry.record.transcript!;
  const sign = () => {
    const r = signOff(entry.review, transcript, true, name.value, date.value);
    error.textContent = r.ok ? '' : problemText(r.problem);
    if (r.ok) update(r.review);
  };
  const fields = el(
    'fieldset',
    { class: 'sign-fields' },
    el('div', { class: 'field' }, el('label', { for: nameId }, t('review.signName')), name),
    el('div', { class: 'field' }, el('label', { for: dateId }, t('review.signDate')), date),
    button(t('review.signButton'), sign, { class: 'primary' }),
  );
  const id = `${entry.id}-sign`;
  return {
    root: el('section', { class: 'sign-off', 'aria-labelledby': id }, el('h3', { id }, t('review.signOff')), closed, fields, state, error),
    refresh() {
      const r = entry.review;
      const total = transcript.rollUp.criteria.length;
      const left = unjudged(r, transcript).length;
      fields.disabled = left > 0;
      closed.textContent = left > 0 ? t('judging.signOffClosed', { judged: total - left, total }) : '';
      state.textContent = r.signedBy && r.signedAt ? t('review.signed', { name: r.signedBy, date: formatDay(r.signedAt) }) : t('review.notSigned');
    },
  };
}
