/**
 * Every kind of difference verify reports, said in plain words naming the turn
 * and what changed. Each edit is made to a real transcript (played through a
 * bundled scenario), opened as the page opens it; the differences no edit can
 * reach through the page (the file is refused earlier, or replay carries the
 * field through) are checked from the finding verify would give.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Transcript } from '../../engine/transcript.ts';
import { initI18n, setLanguage } from '../../web/i18n/i18n.ts';
import { openRecord } from '../openRecord.ts';
import { bankBest as playBank, billWorst as playBill, registry } from '../../../test/support/reviewRecords.ts';
import { findingText } from './findingText.ts';
import { whatChanged, type Divergence } from './tamperText.ts';

beforeAll(() => initI18n('en-GB'));

// As a file holds them: a played transcript shares objects between turns (one turn's meters after are the next one's before).
const bankBest = (): Transcript => JSON.parse(JSON.stringify(playBank()));
const billWorst = (): Transcript => JSON.parse(JSON.stringify(playBill()));
const missed = (tr: Transcript) => tr.rollUp.criteria.find((c) => c.status === 'not-demonstrated')!;

function opened(tr: Transcript): string {
  const record = openRecord('edited.json', JSON.stringify(tr), registry);
  expect(record.finding.kind).toBe('diverges');
  return findingText(record.finding, record.transcript);
}

type Edit = [string, () => Transcript, (tr: Transcript) => void, string | ((tr: Transcript) => string)];

const edits: Edit[] = [
  ['a response the scenario does not offer', bankBest, (tr) => ((tr.turns[2]!.action as { choice: number }).choice = 99), 'the response recorded at turn 3 is not one the scenario offers there'],
  ['a wait where nothing waits', bankBest, (tr) => (tr.turns[1]!.action = { kind: 'timeout', seconds: 30 }), 'turn 2 records the customer left waiting, but nothing in the scenario waits there'],
  ['a turn added after the end', bankBest, (tr) => void tr.turns.push({ ...structuredClone(tr.turns[6]!), index: 7 }), 'turns were added after the conversation ended at turn 7'],
  ['turns cut off the end', bankBest, (tr) => void tr.turns.splice(5), 'turns were removed after turn 5'],
  ['a time moved before the turn before it', bankBest, (tr) => (tr.turns[3]!.at = tr.turns[1]!.at.replace(/T.*/, 'T00:00:00.000Z')), 'the time of turn 4 is earlier than the turn before it'],
  ['an unreadable start time', bankBest, (tr) => (tr.startedAt = 'yesterday'), 'the start time cannot be read'],
  ['an end before the last turn', bankBest, (tr) => (tr.endedAt = tr.startedAt), 'the end time is earlier than the last turn'],
  ['an unknown mode', bankBest, (tr) => ((tr as { mode: string }).mode = 'exam'), 'the mode was changed to “exam”, which is neither practice nor assessment'],
  ['the learner left unnamed', bankBest, (tr) => (tr.learner = ' '), "the learner's name was removed from an assessment"],
  ['a renumbered turn', bankBest, (tr) => (tr.turns[1]!.index = 4), 'turn 2 is out of sequence: a turn before it was removed, added or moved'],
  ['a turn moved to another node', bankBest, (tr) => (tr.turns[1]!.nodeId = 'served'), "turn 2 is recorded at a point in the conversation that the learner's earlier responses do not lead to"],
  ["the customer's line", bankBest, (tr) => (tr.turns[1]!.line.text = 'Lovely weather.'), "the customer's line at turn 2 is not what the scenario says"],
  ["the line's meaning", bankBest, (tr) => (tr.turns[1]!.line.gloss = 'Something else.'), "the meaning given for the customer's line at turn 2 is not the scenario's"],
  ["the line's language", bankBest, (tr) => (tr.turns[0]!.line.lang = 'fr'), "the language of the customer's line at turn 1 was changed from en-GB to fr"],
  ['the responses offered', bankBest, (tr) => void tr.turns[2]!.offered.reverse(), 'the responses listed as offered at turn 3 are not the ones the scenario offers there, in that order'],
  ["the learner's words", bankBest, (tr) => ((tr.turns[0]!.action as { text: string }).text = 'Hello.'), "the learner's response at turn 1 was reworded"],
  ['a missed criterion marked met', billWorst, (tr) => (tr.turns[2]!.evidence[0]!.met = true), 'at turn 3, criterion A11.2.3 is recorded as met, but the response given there does not meet it'],
  ['a met criterion marked missed', bankBest, (tr) => (tr.turns[0]!.evidence[1]!.met = false), 'at turn 1, criterion A10.2.2 is recorded as not met, but the response given there meets it'],
  ['the criterion cited', bankBest, (tr) => (tr.turns[0]!.evidence[0]!.criterion = 'c4.1.1'), 'at turn 1, the criterion cited was changed from A10.1.8 to C4.1.1'],
  ["the evidence's weight", bankBest, (tr) => (tr.turns[0]!.evidence[0]!.weight = 9), (tr) => `at turn 1, the weight of the evidence for A10.1.8 was changed from ${tr.turns[0]!.evidence[0]!.weight} to 9`],
  ["the evidence's explanation", bankBest, (tr) => (tr.turns[0]!.evidence[0]!.why = 'Perfect.'), "at turn 1, the explanation of the evidence for A10.1.8 is not the scenario's"],
  ['evidence added', bankBest, (tr) => void tr.turns[2]!.evidence.push({ criterion: 'b2.1.3', met: true, weight: 1, why: 'Extra.' }), 'at turn 3, evidence for B2.1.3 was added that the scenario does not give'],
  ['evidence removed', bankBest, (tr) => void tr.turns[2]!.evidence.pop(), 'at turn 3, the evidence for A10.1.7 was removed'],
  ['a meter after a turn', bankBest, (tr) => (tr.turns[1]!.metersAfter.trust = 99), (tr) => `the customer's “trust” after turn 2 was changed from ${tr.turns[1]!.metersAfter.trust} to 99`],
  ['a meter before a turn', bankBest, (tr) => (tr.turns[1]!.metersBefore.mood = -5), (tr) => `the customer's “mood” before turn 2 was changed from ${tr.turns[1]!.metersBefore.mood} to -5`],
  ['where a turn led', bankBest, (tr) => (tr.turns[1]!.to = 'served'), 'where turn 2 led was changed'],
  ['the score', billWorst, (tr) => (tr.rollUp.percent = 90), 'the score was changed from 0% to 90%'],
  ['the evidence totals', billWorst, (tr) => (tr.rollUp.met = 5), (tr) => `the totals of weighted evidence were changed from ${tr.rollUp.met} to 5`],
  ["a criterion's status", billWorst, (tr) => (missed(tr).status = 'demonstrated'), (tr) => `the status of criterion ${missed(tr).code.toUpperCase()} was changed from not demonstrated to demonstrated`],
  ["a criterion's summary", billWorst, (tr) => (tr.rollUp.criteria[0]!.met = 1), (tr) => `the summary of criterion ${tr.rollUp.criteria[0]!.code.toUpperCase()} was changed`],
  ["an element's totals", billWorst, (tr) => (tr.rollUp.elements[0]!.met = 1), (tr) => `the totals for element ${tr.rollUp.elements[0]!.code.toUpperCase()} were changed`],
  ["a unit's totals", billWorst, (tr) => (tr.rollUp.units[0]!.met = 1), (tr) => `the totals for unit ${tr.rollUp.units[0]!.code.toUpperCase()} were changed`],
  ['the result', billWorst, (tr) => (tr.pass!.passed = true), 'the result was changed from “not yet” to “passed”'],
  ['the pass mark', billWorst, (tr) => (tr.pass!.mark = 0), 'the pass mark was changed from 70% to 0%'],
  ['the critical criteria missed', billWorst, (tr) => (tr.pass!.missedCritical = []), 'the critical criteria listed as missed were changed'],
  ['the result removed', billWorst, (tr) => void delete tr.pass, 'the result was removed, but the conversation had ended'],
  ['the outcome', billWorst, (tr) => (tr.outcome = 'resolved'), 'the way the conversation ended was changed from “the caller hung up” to “resolved”'],
  ['the end removed', billWorst, (tr) => void delete tr.endedAt, 'the end of the conversation was removed from the record'],
];

