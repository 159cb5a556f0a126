/**
 * Pieces the settings share, drawn in one flat style (soft colours, rounded
 * corners, a darker shade for depth): plants, windows, chairs, screens,
 * posters, shelves. Positions are in the design space (see design.ts).
 */
import { circle, ellipse, g, hex, line, path, rect, shade } from '../svg.ts';

export const wallAndFloor = (top: number, bottom: number, floor: number, floorY = 760): string =>
  g({}, rect(-3000, -3000, 7600, 3000 + floorY, { fill: hex(bottom) }), rect(-3000, 0, 7600, floorY, { fill: 'url(#wall)' }), rect(-3000, floorY, 7600, 3000, { fill: hex(floor) }), rect(-3000, floorY - 14, 7600, 14, { fill: hex(shade(floor, -0.2)) }));

/** Ceiling lights along the top edge. */
export const ceilingLights = (colour = 0xf7f4ea): string => g({}, ...[160, 560, 960, 1360].map((x) => g({}, rect(x, 6, 180, 16, { rx: 4, fill: hex(colour) }), rect(x, 22, 180, 6, { fill: '#000000', opacity: 0.08 }))));

export function plant(x: number, y: number, size = 1): string {
  const s = size;
  const leaves = [-70, -40, -15, 10, 35, 60, 85].map((a, i) =>
    ellipse(x + Math.sin((a * Math.PI) / 180) * 40 * s, y - 110 * s - Math.cos((a * Math.PI) / 180) * 40 * s, 14 * s, 40 * s, { fill: i % 2 ? '#4f8a4c' : '#3d7440', transform: `rotate(${a} ${x + Math.sin((a * Math.PI) / 180) * 40 * s} ${y - 110 * s - Math.cos((a * Math.PI) / 180) * 40 * s})` }),
  );
  return g({}, ...leaves, path(`M${x - 36 * s} ${y - 80 * s} L${x + 36 * s} ${y - 80 * s} L${x + 28 * s} ${y} L${x - 28 * s} ${y} Z`, { fill: '#b8673f' }), rect(x - 40 * s, y - 88 * s, 80 * s, 12 * s, { rx: 4, fill: '#9c5433' }));
}

/** A window onto a street: sky, roofs, the frame. */
export function streetWindow(x: number, y: number, w: number, h: number, frame = 0xf4f1ea): string {
  return g(
    {},
    rect(x, y, w, h, { fill: '#a9d2ee' }),
    path(`M${x} ${y + h * 0.62} L${x + w * 0.2} ${y + h * 0.5} L${x + w * 0.35} ${y + h * 0.58} L${x + w * 0.55} ${y + h * 0.42} L${x + w * 0.75} ${y + h * 0.55} L${x + w} ${y + h * 0.48} L${x + w} ${y + h} L${x} ${y + h} Z`, { fill: '#8ea3b5' }),
    rect(x, y + h * 0.8, w, h * 0.2, { fill: '#7b8f9f' }),
    rect(x, y, w, h, { fill: 'none', stroke: hex(frame), 'stroke-width': 12 }),
    line(x + w / 2, y, x + w / 2, y + h, { stroke: hex(frame), 'stroke-width': 8 }),
    rect(x - 10, y + h, w + 20, 12, { fill: hex(shade(frame, -0.1)) }),
  );
}

/** A plain chair seen from the front. */
export function chair(x: number, y: number, colour: number, size = 1): string {
  const s = size;
  return g({}, rect(x - 34 * s, y - 110 * s, 68 * s, 70 * s, { rx: 10 * s, fill: hex(colour) }), rect(x - 38 * s, y - 44 * s, 76 * s, 16 * s, { rx: 6 * s, fill: hex(shade(colour, -0.15)) }), rect(x - 32 * s, y - 28 * s, 6 * s, 28 * s, { fill: '#4a4f57' }), rect(x + 26 * s, y - 28 * s, 6 * s, 28 * s, { fill: '#4a4f57' }));
}

/** A computer screen seen from behind (on the learner's desk or a counter). */
export const monitorBack = (x: number, y: number, w: number, h: number): string =>
  g({}, rect(x + w / 2 - 10, y + h - 4, 20, 34, { fill: '#2a2e35' }), rect(x + w / 2 - 40, y + h + 26, 80, 10, { rx: 4, fill: '#2a2e35' }), rect(x, y, w, h, { rx: 8, fill: '#3a3f47' }), rect(x + 8, y + 8, w - 16, h - 16, { rx: 5, fill: '#454b54' }));

