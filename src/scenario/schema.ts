/**
 * The scenario format. This schema is the single source of truth: the
 * TypeScript types below are inferred from it, and `scenario.schema.json`
 * (for editor autocompletion) is generated from it by `npm run scenarios -- schema`.
 */
import { z } from 'zod';
// The word lists live in vocabulary.ts (no zod), so the browser can have them without the schema.
import {
  ageBands,
  channels,
  facialHair,
  hairColours,
  hairStyles,
  headwear,
  kinds,
  outcomes,
  phoneStates,
  places,
  presentations,
  roles,
  skinTones,
  soundCues,
} from './vocabulary.ts';

export { ageBands, channels, facialHair, hairColours, hairStyles, headwear, kinds, outcomes, phoneStates, places, presentations, roles, skinTones, soundCues };

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (e.g. "take-details")');

/** A criterion code from the catalogue, e.g. `c4.2.4`; existence is checked against the catalogue later. */
const criterionCode = z.string().regex(/^[a-d]\d{1,2}\.\d\.\d{1,2}$/, 'a performance criterion code such as "c4.2.4"');
const unitCode = z.string().regex(/^[A-D]\d{1,2}$/, 'a unit code such as "C4"');
/** BCP 47 language tag, e.g. `en-GB`, `pl`, `ur`. */
const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "en-GB" or "pl"');
/** An expression over meters, e.g. `patience <= 20 and trust > 50`; parsed by expression.ts beside this file, never evaluated as code. */
const condition = z.string().min(1);


export const evidenceSchema = z.strictObject({
  criterion: criterionCode,
  met: z.boolean(),
  weight: z.number().int().min(1).max(5).default(1),
  why: z.string().min(1, 'say in one sentence why this choice shows (or fails to show) the criterion'),
});

export const choiceSchema = z.strictObject({
  text: z.string().min(1),
  to: id,
  if: condition.optional(),
  effects: z.record(z.string(), z.number().int()).default({}),
  evidence: z.array(evidenceSchema).default([]),
  /** Next-time tip: what to say instead, shown in practice feedback and the debrief (never before choosing). */
  tip: z.string().optional(),
});

/** A customer line. `text` is in the line's language; `gloss` is the English meaning for tutors and assessors. */
export const lineSchema = z.strictObject({
  if: condition.optional(),
  text: z.string().min(1),
  lang: languageTag.optional(),
  gloss: z.string().optional(),
});

export const routeSchema = z.strictObject({ if: condition, to: id });

export const timerSchema = z.strictObject({
  /**
   * Seconds of silence before the customer acts (a caller left on hold, a queue growing restless). In a written
   * channel (email, letter) it is the story's time without a reply: no clock runs while the learner drafts, and
   * the learner chooses to leave the message unanswered instead.
   */
  seconds: z.number().positive().max(600),
  to: id,
  effects: z.record(z.string(), z.number().int()).default({}),
  evidence: z.array(evidenceSchema).default([]),
});

export const nodeSchema = z.strictObject({
  /** The customer's line: one text, or variants chosen by the first condition that holds (the last without `if` is the default). */
  say: z.union([z.string().min(1), z.array(lineSchema).min(1)]),
  /** Narration the learner sees but the customer does not say: "(She puts her bag down hard on the counter.)" */
  action: z.string().optional(),
  /** For the tutor: what to discuss here. Never shown to a learner practising alone. */
  notes: z.string().optional(),
  /** For the learner, on request in practice: a nudge in the second person about what the customer needs, never the answer. */
  hint: z.string().optional(),
  /** Who else is in view from this node on (ids from `people`), until another node says otherwise; [] clears. */
  present: z.array(id).optional(),
  /** Where the conversation is from this node on, until another node says otherwise (the doorstep, then the house). */
  place: z.enum(places).optional(),
  sound: z.enum(soundCues).optional(),
  phone: z.enum(phoneStates).optional(),
  when: z.array(routeSchema).default([]),
  after: timerSchema.optional(),
  choices: z.array(choiceSchema).default([]),
  end: z.enum(outcomes).optional(),
  /** One sentence for the debrief on how the conversation ended. */
  summary: z.string().optional(),
});

export const meterSchema = z.strictObject({
  start: z.number().int(),
  min: z.number().int().default(0),
  max: z.number().int().default(100),
  label: z.string().optional(),
});

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as "#3d6f8e"');

/** How a person looks on stage; the checker holds it against the name's title (Mr, Mrs, Ms, Miss). */
export const lookSchema = z.strictObject({
  presentation: z.enum(presentations),
  age: z.enum(ageBands),
  skin: z.enum(skinTones),
  hair: z.enum(hairStyles),
  hairColour: z.enum(hairColours),
  facialHair: z.enum(facialHair).default('none'),
  headwear: z.enum(headwear).default('none'),
  glasses: z.boolean().default(false),
  /** The colour of their top or coat. */
  clothes: colour.optional(),
});

export const customerSchema = z.strictObject({
  name: z.string().min(1),
  persona: z.string().min(1),
  language: languageTag,
  /** Other languages the customer speaks, for language-divide scenarios. */
  speaks: z.array(languageTag).default([]),
  look: lookSchema,
});

/** Someone the story names besides the customer: a colleague, an interpreter, the queue. */
export const personSchema = z.strictObject({
  name: z.string().min(1),
  role: z.enum(roles),
  /** A queue is drawn as several people, so it needs no single look. */
  look: lookSchema.optional(),
});

export const passSchema = z.strictObject({
  /** Criteria that must be demonstrated for a pass. */
  critical: z.array(criterionCode).default([]),
  /** Percentage of weighted evidence met needed for a pass. */
  mark: z.number().min(0).max(100).default(70),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id,
  title: z.string().min(1),
  organisation: z.string().min(1),
  setting: z.string().min(1),
  summary: z.string().min(1),
  channel: z.enum(channels),
  /** The setting the stage draws (see vocabulary.ts). */
  place: z.enum(places),
  kinds: z.array(z.enum(kinds)).min(1),
  units: z.array(unitCode).min(1),
  difficulty: z.number().int().min(1).max(3),
  /** Who the learner plays, e.g. "Sam, customer service adviser". */
  role: z.string().min(1),
  customer: customerSchema,
  /** Other people the story names, by id; a node's `present` brings them into view. */
  people: z.record(id, personSchema).default({}),
  meters: z.record(z.string().regex(/^[a-z][a-z_]*$/), meterSchema),
  start: id,
  pass: passSchema.default({ critical: [], mark: 70 }),
  nodes: z.record(id, nodeSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Line = z.infer<typeof lineSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type Meter = z.infer<typeof meterSchema>;
export type Look = z.infer<typeof lookSchema>;
export type Person = z.infer<typeof personSchema>;
export type Place = (typeof places)[number];
export type Scenario = z.infer<typeof scenarioSchema>;
export type Channel = (typeof channels)[number];
export type Kind = (typeof kinds)[number];
export type Outcome = (typeof outcomes)[number];
export type PhoneState = (typeof phoneStates)[number];
export type SoundCue = (typeof soundCues)[number];
