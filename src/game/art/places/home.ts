/**
 * At the customer's: their living room (wallpaper, a window with curtains,
 * pictures, a lamp, the sofa they sit on, a coffee table with mugs and
 * papers) or their front door (brick, a panelled door open on the hall, its
 * number, a porch light, a low garden wall in front).
 */
import { circle, ellipse, g, hex, line, path, rect, shade, tag, verticalGradient } from '../svg.ts';
import { plant, streetWindow, wallAndFloor } from './furniture.ts';
import type { Setting } from './setting.ts';

function wallpaper(colour: number): string {
  const motifs: string[] = [];
  for (let y = 40; y < 760; y += 90) for (let x = -40 + ((y / 90) % 2) * 45; x < 1640; x += 90) motifs.push(circle(x, y, 7, { fill: hex(shade(colour, -0.08)) }));
  return g({}, ...motifs);
}

function frame(x: number, y: number, w: number, h: number, picture: number): string {
  return g({}, rect(x, y, w, h, { fill: '#7a5230' }), rect(x + 10, y + 10, w - 20, h - 20, { fill: hex(picture) }), path(`M${x + 10} ${y + h - 10} L${x + w * 0.4} ${y + h * 0.45} L${x + w * 0.6} ${y + h * 0.65} L${x + w * 0.75} ${y + h * 0.5} L${x + w - 10} ${y + h - 10} Z`, { fill: hex(shade(picture, -0.3)) }));
}

export function livingRoom(rand: () => number): Setting {
  const wallTop = 0xe9dcc7;
  const wallBottom = 0xdccbb0;
  const sofa = 0x6b7f5a;
  const curtains = (x: number, w: number) => g({}, path(`M${x - 60} 120 Q${x - 20} 300 ${x - 50} 560 L${x + 20} 560 Q${x + 10} 300 ${x + 20} 120 Z`, { fill: '#a34e3c' }), path(`M${x + w - 20} 120 Q${x + w - 10} 300 ${x + w - 20} 560 L${x + w + 50} 560 Q${x + w + 20} 300 ${x + w + 60} 120 Z`, { fill: '#a34e3c' }), rect(x - 80, 108, w + 160, 14, { rx: 6, fill: '#5a3b22' }));
  const lamp = g({}, path('M1380 300 L1480 300 L1460 220 L1400 220 Z', { fill: '#f2d6a2' }), rect(1426, 300, 8, 420, { fill: '#5a3b22' }), ellipse(1430, 720, 50, 12, { fill: '#5a3b22' }));
  const photos = g({}, rect(150, 560, 260, 20, { fill: '#6e4a2c' }), rect(160, 580, 240, 180, { fill: '#7a5230' }), rect(180, 500, 50, 60, { fill: '#d9c39a' }), rect(186, 506, 38, 48, { fill: '#8aa6b8' }), rect(250, 510, 40, 50, { fill: '#d9c39a' }), rect(256, 516, 28, 38, { fill: '#b88a6a' }), ellipse(340, 540, 24, 22, { fill: '#c9a227' }));
  const back = g(
    {},
    wallAndFloor(wallTop, wallBottom, 0x8a6a4a, 780),
    wallpaper(wallTop),
    streetWindow(620, 140, 360, 400),
    curtains(620, 360),
    frame(1130, 200, 180, 140, 0x7fa2b8),
    frame(260, 220, 150, 190, 0xb8a07f),
    photos,
    lamp,
    plant(1560, 780, 1),
    // The sofa's back, behind whoever sits on it.
    rect(260, 540, 1080, 260, { rx: 40, fill: hex(sofa) }),
    rect(300, 560, 330, 200, { rx: 26, fill: hex(shade(sofa, 0.08)) }),
    rect(970, 560, 330, 200, { rx: 26, fill: hex(shade(sofa, 0.08)) }),
    rect(-3000, 860, 7600, 3000, { fill: '#b39a74' }),
    ellipse(800, 960, 700, 90, { fill: '#8c3f3a', opacity: 0.5 }),
  );
  const mugs = g({}, rect(620, 800, 40, 44, { rx: 5, fill: '#ffffff' }), rect(700, 806, 40, 40, { rx: 5, fill: '#3d6f8e' }), rect(860, 812, 150, 24, { fill: '#f4f1e8', transform: 'rotate(-6 935 824)' }), rect(870, 800, 150, 24, { fill: '#ffffff', transform: 'rotate(4 945 812)' }));
  const front = g(
    {},
    // The sofa's seat and arms in front of the body, then the coffee table.
    rect(260, 760, 1080, 120, { rx: 30, fill: hex(shade(sofa, -0.05)) }),
    rect(200, 620, 120, 260, { rx: 40, fill: hex(shade(sofa, -0.1)) }),
    rect(1280, 620, 120, 260, { rx: 40, fill: hex(shade(sofa, -0.1)) }),
    rect(480, 840, 640, 40, { rx: 8, fill: '#6e4a2c' }),
    rect(500, 878, 24, 140, { fill: '#5a3b22' }),
    rect(1076, 878, 24, 140, { fill: '#5a3b22' }),
    mugs,
  );
  void rand;
  return {
    place: 'customer-home',
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 790, scale: 1.22 },
    waiting: [],
  };
}

