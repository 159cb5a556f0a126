/** The branches a class explored by stepping back, in words: for the presenter's panel and the debrief. */
import { el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { outcomeKeys } from '../../../web/i18n/valueKeys.ts';
import { abandonedTurns, type ExploredBranch } from '../../app/presenter.ts';
import { actionText } from '../conversation/feedbackView.ts';
import './branchList.css';

export function branchList(branches: readonly ExploredBranch[], headingLevel: 'h3' | 'h4' = 'h3'): HTMLElement {
  if (branches.length === 0) return el('p', { class: 'branches-none' }, t('presenter.noBranches'));
  return el(
    'ol',
    { class: 'branches' },
    ...branches.map((branch, i) =>
      el(
        'li',
        { class: 'branch', 'data-branch': i },
        el(headingLevel, { class: 'branch-title' }, t(branch.from === 0 ? 'presenter.branchFromStart' : 'presenter.branchFrom', { n: i + 1, turn: branch.from })),
        el('ol', { class: 'branch-turns', start: branch.from + 1 }, ...abandonedTurns(branch).map((turn) => el('li', {}, el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn))))),
        el('p', { class: 'branch-end' }, branch.outcome ? `${t('conversation.ended')} ${t(outcomeKeys[branch.outcome])}` : t('presenter.branchUnfinished')),
      ),
    ),
  );
}
