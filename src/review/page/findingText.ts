/** What an opened file's finding means, in the interface language, for badges and the record's heading. */
import { t, type UiKey } from '../../web/i18n/i18n.ts';
import type { Transcript } from '../../engine/transcript.ts';
import type { Finding, OpenedRecord } from '../openRecord.ts';
import { tamperSentence } from './tamperText.ts';

export const badgeKeys: Record<Finding['kind'], UiKey> = {
  verified: 'review.badgeVerified',
  diverges: 'review.badgeDiverges',
  'unknown-scenario': 'review.badgeUnknown',
  'engine-version': 'review.badgeVersion',
  'scenario-version': 'review.badgeVersion',
  'not-json': 'review.badgeUnreadable',
  'not-transcript': 'review.badgeUnreadable',
};

/** One sentence saying what was found: for a file that does not verify, which turn and what changed, in plain words. */
export function findingText(f: Finding, transcript?: Transcript): string {
  switch (f.kind) {
    case 'verified':
      return t('review.verified', { turns: f.turns });
    case 'diverges':
      return tamperSentence(f, transcript);
    case 'unknown-scenario':
      return t('review.unknownScenario', { id: f.id });
    case 'scenario-version':
      return t('review.scenarioVersion', { id: f.id });
    case 'engine-version':
      return t('review.engineVersion', { recorded: f.recorded, current: f.current });
    case 'not-json':
      return t('review.notJson', { message: f.message });
    case 'not-transcript':
      return t('review.notTranscript', { path: f.path, message: f.message });
  }
}

/** A value from the transcript or the replay as readable text (JSON, kept short). */
export function shownValue(v: unknown): string {
  if (v === undefined) return '(nothing)';
  const text = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, null, 1);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** Only a verified assessment is an assessment record: judged, signed off, exported as one. */
export const isReviewable = (r: OpenedRecord): boolean => r.finding.kind === 'verified' && r.transcript?.mode === 'assessment';
