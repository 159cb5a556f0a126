import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/support/scenarios.ts';
import { verify } from '../../engine/verify.ts';
import { scenarioHash } from '../../scenario/load.ts';
import { cardOf, type LibraryEntry } from '../../web/scenarioCatalogue.ts';
import { Play } from './play.ts';
import {
  abandonedTurns,
  addTally,
  emptyPresenter,
  isRevealed,
  leadingChoice,
  leaveBranch,
  parsePresenter,
  presenterProblem,
  reveal,
  setTally,
  tallyFor,
  toggleNotes,
} from './presenter.ts';

const scenario = fixture('tiny-counter.yaml');
const entry: LibraryEntry = { file: 'scenarios/tiny-counter.yaml', scenario, hash: scenarioHash(scenario), card: cardOf(scenario) };

describe('presenter state', () => {
  it('reveals a turn once and keeps the list ordered', () => {
    let s = emptyPresenter();
    expect(isRevealed(s, 0)).toBe(false);
    s = reveal(reveal(reveal(s, 2), 0), 2);
    expect(s.revealed).toEqual([0, 2]);
    expect(isRevealed(s, 2)).toBe(true);
  });

  it('keeps the tutor notes off the projected screen until the tutor shows them', () => {
    expect(emptyPresenter().notesHidden).toBe(true);
    const s = toggleNotes(emptyPresenter());
    expect(s.notesHidden).toBe(false);
    expect(toggleNotes(s).notesHidden).toBe(true);
  });

  it('names the option the class chose outright, and none on a tie or without votes', () => {
    expect(leadingChoice({ '0': 3, '2': 7, '1': 0 })).toBe(2);
    expect(leadingChoice({ '0': 4, '1': 4, '2': 1 })).toBeUndefined();
    expect(leadingChoice({ '0': 0 })).toBeUndefined();
    expect(leadingChoice({})).toBeUndefined();
  });

  it('tallies votes per turn and node, clamped to whole numbers from 0 to 999', () => {
    let s = addTally(emptyPresenter(), 0, 'greet', 1, 1);
    s = addTally(s, 0, 'greet', 1, 1);
    s = setTally(s, 0, 'greet', 0, 12.7);
    s = setTally(s, 1, 'problem', 0, -4);
    s = setTally(s, 1, 'other', 0, 5000);
    expect(tallyFor(s, 0, 'greet')).toEqual({ '0': 12, '1': 2 });
    expect(tallyFor(s, 1, 'problem')).toEqual({ '0': 0 });
    expect(tallyFor(s, 1, 'other')).toEqual({ '0': 999 });
    expect(tallyFor(s, 2, 'greet')).toEqual({});
    expect(s.tally.map((e) => `${e.turn}:${e.nodeId}`)).toEqual(['0:greet', '1:other', '1:problem']);
  });

  it('keeps the abandoned turns as a branch and forgets reveals past the step back', () => {
    const play = Play.start(entry, 'Tutor', { presenter: true });
    play.choose(0);
    play.choose(1);
    const path = play.turns;
    const voted = setTally(setTally(reveal(reveal(emptyPresenter(), 0), 1), 0, 'greet', 0, 6), 1, 'problem', 1, 4);
    const s = leaveBranch(voted, path, 1, '2026-01-01T00:00:00.000Z');
    expect(s.branches).toHaveLength(1);
    expect(s.branches[0]!.from).toBe(1);
    // Votes on the path kept stay; the vote on the point gone back to stays too, and goes with the branch that answered it.
    expect(tallyFor(s, 0, 'greet')).toEqual({ '0': 6 });
    expect(tallyFor(s, 1, 'problem')).toEqual({ '1': 4 });
    const back = leaveBranch(s, path.slice(0, 1), 0, '2026-01-01T00:01:00.000Z');
    expect(back.tally).toEqual([{ turn: 0, nodeId: 'greet', counts: { '0': 6 } }]);
    expect(back.branches[1]!.tally).toEqual([{ turn: 0, nodeId: 'greet', counts: { '0': 6 } }, { turn: 1, nodeId: 'problem', counts: { '1': 4 } }]);
    expect(s.branches[0]!.tally).toEqual([{ turn: 1, nodeId: 'problem', counts: { '1': 4 } }]);
    expect(presenterProblem(JSON.parse(JSON.stringify(s)))).toBeUndefined();
    expect(abandonedTurns(s.branches[0]!).map((t) => t.nodeId)).toEqual(['problem']);
    expect(s.revealed).toEqual([0]);
    expect(leaveBranch(s, path, 2, 'x')).toBe(s);
    play.stop();
  });

  it('accepts its own shape and names what is wrong with another', () => {
    const good = addTally(emptyPresenter(), 0, 'greet', 0, 3);
    expect(presenterProblem(JSON.parse(JSON.stringify(good)))).toBeUndefined();
    expect(parsePresenter(good)).toEqual(good);
    expect(presenterProblem(null)).toMatch(/not an object/);
    expect(presenterProblem({ ...good, format: 'other' })).toMatch(/format/);
    expect(presenterProblem({ ...good, revealed: ['1'] })).toMatch(/revealed/);
    expect(presenterProblem({ ...good, tally: [{ turn: 0, nodeId: 'greet', counts: { '0': -1 } }] })).toMatch(/tally entry 1/);
    expect(presenterProblem({ ...good, tally: [{ turn: 0, nodeId: 'greet', counts: { x: 1 } }] })).toMatch(/tally entry 1/);
    expect(presenterProblem({ ...good, branches: [{ from: 2, path: [{}], leftAt: 'x' }] })).toMatch(/no abandoned turns/);
    expect(presenterProblem({ ...good, branches: [{ from: 0, path: [{}], leftAt: 'x', tally: [{ turn: 1, nodeId: 'n', counts: { '0': 1.5 } }] }] })).toMatch(/explored branch 1: tally entry 1/);
    expect(parsePresenter({ ...good, notesHidden: 'yes' })).toBeUndefined();
  });
});

