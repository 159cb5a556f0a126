/** Where a conversation's xAPI statements are, in words, for the status line beside the exports. */
import type { QueueStatus } from '../../export/lrsQueue.ts';
import { t } from '../i18n/i18n.ts';

/** `mine`: this conversation's statement ids, so the line speaks of those the LRS refused from it, not of older ones. */
export function lrsStatusText(s: QueueStatus, mine?: ReadonlySet<string>): string {
  if (s.state === 'refused') return t('debrief.lrsRefused', { why: s.lastError ?? '' });
  if (s.pending > 0 && s.state === 'sending') return t('debrief.lrsSending');
  if (s.pending > 0) return t('debrief.lrsWaiting', { pending: s.pending });
  const refused = mine ? s.rejected.filter((r) => mine.has(r.id)) : [];
  if (s.state === 'idle' && refused.length > 0) {
    const why = refused.map((r) => (r.answer ? `${r.status}: ${r.answer}` : String(r.status))).join('; ');
    return t('debrief.lrsSomeRefused', { count: refused.length, why });
  }
  return s.state === 'idle' ? t('debrief.lrsSent') : '';
}
