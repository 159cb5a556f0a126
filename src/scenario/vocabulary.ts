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

/**
 * Where the learner stands: the stage draws this setting. For a call it is the adviser's side of the line
 * (a contact centre, a hotel desk); the customer appears as the person imagined at the other end.
 */
export const places = [
  'bank-branch',
  'building-society',
  'council-desk',
  'gp-reception',
  'hotel-desk',
  'shop-counter',
  'contact-centre',
  'back-office',
  'customer-home',
  'doorstep',
  'inbox',
] as const;

/** How a person on stage looks: enough for the art to match the story, never more than the story says. */
export const presentations = ['feminine', 'masculine', 'androgynous'] as const;
/** Age bands: young 18–29, adult 30–44, middle-aged 45–64, older 65 and over. */
export const ageBands = ['young', 'adult', 'middle-aged', 'older'] as const;
export const skinTones = ['pale', 'light', 'tan', 'brown', 'dark-brown', 'black'] as const;
export const hairStyles = ['bald', 'shaved', 'short', 'short-curly', 'medium', 'long', 'long-curly', 'bun', 'ponytail', 'afro', 'braids', 'locs'] as const;
export const hairColours = ['black', 'dark-brown', 'brown', 'auburn', 'red', 'blonde', 'grey', 'white'] as const;
export const facialHair = ['none', 'stubble', 'moustache', 'beard'] as const;
export const headwear = ['none', 'hijab', 'turban', 'headscarf', 'cap', 'kippah', 'patka'] as const;
/** Other people the story names, and the part they play on stage. */
export const roles = ['colleague', 'team-leader', 'manager', 'interpreter', 'security', 'relative', 'friend', 'queue'] as const;
