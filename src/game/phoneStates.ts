/** The words for each state of a telephone call, shared by the desk phone on the stage and the phone panel beside it. */
import type { PhoneState } from '../scenario/schema.ts';
import type { UiKey } from '../web/i18n/i18n.ts';

export const phoneStateKeys: Record<PhoneState, UiKey> = {
  ringing: 'phone.state.ringing',
  connected: 'phone.state.connected',
  'on-hold': 'phone.state.onHold',
  muted: 'phone.state.muted',
  transferring: 'phone.state.transferring',
  ended: 'phone.state.ended',
};
