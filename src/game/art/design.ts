/**
 * The settings are drawn in one design space, 1600 × 1000 units, and shown
 * in slots of any shape: a laptop's stage beside the panel, a phone's strip,
 * a projector's tall column. The fit covers the slot like a photograph, but
 * never crops the part a learner must see (the customer from head to counter).
 */

export const DESIGN = { width: 1600, height: 1000 } as const;

/** The part of the design that always shows: the customer from the top of the head to the counter, and some room beside. */
const ESSENTIAL = { x0: 420, x1: 1180, y0: 200, y1: 860 } as const;

export interface Fit {
  /** CSS pixels per design unit. */
  scale: number;
  /** Where the design's origin falls in the slot, in CSS pixels. */
  ox: number;
  oy: number;
  /** The design rectangle in view. */
  view: { x0: number; y0: number; x1: number; y1: number };
}

export function fitDesign(width: number, height: number): Fit {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const cover = Math.max(w / DESIGN.width, h / DESIGN.height);
  const scale = Math.min(cover, w / (ESSENTIAL.x1 - ESSENTIAL.x0), h / (ESSENTIAL.y1 - ESSENTIAL.y0));
  const ox = w / 2 - (DESIGN.width / 2) * scale;
  // The bottom of the design sits on the slot's bottom unless that would cut the essential top.
  let oy = h - DESIGN.height * scale;
  if (oy + ESSENTIAL.y0 * scale < 0) oy = -ESSENTIAL.y0 * scale;
  return { scale, ox, oy, view: { x0: -ox / scale, y0: -oy / scale, x1: (w - ox) / scale, y1: (h - oy) / scale } };
}

/** A design point in slot pixels. */
export const toSlot = (fit: Fit, x: number, y: number): { x: number; y: number } => ({ x: fit.ox + x * fit.scale, y: fit.oy + y * fit.scale });
