/** What every setting (place) offers the stage. */
import type { Place } from '../../../scenario/schema.ts';

export interface Spot {
  x: number;
  /** Where the person's waist is. */
  y: number;
  scale: number;
  /** Seen whole, down to the feet (nothing stands in front of them). */
  whole?: boolean;
}

export interface Setting {
  place: Place;
  /** Everything behind the people, drawn over the whole design space and beyond it. */
  back: string;
  /** In front of the customer: the counter, the desk, a table. */
  front: string;
  /** SVG definitions the two layers use (gradients). */
  defs: string;
  /** Where the customer stands. */
  customer: Spot;
  /** Where people waiting are: a queue, a waiting room (empty where nobody waits). */
  waiting: Spot[];
  /** The organisation's sign, if the place has one: its centre and size, and the colour of its lettering. */
  sign?: { x: number; y: number; width: number; height: number; fill: string; ink: string; inFront?: boolean };
  /** A wallboard counting calls waiting: where the stage writes the number of calls and the longest wait, and how tall. */
  board?: { calls: { x: number; y: number }; wait: { x: number; y: number }; height: number };
  /** Where the sender's picture goes in a written message (the inbox). */
  avatar?: { x: number; y: number; r: number };
}

/** Eye level: everyone's eyes are near it, however far back they stand, as in a photograph taken standing up. */
export const EYE_LINE = 460;
/** Head centre above the waist, in figure units (see figure.ts). */
const EYES_ABOVE_WAIST = 228;

/** A spot further back at `scale`, standing on the same floor as everyone else: their eyes on the eye line. */
export const standing = (x: number, scale: number): Spot => ({ x, y: EYE_LINE + EYES_ABOVE_WAIST * scale, scale, whole: true });

/** A queue receding to the left behind the customer. */
export const queueLine = (): Spot[] => [standing(520, 0.8), standing(390, 0.72), standing(280, 0.66), standing(185, 0.6)];
