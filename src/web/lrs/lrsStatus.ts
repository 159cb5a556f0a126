/** Where a conversation's xAPI statements are, in words, for the status line beside the exports. */
import type { QueueStatus } from '../../export/lrsQueue.ts';
import { t } from '../i18n/i18n.ts';

export function lrsStatusText(s: QueueStatus): string {
  if (s.state === 'refused') return t('debrief.lrsRefused', { why: s.lastError ?? '' });
  if (s.pending > 0 && s.state === 'sending') return t('debrief.lrsSending');
  if (s.pending > 0) return t('debrief.lrsWaiting', { pending: s.pending });
  return s.state === 'idle' ? t('debrief.lrsSent') : '';
}