describe('a presented play', () => {
  it('steps back any number of turns, keeps every explored branch, and its final transcript verifies', () => {
    const play = Play.start(entry, 'Tutor', { presenter: true });
    const seen: number[] = [];
    play.subscribe((v) => seen.push(v.turn));
    play.choose(1); // "Yes?"
    play.choose(1); // "That's not my department.": patience runs out, the customer leaves
    expect(play.view().ended?.outcome).toBe('customer-left');

    play.stepBack(2);
    expect(play.turns).toHaveLength(0);
    expect(play.view().nodeId).toBe('greet');
    expect(seen.at(-1)).toBe(0);
    const first = play.presenter!.branches[0]!;
    expect(first.from).toBe(0);
    expect(first.outcome).toBe('customer-left');
    expect(abandonedTurns(first).map((t) => t.action.kind === 'choice' && t.action.text)).toEqual(['Yes?', "That's not my department."]);

    play.choose(0);
    play.choose(1);
    play.stepBack(1);
    expect(play.turns).toHaveLength(1);
    expect(play.presenter!.branches).toHaveLength(2);
    expect(play.presenter!.branches[1]!.from).toBe(1);
    expect(play.presenter!.branches[1]!.outcome).toBeUndefined();

    play.choose(0);
    expect(play.view().ended?.outcome).toBe('resolved');
    const transcript = play.transcript();
    expect(transcript.turns).toHaveLength(2);
    expect(verify(JSON.parse(JSON.stringify(transcript)), scenario)).toEqual({ ok: true, turns: 2 });
    play.stop();
  });

  it('keeps the classroom record through save and resume', () => {
    const play = Play.start(entry, 'Tutor', { presenter: true });
    play.choose(1);
    play.updatePresenter((s) => addTally(reveal(s, 0), 0, 'greet', 1, 7));
    play.stepBack(1);
    const saved = JSON.parse(JSON.stringify(play.save()));
    play.stop();
    const again = Play.resume(entry, saved);
    expect(again.presenter?.branches).toHaveLength(1);
    expect(tallyFor(again.presenter!, 0, 'greet')).toEqual({ '1': 7 });
    expect(again.presenter?.revealed).toEqual([]);
    again.stop();
  });

  it('tells listeners when the classroom record changes', () => {
    const play = Play.start(entry, 'Tutor', { presenter: true });
    let calls = 0;
    const off = play.subscribe(() => calls++);
    play.updatePresenter((s) => toggleNotes(s));
    expect(calls).toBe(1);
    off();
    play.updatePresenter((s) => toggleNotes(s));
    expect(calls).toBe(1);
    play.stop();
  });

  it('holds the customer timer for the tutor, who lets it run out with wait()', async () => {
    const play = Play.start(entry, 'Tutor', { presenter: true });
    play.choose(0);
    play.choose(2); // fetch the manager: a 30-second timer
    expect(play.view().timer).toEqual({ seconds: 30 });
    await new Promise((r) => setTimeout(r, 20));
    expect(play.view().nodeId).toBe('manager');
    const turn = play.wait();
    expect(turn.action).toEqual({ kind: 'timeout', seconds: 30 });
    expect(play.view().ended?.outcome).toBe('customer-left');
    expect(verify(play.transcript(), scenario).ok).toBe(true);
    play.stop();
  });

  it('does not record branches for a learner\'s own play, and an ordinary play has no classroom record', () => {
    const play = Play.start(entry, 'Learner');
    play.choose(0);
    play.stepBack(1);
    expect(play.presenter).toBeUndefined();
    expect(play.save().presenter).toBeUndefined();
    expect(play.turns).toHaveLength(0);
    play.stop();
  });

  it('rebuilds a finished play from its transcript with the same record', () => {
    const play = Play.start(entry, 'Tutor', { presenter: true });
    play.choose(0);
    play.choose(0);
    const transcript = JSON.parse(JSON.stringify(play.transcript()));
    const back = Play.fromTranscript(entry, transcript, play.presenter);
    expect(back.transcript()).toEqual(transcript);
    expect(back.ended).toBe(true);
    play.stop();
    back.stop();
  });
});
