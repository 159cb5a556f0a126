/**
 * What the tutor window shows, as plain data built from the projected
 * window's play: the current point (line, notes, each option with its votes
 * and what its feedback will say), the last response and whether its
 * feedback is up, and the turns so far. The projected window owns the play
 * and sends this after every change; the tutor window draws it and sends
 * commands back (tutorChannel.ts). No DOM here.
 */
import type { CustomerLine } from '../../scenario/dialogue.ts';
import type { Outcome } from '../../scenario/schema.ts';
import type { TurnAction } from '../../engine/types.ts';
import { feedbackFor, optionFeedback, type FeedbackItem } from './feedback.ts';
import type { Play } from './play.ts';
import { isRevealed, tallyFor } from './presenter.ts';

export const TUTOR_FORMAT = 'rapport-tutor/1';

export interface TutorOption {
  choice: number;
  /** 0-based place on the projected screen (its key is position + 1). */
  position: number;
  text: string;
  votes: number;
  feedback: FeedbackItem[];
  tip?: string;
}

export interface TutorTurn {
  index: number;
  action: TurnAction;
}

export interface TutorSnapshot {
  format: typeof TUTOR_FORMAT;
  scenario: { id: string; title: string; role: string };
  /** Which screen the projected window shows: the conversation, or the debrief once the class has gone on to it. */
  screen: 'conversation' | 'debrief';
  turn: number;
  nodeId: string;
  line: CustomerLine;
  action?: string;
  notes?: string;
  notesOnScreen: boolean;
  /** Seconds the customer would wait, when a timer is held for the tutor. */
  timer?: number;
  ended?: { outcome: Outcome; summary?: string };
  options: TutorOption[];
  totalVotes: number;
  last?: TutorTurn & { revealed: boolean; feedback: FeedbackItem[]; tip?: string };
  turns: TutorTurn[];
  branches: number;
}

export function tutorSnapshot(play: Play, screen: TutorSnapshot['screen']): TutorSnapshot | undefined {
  const state = play.presenter;
  if (!state) return undefined;
  const view = play.view();
  const counts = tallyFor(state, view.turn, view.nodeId);
  const options = view.options.map((o, position): TutorOption => {
    const { items, tip } = optionFeedback(play.scenario, view.nodeId, o.choice);
    return { choice: o.choice, position, text: o.text, votes: counts[String(o.choice)] ?? 0, feedback: items, ...(tip ? { tip } : {}) };
  });
  const last = play.turns.at(-1);
  const lastTip = last?.action.kind === 'choice' ? last.offered.find((o) => last.action.kind === 'choice' && o.choice === last.action.choice)?.tip : undefined;
  const snapshot: TutorSnapshot = {
    format: TUTOR_FORMAT,
    scenario: { id: play.scenario.id, title: play.scenario.title, role: play.scenario.role },
    screen,
    turn: view.turn,
    nodeId: view.nodeId,
    line: view.line,
    notesOnScreen: !state.notesHidden,
    options,
    totalVotes: options.reduce((sum, o) => sum + o.votes, 0),
    turns: play.turns.map((turn) => ({ index: turn.index, action: turn.action })),
    branches: state.branches.length,
  };
  if (view.action) snapshot.action = view.action;
  if (view.notes) snapshot.notes = view.notes;
  if (view.timer && !view.ended) snapshot.timer = view.timer.seconds;
  if (view.ended) snapshot.ended = view.ended;
  if (last) snapshot.last = { index: last.index, action: last.action, revealed: isRevealed(state, last.index), feedback: feedbackFor(last), ...(lastTip ? { tip: lastTip } : {}) };
  return snapshot;
}
