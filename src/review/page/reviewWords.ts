/** The review's problems and judgements in the interface language, for the criteria panel and the sign-off. */
import type { Judgement } from '../../export/reviewTypes.ts';
import { t } from '../../web/i18n/i18n.ts';
import { statusKeys } from '../../web/i18n/valueKeys.ts';
import type { ReviewProblem } from '../reviewState.ts';

export function problemText(p: ReviewProblem): string {
  switch (p.code) {
    case 'reason-required':
      return t('review.problemReason');
    case 'same-as-record':
      return t('review.problemSame');
    case 'empty-comment':
      return t('review.problemComment');
    case 'name-required':
      return t('review.problemName');
    case 'date-invalid':
      return t('review.problemDate');
    case 'unjudged':
      return t('review.problemUnjudged', { codes: p.criteria.map((c) => c.toUpperCase()).join(', ') });
    case 'not-verified':
      return t('review.problemNotVerified');
    case 'practice':
      return t('review.problemPractice');
    case 'unknown-criterion':
      return p.criterion;
    case 'unknown-turn':
      return String(p.turn + 1);
  }
}

export function judgementText(j: Judgement | undefined): string {
  if (!j) return t('review.notJudged');
  return j.verdict === 'agree' ? t('review.agreed') : t('review.overridden', { status: t(statusKeys[j.status]), reason: j.reason });
}
