/**
 * One opened file: what replay found, the record's summary, every turn with
 * its evidence, and, for a verified assessment, the assessor's judgements,
 * comments, sign-off and exports. A file that does not verify is shown read
 * only, with the reason; a practice transcript is labelled as practice and
 * offers nothing that would present it as an assessment record.
 */
import type { Transcript } from '../../engine/transcript.ts';
import type { Turn } from '../../engine/types.ts';
import { button, el, uid } from '../../web/dom.ts';
import { t } from '../../web/i18n/i18n.ts';
import { notYetReasons } from '../../web/passView.ts';
import { addComment, removeComment, signOff } from '../reviewState.ts';
import type { Review } from '../../export/reviewTypes.ts';
import { turnAnchor, type Entry } from './entry.ts';
import { exportsSection } from './exportsView.ts';
import { badgeKeys, findingText, isReviewable, shownValue } from './findingText.ts';
import { judgementsSection, problemText, type ReviewHandle } from './judgementsView.ts';

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat([document.documentElement.lang || 'en-GB', 'en-GB'], { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

export function modeBadge(mode: string): HTMLElement {
  const practice = mode !== 'assessment';
  return el('span', { class: `badge ${practice ? 'is-practice' : 'is-assessment'}` }, t(practice ? 'review.badgePractice' : 'review.badgeAssessment'));
}

function findingBlock(entry: Entry): HTMLElement {
  const f = entry.record.finding;
  const block = el('div', { class: `finding is-${f.kind}` }, el('p', {}, el('span', { class: `badge is-${f.kind === 'verified' ? 'verified' : 'problem'}` }, t(badgeKeys[f.kind])), ' ', findingText(f)));
  if (f.kind === 'diverges' && ('recorded' in f || 'replayed' in f)) {
    block.append(el('dl', { class: 'difference' }, el('dt', {}, t('review.recorded')), el('dd', {}, el('pre', {}, shownValue(f.recorded))), el('dt', {}, t('review.replayed')), el('dd', {}, el('pre', {}, shownValue(f.replayed)))));
  }
  if (f.kind !== 'verified' && entry.record.transcript) block.append(el('p', {}, t('review.readOnly')));
  return block;
}

function summaryList(tr: Transcript): HTMLElement {
  const rows: [string, Node | string][] = [
    [t('review.learner'), tr.learner || '—'],
    [t('review.scenario'), el('span', { lang: 'en-GB' }, `${tr.scenario.title} (${tr.scenario.id})`)],
    [t('review.date'), formatDate(tr.startedAt)],
    [t('review.mode'), modeBadge(tr.mode)],
    [t('review.score'), t('review.scoreValue', { percent: tr.rollUp.percent, met: tr.rollUp.met, total: tr.rollUp.total })],
    [t('review.result'), tr.pass ? (tr.pass.passed ? t('review.passed') : t('review.notYet', { mark: tr.pass.mark })) : t('review.unfinished')],
  ];
  // Not yet, and why: the mark missed and each critical criterion not demonstrated.
  if (tr.pass && !tr.pass.passed) rows.push([t('pass.why'), notYetReasons(tr)]);
  return el('dl', { class: 'summary' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
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

function turnItem(entryId: string, turn: Turn, extra: Node[]): HTMLElement {
  const n = turn.index + 1;
  const reply = turn.action.kind === 'choice' ? el('span', { lang: 'en-GB' }, turn.action.text) : t('review.waited', { seconds: turn.action.seconds });
  return el(
    'li',
    { class: 'turn', id: turnAnchor(entryId, n), tabindex: '-1' },
    el('h4', {}, t('review.turn', { n })),
    el('p', {}, el('span', { class: 'who' }, t('review.customer')), ' ', el('span', { lang: turn.line.lang }, turn.line.text)),
    turn.line.gloss ? el('p', { class: 'gloss' }, el('span', { class: 'who' }, t('review.meaning')), ' ', el('span', { lang: 'en-GB' }, turn.line.gloss)) : false,
    el('p', {}, el('span', { class: 'who' }, t('review.reply')), ' ', reply),
    turn.evidence.length > 0
      ? el(
          'ul',
          { class: 'evidence' },
          ...turn.evidence.map((e) =>
            el('li', { 'data-met': String(e.met) }, el('strong', {}, `${e.criterion.toUpperCase()} (${e.met ? `✓ ${t('review.met')}` : `✗ ${t('review.missed')}`})`), ' ', el('span', { lang: 'en-GB' }, e.why)),
          ),
        )
      : false,
    ...extra,
  );
}

export interface RecordViewOptions {
  onReviewChange(entry: Entry): void;
  onPrint(entry: Entry): void;
}

export function recordView(entry: Entry, options: RecordViewOptions): HTMLElement {
  const { record } = entry;
  const headingId = `${entry.id}-title`;
  const tr = record.transcript;
  const heading = el('h2', { id: headingId, tabindex: '-1' }, tr ? el('span', { lang: 'en-GB' }, tr.scenario.title) : record.file, tr ? `: ${tr.learner || '—'}` : '');
  const root = el('section', { class: 'record', 'aria-labelledby': headingId, 'data-entry': entry.id, 'data-finding': record.finding.kind }, heading, el('p', { class: 'file-name' }, el('code', {}, record.file)), findingBlock(entry));
  if (!tr) return root;

  const reviewable = isReviewable(record);
  if (tr.mode !== 'assessment') root.append(el('p', { class: 'practice-note' }, el('span', { class: 'badge is-practice' }, t('review.badgePractice')), ' ', t('review.practice')));
  root.append(summaryList(tr));

  // Parts that show the review and must follow it when it changes.
  const turnComments = new Map<number, HTMLElement>();
  const generalComments = el('ul', { class: 'comments' });
  const signState = el('p', { class: 'sign-state', role: 'status' });
  const renderReview = () => {
    const review = entry.review;
    const removable = (i: number) => button(t('review.removeComment', { n: i + 1 }), () => update(removeComment(entry.review, i)), { class: 'small' });
    for (const [index, list] of turnComments) {
      list.replaceChildren(...review.comments.flatMap((c, i) => (c.turn === index ? [el('li', {}, c.text, ' ', removable(i))] : [])));
    }
    const items = review.comments.flatMap((c, i) => (c.turn === undefined ? [el('li', {}, c.text, ' ', removable(i))] : []));
    generalComments.replaceChildren(...(items.length ? items : [el('li', { class: 'none' }, t('review.noComments'))]));
    signState.textContent = review.signedBy && review.signedAt ? t('review.signed', { name: review.signedBy, date: review.signedAt }) : t('review.notSigned');
  };
  const update = (review: Review) => {
    entry.review = review;
    renderReview();
    options.onReviewChange(entry);
  };
  const goToTurn = (n: number) => {
    const target = root.ownerDocument.getElementById(turnAnchor(entry.id, n));
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  };
  const handle: ReviewHandle = { get: () => entry.review, set: update, goToTurn };

  const turnsId = `${entry.id}-turns`;
  const turns = el(
    'ol',
    { class: 'turns' },
    ...tr.turns.map((turn) => {
      if (!reviewable) return turnItem(entry.id, turn, []);
      const list = el('ul', { class: 'comments' });
      turnComments.set(turn.index, list);
      const form = commentForm(t('review.commentOnTurn', { n: turn.index + 1 }), (text) => {
        const r = addComment(entry.review, tr, text, turn.index);
        if (!r.ok) return problemText(r.problem);
        update(r.review);
        return null;
      });
      return turnItem(entry.id, turn, [list, form]);
    }),
  );
  root.append(el('section', { class: 'conversation', 'aria-labelledby': turnsId }, el('h3', { id: turnsId }, t('review.conversation')), turns));

  if (reviewable) {
    root.append(judgementsSection(entry.id, tr, handle));
    const commentsId = `${entry.id}-comments`;
    root.append(
      el(
        'section',
        { class: 'general-comments', 'aria-labelledby': commentsId },
        el('h3', { id: commentsId }, t('review.comments')),
        generalComments,
        commentForm(t('review.generalComment'), (text) => {
          const r = addComment(entry.review, tr, text);
          if (!r.ok) return problemText(r.problem);
          update(r.review);
          return null;
        }),
      ),
    );
    const signId = `${entry.id}-sign`;
    const nameId = uid('sign-name');
    const dateId = uid('sign-date');
    const name = el('input', { type: 'text', id: nameId, autocomplete: 'name', maxlength: 120, value: entry.review.signedBy ?? '' });
    const today = new Date();
    const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    const date = el('input', { type: 'date', id: dateId, value: entry.review.signedAt ?? local });
    const error = el('p', { class: 'problem', role: 'alert' });
    root.append(
      el(
        'section',
        { class: 'sign-off', 'aria-labelledby': signId },
        el('h3', { id: signId }, t('review.signOff')),
        el('div', { class: 'field' }, el('label', { for: nameId }, t('review.signName')), name),
        el('div', { class: 'field' }, el('label', { for: dateId }, t('review.signDate')), date),
        button(
          t('review.signButton'),
          () => {
            const r = signOff(entry.review, tr, true, name.value, date.value);
            if (!r.ok) {
              error.textContent = problemText(r.problem);
              return;
            }
            error.textContent = '';
            update(r.review);
          },
          { class: 'primary' },
        ),
        signState,
        error,
      ),
    );
    renderReview();
  }
  if (record.finding.kind === 'verified') root.append(exportsSection(entry, () => options.onPrint(entry)));
  return root;
}
