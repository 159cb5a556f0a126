/**
 * Every word the printed report uses. English by default; a page with i18next
 * passes its own translations, so the export module itself needs no i18n.
 */
import type { CriterionStatus } from '../../engine/types.ts';

export interface ReportLabels {
  title: string;
  /** A practice transcript is never presented as an assessment record. */
  practiceTitle: string;
  practiceNotice: string;
  learner: string;
  scenario: string;
  date: string;
  mode: string;
  modes: Record<'practice' | 'assessment', string>;
  outcome: string;
  /** Words for the ending's outcome code; the code itself when absent. */
  outcomes?: Record<string, string>;
  score: string;
  scoreValue: (percent: number, met: number, total: number) => string;
  result: string;
  passed: string;
  notYet: (mark: number) => string;
  missedCritical: (codes: string) => string;
  verification: string;
  criteria: string;
  code: string;
  criterion: string;
  status: string;
  turns: string;
  statuses: Record<CriterionStatus, string>;
  assessor: string;
  agrees: string;
  overridden: (status: string, reason: string) => string;
  notJudged: string;
  dialogue: string;
  turn: (n: number) => string;
  customer: string;
  gloss: string;
  reply: string;
  waited: (seconds: number) => string;
  met: string;
  missed: string;
  review: string;
  comments: string;
  aboutTurn: (n: number) => string;
  noComments: string;
  signedBy: string;
  signedAt: string;
  notSigned: string;
  footer: (engine: string, hash: string) => string;
}

export const englishReportLabels: ReportLabels = {
  title: 'Customer service conversation: assessment record',
  practiceTitle: 'Customer service conversation: practice record',
  practiceNotice: 'Made in practice mode. This is not an assessment record and is not evidence towards any unit.',
  learner: 'Learner',
  scenario: 'Scenario',
  date: 'Date',
  mode: 'Mode',
  modes: { practice: 'Practice', assessment: 'Assessment' },
  outcome: 'Outcome',
  score: 'Score',
  scoreValue: (percent, met, total) => `${percent}% (${met} of ${total} weighted evidence met)`,
  result: 'Result',
  passed: 'Passed',
  notYet: (mark) => `Not yet (pass mark ${mark}%)`,
  missedCritical: (codes) => `Critical criteria not demonstrated: ${codes}`,
  verification: 'Verification',
  criteria: 'Performance criteria',
  code: 'Code',
  criterion: 'Criterion',
  status: 'Status',
  turns: 'Turns',
  statuses: { demonstrated: 'Demonstrated', 'not-demonstrated': 'Not demonstrated', 'not-observed': 'Not observed' },
  assessor: 'Assessor',
  agrees: 'Agrees',
  overridden: (status, reason) => `Overridden: ${status}. ${reason}`,
  notJudged: 'Not judged',
  dialogue: 'Dialogue',
  turn: (n) => `Turn ${n}`,
  customer: 'Customer',
  gloss: 'Meaning',
  reply: 'Learner',
  waited: (s) => `(no reply: left the customer waiting ${s} s)`,
  met: 'met',
  missed: 'not met',
  review: 'Assessor review',
  comments: 'Comments',
  aboutTurn: (n) => `On turn ${n}`,
  noComments: 'No comments.',
  signedBy: 'Signed by',
  signedAt: 'Signed on',
  notSigned: 'Not signed off',
  footer: (engine, hash) => `Rapport engine ${engine}; scenario content hash ${hash}`,
};
