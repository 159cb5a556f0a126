/**
 * A shop's service counter: shelves of goods behind (mugs, stacked plates,
 * folded towels, lamps, boxes) with price strips, and on the counter the till
 * with its screen and cash drawer, the card reader and a roll of bags.
 */
import { circle, ellipse, g, hex, path, rect, shade, verticalGradient } from '../svg.ts';
import { counter, wallAndFloor } from './furniture.ts';
import { queueLine, type Setting } from './setting.ts';

type Good = (x: number, y: number, c: number) => string;

const goods: Good[] = [
  // A mug.
  (x, y, c) => g({}, rect(x, y - 44, 34, 44, { rx: 4, fill: hex(c) }), path(`M${x + 34} ${y - 36} q16 0 16 14 q0 14 -16 14`, { fill: 'none', stroke: hex(c), 'stroke-width': 6 })),
  // Folded towels.
  (x, y, c) => g({}, rect(x, y - 20, 70, 20, { rx: 6, fill: hex(c) }), rect(x, y - 40, 70, 20, { rx: 6, fill: hex(shade(c, 0.2)) }), rect(x, y - 60, 70, 20, { rx: 6, fill: hex(c) })),
  // A boxed item.
  (x, y, c) => g({}, rect(x, y - 70, 60, 70, { rx: 3, fill: hex(c) }), rect(x + 8, y - 58, 44, 24, { fill: '#ffffff', opacity: 0.8 })),
  // A table lamp.
  (x, y, c) => g({}, path(`M${x} ${y - 66} L${x + 50} ${y - 66} L${x + 40} ${y - 96} L${x + 10} ${y - 96} Z`, { fill: hex(c) }), rect(x + 22, y - 66, 6, 50, { fill: '#6b6f76' }), ellipse(x + 25, y - 10, 20, 8, { fill: '#6b6f76' })),
  // A stack of plates.
  (x, y, c) => g({}, ...[0, 1, 2, 3].map((i) => ellipse(x + 32, y - 6 - i * 9, 32, 6, { fill: hex(i % 2 ? c : shade(c, 0.3)) }))),
  // A cushion.
  (x, y, c) => g({}, rect(x, y - 56, 60, 56, { rx: 16, fill: hex(c) }), circle(x + 30, y - 28, 5, { fill: hex(shade(c, -0.3)) })),
];

function shelves(rand: () => number): string {
  const colours = [0x2f6f8f, 0xc0623f, 0x6f9a5a, 0xd9a441, 0x8f6fa8, 0xe8e2d6, 0x9c3d54, 0x3d5a80];
  const parts: string[] = [rect(-3000, 150, 7600, 600, { fill: '#d9cdb8' })];
  for (let row = 0; row < 3; row++) {
    const y = 330 + row * 170;
    parts.push(rect(-3000, y, 7600, 14, { fill: '#8a6a48' }), rect(-3000, y + 14, 7600, 6, { fill: '#6b4f33' }));
    for (let x = -40; x < 1640; ) {
      const good = goods[Math.floor(rand() * goods.length)]!;
      parts.push(good(x, y, colours[Math.floor(rand() * colours.length)]!));
      // A price strip under each item.
      parts.push(rect(x + 4, y + 2, 30, 10, { fill: '#fff7c2' }));
      x += 80 + rand() * 30;
    }
  }
  return g({}, ...parts);
}

export function shop(rand: () => number): Setting {
  const wallTop = 0xf2ebe0;
  const wallBottom = 0xe2d6c4;
  const brand = 0xc0623f;
  const till = g({}, rect(110, 680, 260, 60, { rx: 8, fill: '#2f343c' }), rect(130, 694, 220, 14, { rx: 3, fill: '#454b54' }), rect(180, 580, 150, 100, { rx: 8, fill: '#23272e' }), rect(190, 590, 130, 78, { rx: 4, fill: '#7fb9dd' }), rect(200, 600, 60, 10, { fill: '#ffffff', opacity: 0.8 }), rect(200, 618, 90, 8, { fill: '#ffffff', opacity: 0.6 }), rect(236, 674, 40, 10, { fill: '#23272e' }));
  const reader = g({}, rect(1160, 660, 70, 110, { rx: 12, fill: '#2b2f36', transform: 'rotate(-12 1195 715)' }), rect(1172, 672, 46, 30, { rx: 3, fill: '#7fc6a4', transform: 'rotate(-12 1195 715)' }));
  const bags = g({}, rect(1330, 690, 130, 50, { rx: 6, fill: '#f4efe6' }), rect(1330, 690, 130, 12, { fill: hex(brand) }));
  const back = g({}, wallAndFloor(wallTop, wallBottom, 0xa89b88), shelves(rand), rect(-3000, 140, 7600, 14, { fill: hex(brand) }));
  const front = g({}, counter(740, 0x7a5a3e, brand), till, reader, bags);
  return {
    place: 'shop-counter',
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 745, scale: 1.25 },
    waiting: queueLine(),
    sign: { x: 800, y: 72, width: 620, height: 76, fill: hex(brand), ink: '#ffffff' },
  };
}
