import { describe, expect, it } from 'vitest';
import { addPageStrings, initI18n } from '../../web/i18n/i18n.ts';
import { classViewStrings } from '../../web/i18n/pageStrings.ts';
import { setApartText } from './setApartText.ts';
import { sourceName } from './format.ts';

initI18n('en-GB');
addPageStrings(classViewStrings);

describe('why an attempt was not counted, in plain words', () => {
  it('names the turn and what changed, never a data path', () => {
    expect(setApartText({ kind: 'diverges', problem: 'turn-differs', reason: 'turn 3 differs from the replay at evidence.0.met', turn: 2, field: 'evidence.0.met', recorded: true, replayed: false }, sourceName)).toBe(
      "it was changed after it was recorded: at turn 3, what it records of the judgement of a criterion is not what replaying the learner's choices gives",
    );
    expect(setApartText({ kind: 'diverges', problem: 'replay-failed', reason: 'the recorded action cannot be taken here: no option 7', turn: 4, field: 'action' }, sourceName)).toBe('the response recorded at turn 5 is not one the scenario offers there');
    expect(setApartText({ kind: 'diverges', problem: 'record-differs', reason: 'rollUp.percent differs from the replay', field: 'rollUp.percent', recorded: 90, replayed: 61.5 }, sourceName)).toBe(
      'it was changed after it was recorded: the score or the criteria summary was changed',
    );
    expect(setApartText({ kind: 'diverges', problem: 'record-differs', reason: 'mode differs from the replay', field: 'mode', recorded: 'assessment', replayed: 'practice' }, sourceName)).toContain('practice was changed to assessment');
  });

  it('says where the other copy of a duplicate is, and what else kept a file out', () => {
    expect(setApartText({ kind: 'duplicate', of: 'lrs:1234' }, sourceName)).toBe('the same attempt as Learning Record Store statement 1234, which is counted');
    expect(setApartText({ kind: 'duplicate', of: 'ivy.json#2' }, sourceName)).toBe('the same attempt as attempt 2 of ivy.json, which is counted');
    expect(setApartText({ kind: 'unknown-scenario', id: 'closed-branch' }, sourceName)).toContain('“closed-branch”');
    expect(setApartText({ kind: 'history-refused', refusal: { key: 'checksum' } }, sourceName)).toContain('its checksum does not match');
    expect(setApartText({ kind: 'not-json', message: 'Unexpected token' }, sourceName)).toBe('it is not a JSON file');
  });
});
