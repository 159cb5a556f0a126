/** The branches a class explored by stepping back, in words, with the class's vote at each abandoned turn: for the debrief. */
import { el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { outcomeKeys } from '../../../web/i18n/valueKeys.ts';
import { abandonedTurns, type ExploredBranch, type TallyEntry } from '../../app/presenter.ts';
import { classVote } from './classVote.ts';
import { actionText } from '../conversation/feedbackView.ts';
import './branchList.css';

const votesAt = (tally: readonly TallyEntry[] | undefined, turn: number, nodeId: string) => tally?.find((e) => e.turn === turn && e.nodeId === nodeId)?.counts ?? {};

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
        el(
          'ol',
          { class: 'branch-turns', start: branch.from + 1 },
          ...abandonedTurns(branch).map((turn) => el('li', {}, el('span', turn.action.kind === 'choice' ? { lang: 'en-GB' } : {}, actionText(turn)), classVote(votesAt(branch.tally, turn.index, turn.nodeId), turn))),
        ),
        el('p', { class: 'branch-end' }, branch.outcome ? `${t('conversation.ended')} ${t(outcomeKeys[branch.outcome])}` : t('presenter.branchUnfinished')),
      ),
    ),
  );
}
