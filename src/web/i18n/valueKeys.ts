/**
 * The interface's words for the fixed values of the format and the engine
 * (how a conversation ended, a criterion's status, channels, kinds): one table
 * each, for every screen and the printed report.
 */
import type { CriterionStatus } from '../../engine/types.ts';
import type { Channel, Kind, Outcome } from '../../scenario/schema.ts';
import type { UiKey } from './i18n.ts';

export const outcomeKeys: Record<Outcome, UiKey> = {
  resolved: 'outcome.resolved',
  escalated: 'outcome.escalated',
  'follow-up': 'outcome.followUp',
  'customer-left': 'outcome.customerLeft',
  'hung-up': 'outcome.hungUp',
  'service-refused': 'outcome.serviceRefused',
};

export const statusKeys: Record<CriterionStatus, UiKey> = {
  demonstrated: 'debrief.demonstrated',
  'not-demonstrated': 'debrief.notDemonstrated',
  'not-observed': 'debrief.notObserved',
};

export const channelKeys: Record<Channel, UiKey> = { 'face-to-face': 'channel.faceToFace', telephone: 'channel.telephone', written: 'channel.written' };

export const kindKeys: Record<Kind, UiKey> = { difficult: 'kind.difficult', telephone: 'kind.telephone', complaint: 'kind.complaint', 'language-divide': 'kind.languageDivide' };
