/**
 * An email inbox on the learner's screen: folders, the list of messages with
 * the customer's at the top, and the message open beside it with the sender's
 * picture in its header. The words themselves are in the page, where they can
 * be read, enlarged and selected; here the lines only stand for them.
 */
import { circle, g, hex, rect, verticalGradient } from '../svg.ts';
import { plant, wallAndFloor } from './furniture.ts';
import type { Setting } from './setting.ts';

/** The screen's corners in the design space. */
export const SCREEN = { x: 250, y: 110, width: 1100, height: 640 } as const;

export function inbox(rand: () => number): Setting {
  const { x, y, width: w, height: h } = SCREEN;
  const brand = 0x23415f;
  const listW = w * 0.3;
  const items: string[] = [];
  for (let i = 0; i < 7; i++) {
    const iy = y + 96 + i * 74;
    items.push(g({}, rect(x + 140, iy, listW, 66, { fill: i === 0 ? '#dbe8f4' : '#ffffff' }), circle(x + 172, iy + 33, 18, { fill: i === 0 ? '#f2b134' : '#c8d2dc' }), rect(x + 200, iy + 16, listW * (0.45 + rand() * 0.2), 10, { rx: 4, fill: i === 0 ? '#1b2733' : '#8593a1' }), rect(x + 200, iy + 38, listW * (0.5 + rand() * 0.25), 8, { rx: 4, fill: '#b5c0cb' }), rect(x + 140, iy + 66, listW, 2, { fill: '#e2e8ee' })));
  }
  const folders = [0, 1, 2, 3, 4].map((i) => g({}, rect(x + 16, y + 100 + i * 48, 24, 18, { rx: 3, fill: i === 0 ? '#3e8ed0' : '#9fb0c0' }), rect(x + 48, y + 104 + i * 48, 70, 10, { rx: 4, fill: i === 0 ? '#e8f1f8' : '#c3d0dc' })));
  const bodyX = x + 140 + listW + 40;
  const bodyW = w - (bodyX - x) - 40;
  const lines: string[] = [];
  for (let i = 0; i < 9; i++) lines.push(rect(bodyX, y + 290 + i * 32, bodyW * (i % 4 === 3 ? 0.55 : 0.82 + rand() * 0.18), 10, { rx: 4, fill: '#c5ced6' }));
  const screen = g(
    {},
    rect(x - 24, y - 24, w + 48, h + 48, { rx: 18, fill: '#15191e' }),
    rect(x, y, w, h, { fill: '#f7f9fb' }),
    rect(x, y, w, 64, { fill: hex(brand) }),
    rect(x + 20, y + 18, 28, 28, { rx: 6, fill: '#f2b134' }),
    rect(x + 300, y + 18, 420, 28, { rx: 14, fill: '#3a5878' }),
    rect(x, y + 64, 130, h - 64, { fill: '#23415f' }),
    ...folders,
    ...items,
    rect(bodyX - 20, y + 80, 2, h - 100, { fill: '#e2e8ee' }),
    rect(bodyX + 150, y + 162, 220, 12, { rx: 5, fill: '#8593a1' }),
    rect(bodyX, y + 230, bodyW * 0.7, 16, { rx: 6, fill: '#3b4a59' }),
    ...lines,
    rect(x + w / 2 - 20, y + h + 24, 40, 80, { fill: '#15191e' }),
    rect(x + w / 2 - 120, y + h + 96, 240, 18, { rx: 8, fill: '#15191e' }),
  );
  const back = g({}, wallAndFloor(0x43566a, 0x33424f, 0x3a3f47, 800), plant(120, 850, 1.3), plant(1500, 860, 1.1));
  const front = g({}, rect(-3000, 850, 7600, 3000, { fill: '#8c6b4f' }), rect(-3000, 850, 7600, 10, { fill: '#6e533c' }), screen);
  return {
    place: 'inbox',
    defs: verticalGradient('wall', '#43566a', '#33424f'),
    back,
    front,
    customer: { x: 800, y: 760, scale: 1.25 },
    waiting: [],
    avatar: { x: bodyX + 64, y: y + 150, r: 62 },
  };
}
