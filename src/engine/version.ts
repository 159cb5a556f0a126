/** Bumped whenever the engine could replay the same choices differently; transcripts record it. 1.1: the mode orders options too. */
export const ENGINE_VERSION = '1.1.0';
/**
 * Version of the saved-session format: an older save is recognised, not misread. 2: the moves, replayed on
 * restore; 3: XState's persisted snapshot shape with the moves as its context (a format 2 save is still read).
 */
export const SAVE_SCHEMA_VERSION = 3;
