/**
 * Pass or "not yet", and why: the mark against the score, and each critical
 * criterion that was not demonstrated, by code and wording, with whether it
 * was shown badly or never shown. Read from the transcript's pass result, so
 * the debrief says exactly what the record and the review page say.
 */
import type { PassResult } from '../engine/passRule.ts';
import type { Transcript } from '../engine/transcript.ts';
import { criterionLabel, criterionText } from './criterionLabel.ts';
import { t } from './i18n/i18n.ts';
import { el } from './dom.ts';

/** Each critical criterion missed, by code and wording; one never shown on the path is said to be not observed. */
function missedCritical(transcript: Transcript, pass: PassResult): HTMLElement {
  const status = new Map(transcript.rollUp.criteria.map((c) => [c.code, c.status]));
  return el(
    'ul',
    { class: 'missed-critical' },
    ...pass.missedCritical.map((code) =>
      el('li', { 'data-criterion': code }, criterionLabel(code), status.get(code) === 'not-demonstrated' ? false : ` ${t('pass.notObserved')}`),
    ),
  );
}

/**
 * The verdict in one sentence, consistent with its reason: "Not yet: you met 90% of the evidence, but give clear
 * statements of your organisation's position (C4.2.5), which this scenario requires, was not shown; turn 4 was
 * the chance." Each critical criterion missed names the first turn that judged it, or says the path never reached it.
 */
export function verdictSentence(transcript: Transcript, critical: readonly string[]): string {
  const pass = transcript.pass;
  if (!pass) return t('pass.unfinished');
  if (pass.passed) return critical.length > 0 ? `${t('pass.sayPassed', { percent: pass.percent, mark: pass.mark })} ${t('pass.sayAllCritical')}` : t('pass.sayPassed', { percent: pass.percent, mark: pass.mark });
  const turns = new Map(transcript.rollUp.criteria.map((c) => [c.code, c.turns]));
  const missed = pass.missedCritical.map((code) => {
    const first = turns.get(code)?.[0];
    return first === undefined ? t('pass.sayMissedNever', { criterion: criterionText(code) }) : t('pass.sayMissedAt', { criterion: criterionText(code), turn: first + 1 });
  });
  const below = pass.percent < pass.mark ? t('pass.sayBelowMark', { mark: pass.mark }) : '';
  const but = missed.length > 0 ? `${t('pass.sayBut')}${missed.join(t('pass.sayAnd'))}` : '';
  return `${t('pass.sayNotYet', { percent: pass.percent })}${below}${but}.`;
}

export function passView(transcript: Transcript, critical: readonly string[]): HTMLElement {
  const pass: PassResult | undefined = transcript.pass;
  if (!pass) return el('div', { class: 'pass-result', 'data-pass': 'none' }, el('p', {}, t('pass.unfinished')));
  const reasons: (HTMLElement | false)[] = [
    el('p', { class: pass.percent >= pass.mark ? 'pass-mark is-met' : 'pass-mark is-missed' }, t(pass.percent >= pass.mark ? 'pass.markMet' : 'pass.markMissed', { percent: pass.percent, mark: pass.mark })),
  ];
  if (critical.length === 0) reasons.push(el('p', {}, t('pass.noCritical')));
  else if (pass.missedCritical.length === 0) reasons.push(el('p', {}, t('pass.allCritical')));
  else reasons.push(el('p', {}, t('pass.criticalMissed')), missedCritical(transcript, pass));
  return el(
    'div',
    { class: 'pass-result', 'data-pass': pass.passed ? 'passed' : 'not-yet' },
    el('p', { class: pass.passed ? 'verdict is-pass' : 'verdict is-not-yet' }, verdictSentence(transcript, critical)),
    ...reasons,
  );
}

/** Why an attempt has not passed yet: the mark, if below it, and each critical criterion missed. Empty when it passed or is unfinished. */
export function notYetReasons(transcript: Transcript): HTMLElement {
  const pass = transcript.pass;
  const out = el('div', { class: 'pass-why' });
  if (!pass || pass.passed) return out;
  if (pass.percent < pass.mark) out.append(el('p', {}, t('pass.markMissed', { percent: pass.percent, mark: pass.mark })));
  if (pass.missedCritical.length > 0) out.append(el('p', {}, t('pass.criticalMissed')), missedCritical(transcript, pass));
  return out;
}

/** Says what kind of record this is, so a practice attempt is never mistaken for an assessment. */
export function recordKind(transcript: Transcript, language: string): HTMLElement {
  return el(
    'p',
    { class: `record-kind is-${transcript.mode}`, 'data-mode': transcript.mode },
    transcript.mode === 'assessment'
      ? t('mode.assessmentRecord', { learner: transcript.learner, date: new Date(transcript.startedAt).toLocaleDateString(language) })
      : t('mode.practiceRecord'),
  );
}
