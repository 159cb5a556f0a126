/** The telephone's call timer: seconds on the call so far. */
import type { SessionView } from '../../../engine/types.ts';
import type { Play } from '../../app/play.ts';

/** From answering a ringing phone (or the start), stopping when the conversation ends; none while it rings. */
export function callSeconds(play: Play, view: SessionView, now: number): number | undefined {
  if (view.phone === 'ringing') return undefined;
  const answeredOnFirstTurn = play.scenario.nodes[play.scenario.start]?.phone === 'ringing';
  const from = answeredOnFirstTurn ? play.turns[0]?.at : play.startedAt;
  if (!from) return undefined;
  const to = view.ended ? Date.parse(play.turns.at(-1)?.at ?? from) : now;
  return (to - Date.parse(from)) / 1000;
}