function bricks(): string {
  const rows: string[] = [];
  for (let y = 0; y < 1000; y += 34) {
    for (let x = -200 + ((y / 34) % 2) * 40; x < 1800; x += 80) rows.push(rect(x, y, 76, 30, { fill: (x + y) % 3 ? '#a4553c' : '#9a4d36' }));
  }
  return g({}, rect(-3000, -3000, 7600, 6000, { fill: '#c9b8a6' }), ...rows);
}

export function doorstep(rand: () => number): Setting {
  const door = [0x1f3b57, 0x7a1f2b, 0x2e5e3e, 0x3b3f46][Math.floor(rand() * 4)]!;
  const number = String(2 + Math.floor(rand() * 60));
  const back = g(
    {},
    bricks(),
    // The open doorway: the hall behind, the door swung in to the left.
    rect(560, 160, 480, 720, { fill: '#f4efe6' }),
    rect(580, 180, 440, 700, { fill: '#5a4a3c' }),
    rect(600, 200, 400, 680, { fill: '#d9c7a8' }),
    path('M820 880 L900 500 L1000 500 L1000 880 Z', { fill: '#b8a07f' }),
    rect(600, 560, 400, 10, { fill: '#a88a62' }),
    path('M600 200 L700 240 L700 840 L600 880 Z', { fill: hex(door) }),
    rect(620, 300, 60, 140, { fill: hex(shade(door, 0.15)) }),
    rect(620, 520, 60, 200, { fill: hex(shade(door, 0.15)) }),
    rect(560, 120, 480, 40, { fill: '#f4efe6' }),
    rect(590, 60, 420, 60, { fill: '#bfd7ea' }),
    rect(590, 60, 420, 60, { fill: 'none', stroke: '#f4efe6', 'stroke-width': 10 }),
    tag('text', { x: 1100, y: 420, fill: '#f4efe6', 'font-family': 'DejaVu Sans, Noto Sans, sans-serif', 'font-weight': 700, 'font-size': 64 }, number),
    g({}, rect(1110, 220, 60, 90, { rx: 10, fill: '#2b2f36' }), rect(1120, 232, 40, 60, { rx: 6, fill: '#f6e7a6' })),
    plant(430, 880, 1.2),
    rect(520, 870, 560, 40, { fill: '#9b958c' }),
  );
  const front = g({}, rect(-3000, 900, 7600, 3000, { fill: '#8c8273' }), g({ transform: 'translate(0 0)' }, ...[0, 1, 2].map((i) => rect(-3000, 900 + i * 40, 7600, 36, { fill: i % 2 ? '#a4553c' : '#9a4d36' }))), rect(-3000, 890, 7600, 18, { fill: '#d6cfc4' }), line(-3000, 900, 4600, 900, { stroke: '#7a7266', 'stroke-width': 2 }), ellipse(300, 900, 160, 60, { fill: '#4f7a45' }), ellipse(1320, 900, 190, 70, { fill: '#4f7a45' }));
  return {
    place: 'doorstep',
    defs: verticalGradient('wall', '#c9b8a6', '#b8a690'),
    back,
    front,
    customer: { x: 800, y: 520, scale: 0.95, whole: true },
    waiting: [],
  };
}
