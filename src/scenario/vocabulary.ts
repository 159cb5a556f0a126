/**
 * The format's fixed word lists, without zod: the browser's picker and mixer
 * need them, and importing them from schema.ts would bring the schema (and
 * zod) into the page. schema.ts builds its enums from these and re-exports them.
 */
export const channels = ['face-to-face', 'telephone', 'written'] as const;
export const kinds = ['difficult', 'telephone', 'complaint', 'language-divide'] as const;
/** How a conversation ended. Neutral on purpose: ending an abusive call can be the right outcome. */
export const outcomes = ['resolved', 'escalated', 'follow-up', 'customer-left', 'hung-up', 'service-refused'] as const;
/** Sound cues the front end synthesises (scripts/makeSounds.ts). */
export const soundCues = ['ring', 'pickup', 'hangup', 'hold-music', 'shop', 'office', 'door'] as const;
/** Telephone controls a node can expect the learner's stage to show as active. */
export const phoneStates = ['ringing', 'connected', 'on-hold', 'muted', 'transferring', 'ended'] as const;
