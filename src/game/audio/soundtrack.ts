/**
 * Which sounds a moment of the conversation calls for. Pure: given where the
 * conversation was and where it is now, it names the loops to keep and the
 * one-shots to play, so the rules can be tested without a browser.
 */
import type { SessionView } from '../../engine/types.ts';
import type { Channel } from '../../scenario/schema.ts';
import type { Cue } from './mixer.ts';

export type Ambience = 'shop' | 'office';

export interface Cues {
  loops: Set<Cue>;
  once: Cue[];
  ambience: Ambience;
}

const defaultAmbience: Record<Channel, Ambience> = { 'face-to-face': 'shop', telephone: 'office', written: 'office' };

export function cuesFor(channel: Channel, prev: { view: SessionView; ambience: Ambience } | undefined, next: SessionView): Cues {
  const arrived = !prev || prev.view.nodeId !== next.nodeId || prev.view.turn !== next.turn;
  const ambience: Ambience = next.sound === 'shop' || next.sound === 'office' ? next.sound : (prev?.ambience ?? defaultAmbience[channel]);
  const loops = new Set<Cue>([ambience]);
  if (!next.ended) {
    if (next.phone === 'ringing' || next.sound === 'ring') loops.add('ring');
    if (next.phone === 'on-hold' || next.sound === 'hold-music') loops.add('hold-music');
  }
  const once: Cue[] = [];
  if (arrived) {
    const was = prev?.view.phone;
    if (next.sound === 'pickup' || (was === 'ringing' && next.phone && next.phone !== 'ringing' && next.phone !== 'ended')) once.push('pickup');
    if (next.sound === 'hangup' || (was !== undefined && was !== 'ended' && next.phone === 'ended')) once.push('hangup');
    if (next.sound === 'door') once.push('door');
  }
  return { loops, once, ambience };
}
