/**
 * The path the learner took, turn by turn: the customer's line, the response, its judgement and feedback,
 * where a better response was on offer that response beside the one taken with its Next-time tip, and
 * (presented to a class) the class's vote.
 */
import type { Turn } from '../../../engine/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { bidiElement } from '../../../web/bidiText.ts';
import { el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { betterOption, turnJudgement } from '../../app/feedback.ts';
import { tallyFor, type PresenterState } from '../../app/presenter.ts';
import { classVote } from '../presenter/classVote.ts';
import { actionText, feedbackList } from '../conversation/feedbackView.ts';

const judgementKeys = { met: 'debrief.judgementMet', partly: 'debrief.judgementPartly', 'not-met': 'debrief.judgementNotMet' } as const;

/** The response taken and, beside it, the better one on offer, with the Next-time tip. */
function comparison(scenario: Scenario, turn: Turn): HTMLElement {
  const choice = turn.action.kind === 'choice';
  const taken = el('p', { class: 'path-choice' }, el('span', { class: 'label' }, t(choice ? 'debrief.yourResponse' : 'feedback.youWaited')), ' ', el('span', choice ? { lang: 'en-GB' } : {}, actionText(turn)));
  const better = betterOption(scenario, turn);
  if (!better) return el('div', { class: 'path-compare' }, taken);
  return el(
    'div',
    { class: 'path-compare has-better' },
    taken,
    el(
      'div',
      { class: 'path-better' },
      el('p', {}, el('span', { class: 'label' }, t('debrief.better')), ' ', el('span', { lang: 'en-GB' }, better.option.text)),
      better.tip ? el('p', { class: 'path-tip' }, el('span', { class: 'label' }, t('debrief.nextTime')), ' ', el('span', { lang: 'en-GB' }, better.tip)) : false,
    ),
  );
}

export function pathList(scenario: Scenario, turns: readonly Turn[], presenter: PresenterState | undefined): HTMLElement {
  return el(
    'ol',
    { class: 'path' },
    ...turns.map((turn) => {
      const judgement = turnJudgement(turn);
      return el(
        'li',
        { class: `path-turn${judgement ? ` is-${judgement}` : ''}` },
        el('p', { class: 'path-line' }, el('span', { class: 'label' }, t('debrief.customer')), ' ', bidiElement('span', turn.line.text, { lang: turn.line.lang, rtlLang: scenario.customer.language })),
        comparison(scenario, turn),
        judgement ? el('p', { class: 'path-judgement' }, t(judgementKeys[judgement])) : false,
        presenter ? classVote(tallyFor(presenter, turn.index, turn.nodeId), turn) : false,
        feedbackList(turn),
      );
    }),
  );
}
