/**
 * A tutor's classroom record for one playthrough shown on a projector: which
 * turns' feedback has been revealed, the branches explored by stepping back
 * ("what if we had said…"), and how many learners voted for each option.
 * Plain JSON, kept in the play's save and in the attempt history. No DOM here.
 *
 * The transcript stays the canonical record of the final path (it verifies by
 * replay as any other); explored branches sit beside it, each a whole path
 * from the start so it can be replayed and checked on its own.
 */
import type { Outcome } from '../../scenario/schema.ts';
import type { Turn } from '../../engine/types.ts';

export const PRESENTER_FORMAT = 'rapport-presenter/1';

export interface ExploredBranch {
  /** Turns shared with the line it left: the tutor stepped back to just after turn `from`. */
  from: number;
  /** The whole path as it stood when the tutor stepped back; `path.slice(from)` are the abandoned turns. */
  path: Turn[];
  /** How that path had ended, if it had. */
  outcome?: Outcome;
  /** When the tutor stepped back. */
  leftAt: string;
  /** The class's votes at the abandoned turns, kept with them (absent in records made before votes moved with a branch). */
  tally?: TallyEntry[];
}

/** Votes for the options of one turn; keyed by turn number and node so a changed path never reuses a count. */
export interface TallyEntry {
  turn: number;
  nodeId: string;
  /** Authored choice index (as a string key) to number of learners. */
  counts: Record<string, number>;
}

export interface PresenterState {
  format: typeof PRESENTER_FORMAT;
  /** Turn indices whose feedback the tutor has shown to the class. */
  revealed: number[];
  /** Whether the tutor notes are kept off the projected screen: they are, until the tutor chooses to show them. */
  notesHidden: boolean;
  branches: ExploredBranch[];
  tally: TallyEntry[];
}

export const MAX_TALLY = 999;

export function emptyPresenter(): PresenterState {
  return { format: PRESENTER_FORMAT, revealed: [], notesHidden: true, branches: [], tally: [] };
}

export const isRevealed = (state: PresenterState, turn: number): boolean => state.revealed.includes(turn);

export function reveal(state: PresenterState, turn: number): PresenterState {
  return isRevealed(state, turn) ? state : { ...state, revealed: [...state.revealed, turn].sort((a, b) => a - b) };
}

export function toggleNotes(state: PresenterState): PresenterState {
  return { ...state, notesHidden: !state.notesHidden };
}

/**
 * The state after stepping back from `path` to keep its first `keep` turns:
 * the abandoned turns are kept as a branch with the class's votes on them,
 * and reveals of turns that no longer exist are forgotten (a new turn at that
 * number starts hidden). The vote on the decision the class goes back to
 * (turn `keep`) is in both: the branch's first turn answered it, and the
 * class is back at the same point with the same options.
 */
export function leaveBranch(state: PresenterState, path: readonly Turn[], keep: number, leftAt: string, outcome?: Outcome): PresenterState {
  if (keep >= path.length) return state;
  const from = Math.max(0, keep);
  const branch: ExploredBranch = { from, path: structuredClone([...path]), leftAt };
  if (outcome) branch.outcome = outcome;
  const left = state.tally.filter((e) => e.turn >= from);
  if (left.length > 0) branch.tally = left;
  return { ...state, branches: [...state.branches, branch], revealed: state.revealed.filter((i) => i < keep), tally: state.tally.filter((e) => e.turn <= from) };
}

export function tallyFor(state: PresenterState, turn: number, nodeId: string): Record<string, number> {
  return state.tally.find((e) => e.turn === turn && e.nodeId === nodeId)?.counts ?? {};
}

/** Sets how many learners chose `choice` at a turn; clamped to 0…999, whole numbers only. */
export function setTally(state: PresenterState, turn: number, nodeId: string, choice: number, count: number): PresenterState {
  const n = Number.isFinite(count) ? Math.min(MAX_TALLY, Math.max(0, Math.floor(count))) : 0;
  const counts = { ...tallyFor(state, turn, nodeId), [String(choice)]: n };
  const others = state.tally.filter((e) => !(e.turn === turn && e.nodeId === nodeId));
  return { ...state, tally: [...others, { turn, nodeId, counts }].sort((a, b) => a.turn - b.turn || a.nodeId.localeCompare(b.nodeId)) };
}

/** The option with the most votes, when one leads outright; undefined with no votes or a tie. */
export function leadingChoice(counts: Record<string, number>): number | undefined {
  const ranked = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return Number(first[0]);
}

export function addTally(state: PresenterState, turn: number, nodeId: string, choice: number, delta: number): PresenterState {
  return setTally(state, turn, nodeId, choice, (tallyFor(state, turn, nodeId)[String(choice)] ?? 0) + delta);
}

/** The abandoned turns of a branch, for showing: what was said, and where it led. */
export const abandonedTurns = (branch: ExploredBranch): Turn[] => branch.path.slice(branch.from);

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_TALLY;
const isTurnNumber = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Checks the shape of a presenter record read back from storage or a file.
 * Returns the reason it is unusable, or undefined when it is sound. Turns in
 * branches are checked by replay elsewhere (attemptsFile.ts); here only that
 * they are lists of objects.
 */
export function presenterProblem(raw: unknown): string | undefined {
  if (!isObject(raw)) return 'the classroom record is not an object';
  if (raw.format !== PRESENTER_FORMAT) return `the classroom record has format ${JSON.stringify(raw.format)}, expected ${PRESENTER_FORMAT}`;
  if (!Array.isArray(raw.revealed) || !raw.revealed.every(isTurnNumber)) return 'the list of revealed turns is not a list of turn numbers';
  if (typeof raw.notesHidden !== 'boolean') return 'whether notes are hidden is not true or false';
  if (!Array.isArray(raw.branches)) return 'the explored branches are not a list';
  for (const [i, b] of raw.branches.entries()) {
    if (!isObject(b) || !isTurnNumber(b.from) || !Array.isArray(b.path) || !b.path.every(isObject) || typeof b.leftAt !== 'string') return `explored branch ${i + 1} is not readable`;
    if (b.from >= b.path.length) return `explored branch ${i + 1} has no abandoned turns`;
    if (b.outcome !== undefined && typeof b.outcome !== 'string') return `explored branch ${i + 1} has an unreadable outcome`;
    if (b.tally !== undefined) {
      const problem = tallyProblem(b.tally);
      if (problem) return `explored branch ${i + 1}: ${problem}`;
    }
  }
  return tallyProblem(raw.tally);
}

function tallyProblem(tally: unknown): string | undefined {
  if (!Array.isArray(tally)) return 'the tally is not a list';
  for (const [i, e] of tally.entries()) {
    if (!isObject(e) || !isTurnNumber(e.turn) || typeof e.nodeId !== 'string' || !isObject(e.counts)) return `tally entry ${i + 1} is not readable`;
    if (!Object.entries(e.counts).every(([k, v]) => /^\d+$/.test(k) && isCount(v))) return `tally entry ${i + 1} has a count that is not a whole number from 0 to ${MAX_TALLY}`;
  }
  return undefined;
}

export function parsePresenter(raw: unknown): PresenterState | undefined {
  return presenterProblem(raw) === undefined ? (raw as PresenterState) : undefined;
}
