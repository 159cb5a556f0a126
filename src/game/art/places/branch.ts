/**
 * A bank or building-society branch: a counter with glass screens and a
 * transaction tray, a board of rates, a rack of leaflets, queue posts with
 * their belt. The building society is warmer (cream and green) than the bank
 * (grey-blue and navy).
 */
import { circle, g, hex, line, path, rect, shade, verticalGradient } from '../svg.ts';
import { ceilingLights, counter, monitorBack, plant, poster, wallAndFloor, wallScreen } from './furniture.ts';
import { queueLine, type Setting } from './setting.ts';

function leafletRack(x: number, y: number, rand: () => number): string {
  const colours = [0x2f6f8f, 0xc0623f, 0x6f9a5a, 0xd9a441, 0x8f6fa8, 0xe8e2d6, 0x1f3b57];
  const leaflets: string[] = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 4; col++) {
      const lx = x + 14 + col * 50;
      const ly = y + 20 + row * 96;
      const c = colours[Math.floor(rand() * colours.length)]!;
      leaflets.push(g({}, rect(lx, ly, 40, 62, { rx: 2, fill: hex(c) }), rect(lx + 5, ly + 8, 30, 20, { fill: hex(shade(c, 0.4)) }), rect(lx + 5, ly + 36, 24, 4, { fill: '#ffffff', opacity: 0.7 }), rect(lx + 5, ly + 45, 18, 4, { fill: '#ffffff', opacity: 0.5 })));
    }
  }
  const shelves = [0, 1, 2].map((row) => rect(x + 6, y + 80 + row * 96, 200, 10, { rx: 2, fill: '#9aa3ad' }));
  return g({}, rect(x, y, 212, 300, { rx: 6, fill: '#d5dbe1' }), ...leaflets, ...shelves);
}

function rateBoard(x: number, y: number, accent: number): string {
  const rows = [0, 1, 2, 3].map((i) => g({}, rect(x + 24, y + 30 + i * 38, 120, 10, { rx: 3, fill: '#5d6d7e' }), rect(x + 190, y + 24 + i * 38, 70, 22, { rx: 3, fill: hex(accent) })));
  return g({}, wallScreen(x, y, 290, 180), rect(x, y, 290, 14, { fill: hex(accent), opacity: 0.9 }), ...rows);
}

function queuePosts(): string {
  const posts = [200, 430, 660].map((x) => g({}, rect(x - 5, 650, 10, 100, { fill: '#8e99a4' }), circle(x, 648, 8, { fill: '#b6c0ca' })));
  return g({}, path('M200 660 Q315 676 430 660 Q545 676 660 660', { fill: 'none', stroke: '#a3243b', 'stroke-width': 9, 'stroke-linecap': 'round' }), ...posts);
}

export function branch(kind: 'bank-branch' | 'building-society', rand: () => number): Setting {
  const society = kind === 'building-society';
  const wallTop = society ? 0xf1e9dc : 0xe3eaf1;
  const wallBottom = society ? 0xdcd0bd : 0xc9d4df;
  const brand = society ? 0x2f5d50 : 0x1d3b5c;
  const accent = society ? 0xd9a441 : 0x3e8ed0;
  const house = path('M0 -20 L22 -40 L44 -20 L44 8 L0 8 Z', { fill: '#ffffff' });
  const card = g({}, rect(0, -30, 56, 36, { rx: 5, fill: '#ffffff' }), rect(0, -22, 56, 7, { fill: hex(brand) }));
  const back = g(
    {},
    wallAndFloor(wallTop, wallBottom, society ? 0x9b8a74 : 0x8d98a3),
    ceilingLights(),
    rect(-3000, 150, 7600, 18, { fill: hex(brand) }),
    rateBoard(190, 230, accent),
    leafletRack(1130, 250, rand),
    poster(1390, 230, 150, 210, 0xffffff, accent, g({ transform: 'translate(1443 330)' }, society ? house : card)),
    plant(1500, 740, 1.2),
    queuePosts(),
  );
  // Glass screens over the counter, with a gap and a tray where papers pass.
  const pane = (x: number, w: number) =>
    g({}, rect(x, 520, w, 214, { rx: 4, fill: '#cfe6f2', opacity: 0.18 }), rect(x, 520, w, 214, { rx: 4, fill: 'none', stroke: '#e2ebf1', 'stroke-width': 5 }), path(`M${x + 30} 540 L${x + 100} 650 M${x + 60} 540 L${x + 150} 680`, { stroke: '#ffffff', 'stroke-width': 6, opacity: 0.35, 'stroke-linecap': 'round' }));
  const glass = g({}, pane(200, 400), pane(1000, 400), rect(690, 716, 220, 24, { rx: 4, fill: '#9fb0bf' }), rect(700, 720, 200, 10, { rx: 3, fill: '#7d8e9d' }));
  const front = g({}, glass, counter(740, society ? 0x8a6748 : 0x5f7183, brand), monitorBack(60, 596, 200, 136), rect(1300, 708, 90, 34, { rx: 6, fill: '#2b2f36' }), rect(1312, 714, 40, 12, { rx: 2, fill: '#7fc6a4' }), rect(1110, 730, 140, 8, { rx: 3, fill: hex(accent) }));
  return {
    place: kind,
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 745, scale: 1.25 },
    waiting: queueLine(),
    sign: { x: 800, y: 82, width: 620, height: 76, fill: hex(brand), ink: '#ffffff' },
  };
}