describe('the tamper report in plain words', () => {
  it.each(edits)('names %s', (_name, make, edit, expected) => {
    const tr = make();
    const before = structuredClone(tr);
    edit(tr);
    const sentence = opened(tr);
    expect(sentence).toMatch(/^Changed after it was recorded: .*\.$/);
    expect(sentence).toContain(typeof expected === 'string' ? expected : expected(before));
    // No data path reaches the assessor.
    expect(sentence).not.toMatch(/\b(evidence|metersAfter|metersBefore|rollUp|action|pass|line)\.\w|\.\d+\.[a-z]/i);
  });

  const finding = (f: Omit<Divergence, 'kind' | 'reason'> & { reason?: string }): Divergence => ({ kind: 'diverges', reason: 'engine words', ...f });
  it.each<[string, Divergence, string]>([
    ['a turn with no action', finding({ problem: 'no-action', turn: 2 }), 'turn 3 records nothing the learner did'],
    ['a changed wait', finding({ problem: 'turn-differs', turn: 3, field: 'action.seconds', recorded: 5, replayed: 30 }), 'the wait at turn 4 was changed from 30 s to 5 s'],
    ['a timer turn moved in time', finding({ problem: 'turn-differs', turn: 3, field: 'at', recorded: 'x', replayed: 'y' }), "the time of turn 4, which the scenario's timer sets, was changed"],
    ['a result added', finding({ problem: 'record-differs', field: 'pass', recorded: { passed: true }, replayed: undefined }), 'a result was added, but the conversation had not ended'],
    ['the mode', finding({ problem: 'record-differs', field: 'mode', recorded: 'assessment', replayed: 'practice' }), 'the mode was changed from practice to assessment'],
    ['the seed', finding({ problem: 'record-differs', field: 'seed', recorded: 1, replayed: 2 }), 'the seed that sets the order of the options was changed'],
    ['the start', finding({ problem: 'record-differs', field: 'startedAt', recorded: 'a', replayed: 'b' }), 'the start time was changed'],
    ["the learner's name", finding({ problem: 'record-differs', field: 'learner', recorded: 'Ann Lee', replayed: 'Sam Okafor' }), "the learner's name was changed from “Sam Okafor” to “Ann Lee”"],
    ['the end time', finding({ problem: 'record-differs', field: 'endedAt', recorded: 'a', replayed: 'b' }), 'the time the conversation ended was changed'],
    ['a file for another scenario', finding({ problem: 'scenario' }), 'the file is not a record this scenario and engine produce'],
    ['a broken replay', finding({ problem: 'replay-failed', reason: 'out of memory' }), 'the replay could not be completed (out of memory)'],
  ])('names %s', (_name, f, expected) => {
    expect(whatChanged(f)).toBe(expected);
  });

  it('speaks Welsh when the page does', () => {
    const tr = bankBest();
    (tr.turns[2]!.action as { choice: number }).choice = 99;
    setLanguage('cy');
    try {
      expect(opened(tr)).toBe("Newidiwyd ar ôl ei gofnodi: nid yw'r ymateb a gofnodwyd yn nhro 3 yn un y mae'r senario yn ei gynnig yno.");
    } finally {
      setLanguage('en-GB');
    }
  });
});
