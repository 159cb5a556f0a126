/**
 * A finished transcript's statements to the LRS the settings name, with a
 * status line kept up to date. The LRS client (statements, their ids, the
 * queue) is fetched only when there is an LRS to send to, so a page without
 * one never loads it.
 */
import type { Transcript } from '../../engine/transcript.ts';
import type { Settings } from '../settings.ts';
import { lrsStatusText } from './lrsStatus.ts';

/** Starts sending; the function returned stops the status line following the queue. */
export function reportToLrs(settings: Settings, transcript: Transcript, href: string, status: HTMLElement): () => void {
  let stop = () => {};
  if (!settings.lrsEndpoint) return stop;
  let stopped = false;
  stop = () => {
    stopped = true;
  };
  void import('./lrsClient.ts').then(({ onLrsStatus, sendToLrs, statementsFor }) => {
    if (stopped) return;
    const mine = new Set(statementsFor(transcript, href).map((s) => s.id));
    stop = onLrsStatus((s) => (status.textContent = lrsStatusText(s, mine)));
    if (!sendToLrs(settings, transcript, href)) stop();
  });
  return () => stop();
}
