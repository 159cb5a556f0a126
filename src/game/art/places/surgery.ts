/**
 * A GP surgery's reception seen from behind the hatch: the wall with its
 * window onto the waiting room, the sliding glass pushed open, the ledge; in
 * the waiting room, chairs, a notice board, a clock and the door to the
 * consulting rooms with its green cross.
 */
import { g, hex, path, rect, verticalGradient } from '../svg.ts';
import { chair, clock, noticeBoard, plant, poster, wallAndFloor } from './furniture.ts';
import { standing, type Setting } from './setting.ts';

export function surgery(rand: () => number): Setting {
  const wallTop = 0xeef3f7;
  const wallBottom = 0xd5e1ea;
  const nhsBlue = 0x005eb8;
  const cross = g({ transform: 'translate(1090 300)' }, rect(-12, -34, 24, 68, { fill: '#2e9e5b' }), rect(-34, -12, 68, 24, { fill: '#2e9e5b' }));
  const back = g(
    {},
    wallAndFloor(wallTop, wallBottom, 0xb9c4b1),
    rect(980, 250, 220, 510, { fill: '#ffffff' }),
    rect(996, 266, 188, 494, { fill: '#cfdde8' }),
    cross,
    rect(1150, 520, 14, 40, { rx: 4, fill: '#8a96a3' }),
    noticeBoard(300, 220, 300, 190, rand),
    clock(760, 250),
    poster(640, 300, 110, 150, 0xffffff, nhsBlue),
    ...[330, 420, 510, 600, 690].map((x) => chair(x, 730, nhsBlue, 0.9)),
    plant(1300, 760, 1.1),
  );
  // The reception wall in front, with the hatch cut into it.
  const front = g(
    {},
    path('M-3000 -3000 L4600 -3000 L4600 3000 L-3000 3000 Z M470 300 L1130 300 L1130 730 L470 730 Z', { fill: '#f6f8fa', 'fill-rule': 'evenodd' }),
    rect(450, 282, 700, 18, { fill: '#c9d3dc' }),
    rect(450, 290, 20, 450, { fill: '#c9d3dc' }),
    rect(1130, 290, 20, 450, { fill: '#c9d3dc' }),
    // The sliding glass, pushed to one side.
    rect(470, 300, 230, 430, { fill: '#cfe6f2', opacity: 0.3 }),
    rect(470, 300, 230, 430, { fill: 'none', stroke: '#aab8c4', 'stroke-width': 6 }),
    path('M500 330 L580 450 M530 330 L640 490', { stroke: '#ffffff', 'stroke-width': 6, opacity: 0.5, 'stroke-linecap': 'round' }),
    rect(420, 728, 760, 34, { rx: 4, fill: '#b8c6d2' }),
    rect(-3000, 760, 7600, 3000, { fill: '#e7edf2' }),
    rect(-3000, 900, 7600, 3000, { fill: '#d5dee6' }),
    rect(180, 420, 160, 220, { rx: 6, fill: hex(nhsBlue) }),
    rect(196, 440, 128, 16, { rx: 3, fill: '#ffffff' }),
    rect(196, 470, 100, 10, { rx: 3, fill: '#ffffff', opacity: 0.7 }),
    rect(196, 490, 112, 10, { rx: 3, fill: '#ffffff', opacity: 0.7 }),
    rect(1300, 600, 50, 120, { rx: 8, fill: '#ffffff', stroke: '#aab8c4', 'stroke-width': 3 }),
    rect(1312, 580, 26, 24, { rx: 4, fill: '#2e9e5b' }),
  );
  return {
    place: 'gp-reception',
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 750, scale: 1.25 },
    waiting: [standing(600, 0.7), standing(1000, 0.66), standing(700, 0.62)],
    sign: { x: 800, y: 200, width: 600, height: 70, fill: hex(nhsBlue), ink: '#ffffff', inFront: true },
  };
}
