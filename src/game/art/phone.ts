/**
 * The learner's desk telephone in the settings' style: the base with its
 * display window, keypad and the Hold, Mute and Transfer keys (their lamps
 * and words are the stage's, as they change), and the handset, drawn apart so
 * it can rattle on its cradle or be lifted.
 */
import { circle, g, path, rect, svgDocument } from './svg.ts';

/** The base's size in its own units, and where its parts are. */
export const PHONE = {
  width: 400,
  height: 210,
  display: { x: 222, y: 22, width: 160, height: 70 },
  /** The three function keys, left to right: Hold, Mute, Transfer. */
  keys: [0, 1, 2].map((i) => ({ x: 24 + i * 56, y: 120, width: 46, height: 26 })),
  /** Where the cord leaves the base. */
  cordAt: { x: 10, y: 150 },
  /** Where the handset lies on the cradle (its centre). */
  cradle: { x: 112, y: 58 },
} as const;

export const HANDSET = { width: 206, height: 62 } as const;

export function phoneBaseSvg(width: number, height: number): string {
  const keypad: string[] = [];
  for (let r = 0; r < 4; r++) for (let c = 0; c < 3; c++) keypad.push(rect(230 + c * 54, 108 + r * 24, 44, 18, { rx: 5, fill: '#4b525c' }), rect(230 + c * 54, 108 + r * 24, 44, 4, { rx: 2, fill: '#5d656f' }));
  const keys = PHONE.keys.map((k) => g({}, rect(k.x, k.y, k.width, k.height, { rx: 6, fill: '#6a717b' }), rect(k.x, k.y, k.width, 5, { rx: 3, fill: '#7d848e' })));
  const body = g(
    {},
    rect(8, 14, 392, 196, { rx: 28, fill: '#000000', opacity: 0.18 }),
    rect(0, 0, 392, 196, { rx: 28, fill: '#2b2f36' }),
    rect(0, 0, 392, 12, { rx: 6, fill: '#3a3f47' }),
    // The cradle the handset lies in.
    rect(12, 26, 200, 66, { rx: 18, fill: '#22262c' }),
    rect(PHONE.display.x - 6, PHONE.display.y - 6, PHONE.display.width + 12, PHONE.display.height + 12, { rx: 8, fill: '#1a1d22' }),
    ...keypad,
    ...keys,
    circle(PHONE.cordAt.x + 6, PHONE.cordAt.y, 7, { fill: '#1a1d22' }),
  );
  return svgDocument([0, 0, PHONE.width, PHONE.height], width, height, body);
}

export function handsetSvg(width: number, height: number): string {
  const body = g(
    {},
    path('M28 19 Q103 4 178 19 L178 43 Q103 28 28 43 Z', { fill: '#1f2328' }),
    rect(0, 5, 56, 52, { rx: 20, fill: '#1f2328' }),
    rect(150, 5, 56, 52, { rx: 20, fill: '#1f2328' }),
    path('M38 15 Q103 2 168 15', { fill: 'none', stroke: '#4a515b', 'stroke-width': 4, 'stroke-linecap': 'round' }),
    ...[0, 1, 2].map((i) => circle(18 + i * 10, 31, 2.5, { fill: '#3a3f47' })),
  );
  return svgDocument([0, 0, HANDSET.width, HANDSET.height], width, height, body);
}
