/** What the class voted at a turn, in words: each option that got a vote, in the order shown. For the debrief's path and its explored branches. */
import type { Turn } from '../../../engine/types.ts';
import { el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';

export function classVote(counts: Record<string, number>, turn: Turn): HTMLElement | false {
  const voted = turn.offered.filter((o) => (counts[String(o.choice)] ?? 0) > 0);
  if (voted.length === 0) return false;
  return el(
    'p',
    { class: 'path-vote' },
    el('span', { class: 'label' }, t('presenter.debriefVote')),
    ' ',
    ...voted.flatMap((o, i) => [i > 0 ? '; ' : '', el('span', { lang: 'en-GB' }, `“${o.text}”`), ` ${counts[String(o.choice)]!}`]),
  );
}
