/**
 * The messages between the projected window and the tutor window, on one
 * BroadcastChannel per origin (a browser keeps one play in progress, so one
 * presentation). The projected window owns the play: it answers "hello" with
 * the state, sends it after every change, and says "away" when it stops
 * presenting or its page goes. The tutor window only sends commands. Either
 * can reload: the play is saved after every change and the tutor window asks
 * again, so both come back to the same point. Messages are checked before
 * use, as anything read from outside the page is.
 */
import { TUTOR_FORMAT, type TutorSnapshot } from './tutorSnapshot.ts';

export const TUTOR_CHANNEL = 'rapport-presenter';

/** The point of the conversation a command was given at: a choice or a vote meant for one point is never applied at another. */
export interface At {
  turn: number;
  nodeId: string;
}

export type TutorCommand =
  | { name: 'reveal' }
  | { name: 'notes' }
  | { name: 'next' }
  | { name: 'wait' }
  | { name: 'back'; turns: number }
  | { name: 'choose'; choice: number; at: At }
  | { name: 'vote'; position: number; delta: 1 | -1; at: At }
  | { name: 'setVotes'; choice: number; count: number; at: At };

export type ToTutor = { type: 'state'; snapshot: TutorSnapshot } | { type: 'away' };
export type ToProjected = { type: 'hello' } | { type: 'command'; command: TutorCommand };

/** What both ends need of a BroadcastChannel; tests pass an in-memory one. */
export interface Channel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export type OpenChannel = () => Channel | undefined;

/** The browser's channel, or undefined where there is none (the projected screen then works alone). */
export const browserChannel: OpenChannel = () => (typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(TUTOR_CHANNEL));

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1000;

function readAt(raw: unknown): At | undefined {
  return isObject(raw) && typeof raw.turn === 'number' && Number.isInteger(raw.turn) && raw.turn >= 0 && typeof raw.nodeId === 'string' ? { turn: raw.turn, nodeId: raw.nodeId } : undefined;
}

export function readCommand(raw: unknown): TutorCommand | undefined {
  if (!isObject(raw)) return undefined;
  const at = readAt(raw.at);
  switch (raw.name) {
    case 'reveal':
    case 'notes':
    case 'next':
    case 'wait':
      return { name: raw.name };
    case 'back':
      return isIndex(raw.turns) && raw.turns > 0 ? { name: 'back', turns: raw.turns } : undefined;
    case 'choose':
      return at && isIndex(raw.choice) ? { name: 'choose', choice: raw.choice, at } : undefined;
    case 'vote':
      return at && isIndex(raw.position) && (raw.delta === 1 || raw.delta === -1) ? { name: 'vote', position: raw.position, delta: raw.delta, at } : undefined;
    case 'setVotes':
      return at && isIndex(raw.choice) && typeof raw.count === 'number' && Number.isFinite(raw.count) ? { name: 'setVotes', choice: raw.choice, count: raw.count, at } : undefined;
    default:
      return undefined;
  }
}

export function readToProjected(raw: unknown): ToProjected | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.type === 'hello') return { type: 'hello' };
  if (raw.type !== 'command') return undefined;
  const command = readCommand(raw.command);
  return command ? { type: 'command', command } : undefined;
}

/** The state is drawn with textContent only; here only that it is ours and of this version. */
export function readToTutor(raw: unknown): ToTutor | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.type === 'away') return { type: 'away' };
  if (raw.type !== 'state' || !isObject(raw.snapshot) || raw.snapshot.format !== TUTOR_FORMAT) return undefined;
  const s = raw.snapshot;
  if (!Array.isArray(s.options) || !Array.isArray(s.turns) || !isObject(s.line) || !isObject(s.scenario)) return undefined;
  return { type: 'state', snapshot: s as unknown as TutorSnapshot };
}
