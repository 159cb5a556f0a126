/**
 * Every word the printed report uses, in the interface language: the report's
 * builder takes them as data, so it can be tested and printed in any language.
 */
import { accessWords, type AccessWords } from '../accessArrangement.ts';
import { uiLanguage } from '../dates.ts';
import type { CriterionStatus } from '../../engine/types.ts';
import { currentLanguage, t } from '../i18n/i18n.ts';
import { outcomeKeys, statusKeys } from '../i18n/valueKeys.ts';

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
  /** The learner's access arrangement (timers off or extended), shown when the transcript has one. */
  access: string;
  accessWords: AccessWords;
}

export function reportLabels(): ReportLabels {
  return {
    title: t('report.title'),
    practiceTitle: t('report.practiceTitle'),
    practiceNotice: t('report.practiceNotice'),
    learner: t('report.learner'),
    scenario: t('report.scenario'),
    date: t('report.date'),
    mode: t('report.mode'),
    modes: { practice: t('report.practice'), assessment: t('report.assessment') },
    outcome: t('report.outcome'),
    outcomes: Object.fromEntries(Object.entries(outcomeKeys).map(([o, key]) => [o, t(key)])),
    score: t('report.score'),
    scoreValue: (percent, met, total) => t('report.scoreValue', { percent, met, total }),
    result: t('report.result'),
    passed: t('report.passed'),
    notYet: (mark) => t('report.notYet', { mark }),
    missedCritical: (codes) => t('report.missedCritical', { codes }),
    verification: t('report.verification'),
    criteria: t('report.criteria'),
    code: t('report.code'),
    criterion: t('report.criterion'),
    status: t('report.status'),
    turns: t('report.turns'),
    statuses: { demonstrated: t(statusKeys.demonstrated), 'not-demonstrated': t(statusKeys['not-demonstrated']), 'not-observed': t(statusKeys['not-observed']) },
    assessor: t('report.assessor'),
    agrees: t('report.agrees'),
    overridden: (status, reason) => t('report.overridden', { status, reason }),
    notJudged: t('report.notJudged'),
    dialogue: t('report.dialogue'),
    turn: (n) => t('report.turn', { n }),
    customer: t('report.customer'),
    gloss: t('report.gloss'),
    reply: t('report.reply'),
    waited: (seconds) => t('report.waited', { seconds }),
    met: t('report.met'),
    missed: t('report.missed'),
    review: t('report.review'),
    comments: t('report.comments'),
    aboutTurn: (n) => t('report.aboutTurn', { n }),
    noComments: t('report.noComments'),
    signedBy: t('report.signedBy'),
    signedAt: t('report.signedAt'),
    access: t('judging.access'),
    accessWords: accessWords(),
    notSigned: t('report.notSigned'),
    footer: (engine, hash) => t('report.footer', { engine, hash }),
  };
}

/** What the report needs besides its words: the language and locale it is printed in. */
export function reportLanguage(): { lang: string; locale: string } {
  // Dates are formatted in the report's language; where the browser has no data for it, with the interface's own month names (dates.ts).
  return { lang: currentLanguage() || 'en-GB', locale: uiLanguage() };
}
