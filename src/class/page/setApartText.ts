/**
 * Why an attempt was not counted, in plain words in the interface language:
 * the turn and what changed, never a data path.
 */
import { t, type UiKey } from '../../web/i18n/i18n.ts';
import type { SetApartReason } from '../countedAttempts.ts';

/** What a changed turn field is, to a tutor: `evidence.0.met` is the judgement of a criterion. */
const turnParts: [RegExp, UiKey][] = [
  [/^action/, 'class.partResponse'],
  [/^evidence/, 'class.partEvidence'],
  [/^meters/, 'class.partMeters'],
  [/^line/, 'class.partLine'],
  [/^offered/, 'class.partOffered'],
  [/^to$/, 'class.partTo'],
  [/^at$/, 'class.partAt'],
];

/** Changes to the whole record, told as what was changed. */
const recordParts: [RegExp, UiKey][] = [
  [/^rollUp/, 'class.partScore'],
  [/^pass/, 'class.partPass'],
  [/^mode/, 'class.partMode'],
  [/^learner/, 'class.partLearner'],
  [/^(endedAt|outcome)/, 'class.partEnding'],
  [/^(seed|startedAt)/, 'class.partStart'],
];

const partOf = (table: [RegExp, UiKey][], field: string): UiKey | undefined => table.find(([re]) => re.test(field))?.[1];

function divergence(r: Extract<SetApartReason, { kind: 'diverges' }>): string {
  if (r.turn !== undefined) {
    const turn = r.turn + 1;
    // A replay that could not take the recorded action: the response is not one offered there.
    if (!('recorded' in r) && r.field === 'action') return t('class.notOffered', { turn });
    if (!('recorded' in r)) return t('class.replayStopped', { turn, reason: r.reason });
    return t('class.changedAtTurn', { turn, part: t(partOf(turnParts, r.field ?? '') ?? 'class.partRecord') });
  }
  const whole = r.field ? partOf(recordParts, r.field) : undefined;
  return whole ? t('class.changedField', { part: t(whole) }) : t('class.changedOther', { reason: r.reason });
}

export function setApartText(r: SetApartReason, sourceName: (source: string) => string): string {
  switch (r.kind) {
    case 'diverges':
      return divergence(r);
    case 'duplicate':
      return t('class.duplicate', { other: sourceName(r.of) });
    case 'too-big':
      return t('class.tooBig');
    case 'unreadable':
      return t('class.unreadable', { message: r.message });
    case 'scenario-unavailable':
      return t('class.scenarioUnavailable', { id: r.id, message: r.message });
    case 'history-refused':
      // The history's own words for a refused export, as its import gives them.
      return t('class.historyRefused', { message: t(`history.refusal.${r.refusal.key}`, 'params' in r.refusal ? r.refusal.params : undefined) });
    case 'not-json':
      return t('class.notJson');
    case 'not-transcript':
      return t('class.notTranscript');
    case 'unknown-scenario':
      return t('class.unknownScenario', { id: r.id });
    case 'scenario-version':
      return t('class.scenarioVersion', { id: r.id });
    case 'engine-version':
      return t('class.engineVersion', { recorded: r.recorded, current: r.current });
  }
}
