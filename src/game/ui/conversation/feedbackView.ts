/** The judgement of one response: each criterion cited, its wording from the standards, met or not, and why. */
import type { Turn } from '../../../engine/types.ts';
import { feedbackFor } from '../../app/feedback.ts';
import { criterionLabel } from '../../../web/criterionLabel.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { el } from '../../../web/dom.ts';
import './feedbackView.css';

export function feedbackList(turn: Turn): HTMLElement {
  const items = feedbackFor(turn);
  if (items.length === 0) return el('p', { class: 'feedback-none' }, t('feedback.notAssessed'));
  return el(
    'ul',
    { class: 'feedback' },
    ...items.map((item) =>
      el(
        'li',
        { class: item.met ? 'is-met' : 'is-not-met' },
        el('span', { class: 'badge' }, el('span', { 'aria-hidden': 'true' }, item.met ? '✓ ' : '✗ '), t(item.met ? 'feedback.met' : 'feedback.notMet')),
        ' ',
        el('strong', {}, criterionLabel(item.code, item.text || undefined)),
        el('p', { class: 'why', lang: 'en-GB' }, item.why),
      ),
    ),
  );
}

/** What the learner did on the turn, in words: their response, or the wait that let the customer act. */
export function actionText(turn: Turn): string {
  return turn.action.kind === 'choice' ? turn.action.text : t('feedback.waited', { seconds: turn.action.seconds });
}

export function feedbackPanel(turn: Turn): HTMLElement {
  const hint = turn.action.kind === 'choice' ? turn.offered.find((o) => turn.action.kind === 'choice' && o.choice === turn.action.choice)?.tip : undefined;
  const heading = el('h2', { class: 'panel-title', id: `feedback-${turn.index}` }, t('feedback.title'));
  return el(
    'section',
    { class: 'feedback-panel', 'aria-labelledby': heading.id },
    heading,
    el('p', { class: 'you-said' }, el('span', { class: 'label' }, t(turn.action.kind === 'choice' ? 'feedback.youSaid' : 'feedback.youWaited')), ' ', el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn))),
    feedbackList(turn),
    hint ? el('p', { class: 'hint' }, el('span', { class: 'label' }, t('feedback.nextTime')), ' ', hint) : false,
  );
}
