/**
 * Where the desk phone, its handset and the handset's cord go on a stage of
 * any shape. Pure, so "the lifted handset and its cord stay inside the stage"
 * is tested for narrow, tall and wide slots without a browser.
 */
import type { Fit } from '../art/design.ts';
import { HANDSET, PHONE } from '../art/phone.ts';

/** Where the phone sits in the design space, and how big it is there. */
const PHONE_AT = { x: 420, y: 772, scale: 0.95 } as const;
/** The lifted handset's tilt, in degrees. */
export const LIFTED_ANGLE = -24;
const MARGIN = 8;

export interface Point {
  x: number;
  y: number;
}

export interface PhoneGeometry {
  /** The base's top-left corner, in stage pixels, and stage pixels per phone unit. */
  x: number;
  y: number;
  k: number;
  /** The handset's centre on its cradle, and when lifted. */
  rest: Point;
  held: Point;
  /** The stage's size. */
  width: number;
  height: number;
}

/** Half the width and height of the box around a `w` × `h` rectangle turned by `degrees`. */
function halfExtent(w: number, h: number, degrees: number): Point {
  const a = (Math.abs(degrees) * Math.PI) / 180;
  return { x: (w / 2) * Math.cos(a) + (h / 2) * Math.sin(a), y: (w / 2) * Math.sin(a) + (h / 2) * Math.cos(a) };
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function phoneGeometry(fit: Fit, width: number, height: number): PhoneGeometry {
  const { view, scale } = fit;
  // However narrow the view, the phone takes at most 42% of its width, keeps a margin from the left and sits above the bottom.
  const s = Math.min(PHONE_AT.scale, ((view.x1 - view.x0) * 0.42) / PHONE.width, ((view.y1 - view.y0) * 0.3) / PHONE.height);
  const k = s * scale;
  const x = clamp(fit.ox + PHONE_AT.x * scale, MARGIN, width - PHONE.width * k - MARGIN);
  const y = clamp(fit.oy + PHONE_AT.y * scale, MARGIN, height - PHONE.height * k - MARGIN);
  const rest = { x: x + PHONE.cradle.x * k, y: y + PHONE.cradle.y * k };
  const half = halfExtent(HANDSET.width * k, HANDSET.height * k, LIFTED_ANGLE);
  // Lifted above the base and a little to its left, inside the stage's edges.
  const held = { x: clamp(x + PHONE.cradle.x * k - 10 * k, half.x + MARGIN, width - half.x - MARGIN), y: clamp(y - 60 * k, half.y + MARGIN, height - half.y - MARGIN) };
  return { x, y, k, rest, held, width, height };
}

/** The box the handset covers, on its cradle or lifted. */
export function handsetBox(geo: PhoneGeometry, lifted: boolean): { x0: number; y0: number; x1: number; y1: number } {
  const at = lifted ? geo.held : geo.rest;
  const half = halfExtent(HANDSET.width * geo.k, HANDSET.height * geo.k, lifted ? LIFTED_ANGLE : 0);
  return { x0: at.x - half.x, y0: at.y - half.y, x1: at.x + half.x, y1: at.y + half.y };
}

/** The coiled cord from the base's side to the handset's lower end, every point inside the stage. */
export function cordPoints(geo: PhoneGeometry, lifted: boolean): Point[] {
  const { k } = geo;
  const a = { x: geo.x + PHONE.cordAt.x * k, y: geo.y + PHONE.cordAt.y * k };
  const at = lifted ? geo.held : geo.rest;
  const angle = ((lifted ? LIFTED_ANGLE : 0) * Math.PI) / 180;
  const b = { x: at.x - Math.cos(angle) * HANDSET.width * 0.42 * k, y: at.y - Math.sin(angle) * HANDSET.width * 0.42 * k };
  const coils = 26;
  const points: Point[] = [];
  for (let i = 0; i <= coils * 4; i++) {
    const f = i / (coils * 4);
    const sag = Math.sin(f * Math.PI) * 40 * k;
    const x = a.x + (b.x - a.x) * f + Math.sin(f * coils * Math.PI * 2) * 6 * k;
    const y = a.y + (b.y - a.y) * f + sag + Math.cos(f * coils * Math.PI * 2) * 5 * k;
    points.push({ x: clamp(x, 2, geo.width - 2), y: clamp(y, 2, geo.height - 2) });
  }
  return points;
}