/** A computer screen facing the viewer, showing a few blocks of an application. */
export function monitorFront(x: number, y: number, w: number, h: number, accent: number): string {
  return g(
    {},
    rect(x + w / 2 - 12, y + h, 24, 30, { fill: '#2a2e35' }),
    rect(x + w / 2 - 50, y + h + 26, 100, 10, { rx: 4, fill: '#2a2e35' }),
    rect(x - 8, y - 8, w + 16, h + 16, { rx: 10, fill: '#23272e' }),
    rect(x, y, w, h, { fill: '#f4f7fa' }),
    rect(x, y, w, h * 0.12, { fill: hex(accent) }),
    rect(x + w * 0.04, y + h * 0.2, w * 0.28, h * 0.7, { rx: 4, fill: '#dfe7ee' }),
    ...[0.22, 0.34, 0.46, 0.58].map((f, i) => rect(x + w * 0.38, y + h * f, w * (0.5 - i * 0.06), h * 0.05, { rx: 2, fill: '#b9c6d2' })),
    rect(x + w * 0.38, y + h * 0.72, w * 0.24, h * 0.1, { rx: 4, fill: hex(accent) }),
  );
}

/** A poster with a picture block and lines of (unreadable) text. */
export function poster(x: number, y: number, w: number, h: number, paper: number, accent: number, icon = ''): string {
  return g(
    {},
    rect(x + 4, y + 6, w, h, { rx: 4, fill: '#000000', opacity: 0.12 }),
    rect(x, y, w, h, { rx: 4, fill: hex(paper) }),
    rect(x + w * 0.1, y + h * 0.08, w * 0.8, h * 0.5, { rx: 4, fill: hex(accent) }),
    icon,
    ...[0.66, 0.74, 0.82].map((f, i) => rect(x + w * 0.1, y + h * f, w * (0.8 - i * 0.18), h * 0.04, { rx: 2, fill: hex(shade(paper, -0.3)) })),
  );
}

/** A cork board with pinned notes. */
export function noticeBoard(x: number, y: number, w: number, h: number, seed: () => number): string {
  const notes: string[] = [];
  const colours = [0xffffff, 0xfff3a6, 0xd7ecff, 0xffd9d2, 0xdff5d8];
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < 3; col++) {
      const nx = x + 16 + col * ((w - 32) / 3) + seed() * 10;
      const ny = y + 16 + row * ((h - 32) / 2) + seed() * 8;
      const nw = (w - 32) / 3 - 16;
      const nh = (h - 32) / 2 - 14;
      const c = colours[Math.floor(seed() * colours.length)]!;
      notes.push(g({ transform: `rotate(${(seed() - 0.5) * 8} ${nx + nw / 2} ${ny + nh / 2})` }, rect(nx, ny, nw, nh, { fill: hex(c) }), rect(nx + 8, ny + 14, nw - 16, 4, { fill: '#9aa5b1' }), rect(nx + 8, ny + 24, nw - 26, 4, { fill: '#b4bcc6' }), circle(nx + nw / 2, ny + 6, 4, { fill: '#c0392b' })));
    }
  }
  return g({}, rect(x - 8, y - 8, w + 16, h + 16, { rx: 6, fill: '#8a6a48' }), rect(x, y, w, h, { fill: '#c9a878' }), ...notes);
}

/** A wall clock. */
export const clock = (x: number, y: number, r = 34): string =>
  g({}, circle(x, y, r + 5, { fill: '#3a3f47' }), circle(x, y, r, { fill: '#fbfaf6' }), line(x, y, x, y - r * 0.62, { stroke: '#2a2e35', 'stroke-width': 4, 'stroke-linecap': 'round' }), line(x, y, x + r * 0.48, y + r * 0.18, { stroke: '#2a2e35', 'stroke-width': 4, 'stroke-linecap': 'round' }), circle(x, y, 4, { fill: '#c0392b' }));

/** A counter or desk running across the front: a top with a lip, then panels, and a band in the brand's colour if given. */
export function counter(top: number, colour: number, band?: number): string {
  const panels: string[] = [];
  for (let x = -200; x < 1800; x += 240) panels.push(rect(x + 14, top + 70, 212, 400, { rx: 6, fill: hex(shade(colour, 0.08)) }), rect(x + 14, top + 70, 212, 6, { fill: hex(shade(colour, -0.2)), opacity: 0.5 }));
  return g(
    {},
    rect(-3000, top, 7600, 2000, { fill: hex(colour) }),
    ...panels,
    band === undefined ? '' : rect(-3000, top + 34, 7600, 16, { fill: hex(band) }),
    rect(-3000, top - 8, 7600, 30, { fill: hex(shade(colour, 0.3)) }),
    rect(-3000, top + 22, 7600, 8, { fill: hex(shade(colour, -0.3)), opacity: 0.6 }),
  );
}

/** A flat screen on a wall or hung from the ceiling, for queue numbers, rates or call figures. */
export const wallScreen = (x: number, y: number, w: number, h: number): string =>
  g({}, rect(x - 8, y - 8, w + 16, h + 16, { rx: 8, fill: '#23272e' }), rect(x, y, w, h, { rx: 3, fill: '#10161d' }));
