/** The path the learner took, turn by turn: the customer's line, the response, its judgement and feedback, and (presented to a class) the class's vote. */
import type { Turn } from '../../../engine/types.ts';
import { el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { turnJudgement } from '../../app/feedback.ts';
import { tallyFor, type PresenterState } from '../../app/presenter.ts';
import { classVote } from '../presenter/classVote.ts';
import { actionText, feedbackList } from '../conversation/feedbackView.ts';

const judgementKeys = { met: 'debrief.judgementMet', partly: 'debrief.judgementPartly', 'not-met': 'debrief.judgementNotMet' } as const;

export function pathList(turns: readonly Turn[], presenter: PresenterState | undefined): HTMLElement {
  return el(
    'ol',
    { class: 'path' },
    ...turns.map((turn) => {
      const judgement = turnJudgement(turn);
      return el(
        'li',
        { class: `path-turn${judgement ? ` is-${judgement}` : ''}` },
        el('p', { class: 'path-line' }, el('span', { class: 'label' }, t('debrief.customer')), ' ', el('span', { lang: turn.line.lang }, turn.line.text)),
        el('p', { class: 'path-choice' }, el('span', { class: 'label' }, t(turn.action.kind === 'choice' ? 'feedback.youSaid' : 'feedback.youWaited')), ' ', el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn))),
        judgement ? el('p', { class: 'path-judgement' }, t(judgementKeys[judgement])) : false,
        presenter ? classVote(tallyFor(presenter, turn.index, turn.nodeId), turn) : false,
        feedbackList(turn),
      );
    }),
  );
}
