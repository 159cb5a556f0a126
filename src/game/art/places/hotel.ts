/**
 * A hotel's front desk: the lobby's panelled walls, the key rack with its
 * numbered pigeonholes, a pendant light, a luggage trolley, and on the
 * polished desk a brass bell and a card stand.
 */
import { circle, ellipse, g, hex, line, path, rect, shade, tag, verticalGradient } from '../svg.ts';
import { counter, monitorBack, plant, wallAndFloor } from './furniture.ts';
import { queueLine, type Setting } from './setting.ts';

function keyRack(x: number, y: number): string {
  const holes: string[] = [];
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 5; col++) {
      const hx = x + 14 + col * 62;
      const hy = y + 14 + row * 62;
      const number = `${row + 1}0${col + 1}`;
      holes.push(g({}, rect(hx, hy, 54, 54, { fill: '#5a3520' }), tag('text', { x: hx + 27, y: hy + 16, fill: '#e8d3a3', 'text-anchor': 'middle', 'font-family': 'DejaVu Sans, Noto Sans, sans-serif', 'font-size': 12 }, number), (row * 5 + col) % 3 !== 1 ? g({}, line(hx + 27, hy + 20, hx + 27, hy + 34, { stroke: '#c9a227', 'stroke-width': 2 }), rect(hx + 19, hy + 34, 16, 14, { rx: 3, fill: '#c9a227' })) : ''));
    }
  }
  return g({}, rect(x, y, 332, 264, { rx: 6, fill: '#7a4a2c' }), ...holes);
}

function trolley(x: number): string {
  return g({}, path(`M${x - 70} 420 Q${x} 360 ${x + 70} 420`, { fill: 'none', stroke: '#c9a227', 'stroke-width': 8 }), line(x - 70, 420, x - 70, 740, { stroke: '#c9a227', 'stroke-width': 8 }), line(x + 70, 420, x + 70, 740, { stroke: '#c9a227', 'stroke-width': 8 }), rect(x - 80, 730, 160, 14, { rx: 4, fill: '#a8861c' }), rect(x - 56, 560, 90, 150, { rx: 10, fill: '#3d5a80' }), rect(x - 40, 620, 100, 110, { rx: 10, fill: '#8c4b3a' }), rect(x - 14, 548, 20, 14, { rx: 4, fill: '#2a2e35' }));
}

export function hotel(): Setting {
  const wallTop = 0xf0e4cc;
  const wallBottom = 0xe0cfae;
  const wood = 0x6e4329;
  const brass = 0xc9a227;
  const panelling = g({}, rect(-3000, 470, 7600, 300, { fill: hex(wood) }), ...[-120, 120, 360, 600, 840, 1080, 1320, 1560].map((x) => rect(x + 16, 490, 208, 250, { rx: 6, fill: hex(shade(wood, 0.12)) })));
  const stripes: string[] = [];
  for (let x = -200; x < 1800; x += 60) stripes.push(rect(x, 0, 26, 470, { fill: '#e6d6b4', opacity: 0.6 }));
  const lamp = g({}, line(800, 0, 800, 110, { stroke: '#4a3b2a', 'stroke-width': 4 }), path('M740 150 L860 150 L830 110 L770 110 Z', { fill: hex(brass) }), ellipse(800, 160, 50, 12, { fill: '#fff6d8', opacity: 0.9 }));
  const back = g(
    {},
    wallAndFloor(wallTop, wallBottom, 0x7a2f2f),
    ...stripes,
    panelling,
    keyRack(130, 180),
    rect(1080, 150, 290, 260, { rx: 8, fill: hex(brass) }),
    rect(1096, 166, 258, 228, { fill: '#6f8f7a' }),
    path('M1096 330 Q1180 250 1250 310 Q1300 270 1354 300 L1354 394 L1096 394 Z', { fill: '#4d6b58' }),
    circle(1300, 220, 26, { fill: '#f2e2a0' }),
    lamp,
    trolley(1450),
    plant(90, 770, 1.2),
  );
  const bell = g({}, ellipse(1240, 734, 44, 8, { fill: '#8a6d12' }), path('M1204 732 Q1204 690 1240 688 Q1276 690 1276 732 Z', { fill: hex(brass) }), circle(1240, 682, 7, { fill: '#8a6d12' }), path('M1218 716 Q1222 700 1236 696', { fill: 'none', stroke: '#fff6c8', 'stroke-width': 4, opacity: 0.7, 'stroke-linecap': 'round' }));
  const cards = g({}, path('M330 740 L350 680 L420 680 L440 740 Z', { fill: '#2a2e35' }), rect(356, 688, 58, 40, { fill: '#f3ead7' }), rect(364, 696, 42, 6, { fill: hex(wood) }));
  const front = g({}, counter(740, 0x5b3520, brass), monitorBack(60, 596, 200, 136), bell, cards);
  return {
    place: 'hotel-desk',
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 745, scale: 1.25 },
    waiting: queueLine(),
    sign: { x: 800, y: 56, width: 560, height: 64, fill: '#3b2414', ink: '#f2dc9b' },
  };
}
