/**
 * The few SVG builders the art needs. Every drawing is a string built from
 * numbers and fixed words, never from scenario text (names and signs are drawn
 * by the stage as text objects), so nothing here can carry markup in; `attr`
 * escapes regardless, as a second line of defence.
 */

/** A number as SVG writes it: two decimals at most, no trailing zeros. */
export const n = (v: number): string => String(Math.round(v * 100) / 100);

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out += ` ${k}="${typeof v === 'number' ? n(v) : escapeAttr(v)}"`;
  return out;
}

/** An element; with no children it closes itself. */
export function tag(name: string, a: Attrs = {}, ...children: string[]): string {
  const inner = children.join('');
  return inner ? `<${name}${attrs(a)}>${inner}</${name}>` : `<${name}${attrs(a)}/>`;
}

export const g = (a: Attrs, ...children: string[]): string => tag('g', a, ...children);
export const path = (d: string, a: Attrs = {}): string => tag('path', { d, ...a });
export const rect = (x: number, y: number, width: number, height: number, a: Attrs = {}): string => tag('rect', { x, y, width, height, ...a });
export const circle = (cx: number, cy: number, r: number, a: Attrs = {}): string => tag('circle', { cx, cy, r, ...a });
export const ellipse = (cx: number, cy: number, rx: number, ry: number, a: Attrs = {}): string => tag('ellipse', { cx, cy, rx, ry, ...a });
export const line = (x1: number, y1: number, x2: number, y2: number, a: Attrs = {}): string => tag('line', { x1, y1, x2, y2, ...a });

/** A path through points, written as `M x y L x y …`. */
export const poly = (points: readonly (readonly [number, number])[], close = true): string =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join(' ') + (close ? ' Z' : '');

/** A vertical gradient from `top` to `bottom`, to put inside `<defs>`. */
export const verticalGradient = (id: string, top: string, bottom: string): string =>
  tag('linearGradient', { id, x1: 0, y1: 0, x2: 0, y2: 1 }, tag('stop', { offset: 0, 'stop-color': top }), tag('stop', { offset: 1, 'stop-color': bottom }));

/** A whole SVG document showing `viewBox`, drawn at `width` × `height` pixels. */
export function svgDocument(viewBox: readonly [number, number, number, number], width: number, height: number, body: string, preserve = 'xMidYMid meet'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox.map(n).join(' ')}" width="${n(width)}" height="${n(height)}" preserveAspectRatio="${preserve}">${body}</svg>`;
}

/** A colour written as `#rrggbb`. */
export const hex = (c: number): string => `#${(c & 0xffffff).toString(16).padStart(6, '0')}`;

/** A colour made lighter (amount > 0) or darker (amount < 0), for shading. */
export function shade(colour: number, amount: number): number {
  const channel = (shift: number) => {
    const c = (colour >> shift) & 0xff;
    const v = amount >= 0 ? c + (255 - c) * amount : c * (1 + amount);
    return Math.round(Math.max(0, Math.min(255, v))) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** Relative luminance (WCAG), 0 black .. 1 white: picks ink that reads on a colour. */
export function luminance(colour: number): number {
  const lin = (shift: number) => {
    const c = ((colour >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(16) + 0.7152 * lin(8) + 0.0722 * lin(0);
}

/** A small deterministic generator, so the same scenario always gets the same crowd and the same shelves. */
export function seeded(text: string): () => number {
  let a = 0;
  for (const ch of text) a = (Math.imul(a, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
