/**
 * A GP surgery's reception seen from behind the hatch: a wide window onto the
 * waiting room with its sliding glass pushed aside (its edge clear of the
 * patient's face), the ledge with hand gel and a leaflet stand; through it,
 * rows of chairs, a notice board, a clock, a health poster and the door to
 * the consulting rooms with its green cross.
 */
import { g, hex, path, rect, verticalGradient } from '../svg.ts';
import { chair, clock, noticeBoard, plant, poster, wallAndFloor } from './furniture.ts';
import { standing, type Setting } from './setting.ts';

const NHS_BLUE = 0x005eb8;
const WALL = { top: 0xeef3f7, bottom: 0xd5e1ea } as const;
const HATCH = { x0: 300, x1: 1300, y0: 250, y1: 722 } as const;

function waitingRoom(rand: () => number): string {
  const cross = g({ transform: 'translate(1150 330)' }, rect(-12, -34, 24, 68, { fill: '#2e9e5b' }), rect(-34, -12, 68, 24, { fill: '#2e9e5b' }));
  return g(
    {},
    wallAndFloor(WALL.top, WALL.bottom, 0xb9c4b1),
    // The door to the consulting rooms.
    rect(1040, 280, 220, 480, { fill: '#ffffff' }),
    rect(1056, 296, 188, 464, { fill: '#cfdde8' }),
    cross,
    rect(1210, 540, 14, 40, { rx: 4, fill: '#8a96a3' }),
    noticeBoard(360, 270, 280, 170, rand),
    clock(760, 300),
    poster(860, 290, 110, 150, 0xffffff, NHS_BLUE),
    // Two rows of chairs along the wall, the nearer row a little larger.
    ...[380, 470, 560, 650].map((x) => chair(x, 700, NHS_BLUE, 0.8)),
    ...[900, 990].map((x) => chair(x, 700, NHS_BLUE, 0.8)),
    plant(1000, 560, 0.7),
  );
}

/** The reception's own wall around the hatch, the frame, the glass pushed to the left and the ledge. */
function receptionWall(): string {
  const { x0, x1, y0, y1 } = HATCH;
  const frame = '#c9d3dc';
  const gel = g({}, rect(1190, y1 - 92, 44, 92, { rx: 8, fill: '#ffffff', stroke: '#aab8c4', 'stroke-width': 3 }), rect(1200, y1 - 112, 24, 22, { rx: 4, fill: '#2e9e5b' }), rect(1198, y1 - 60, 28, 24, { rx: 3, fill: '#d7ecff' }));
  const leaflets = g({}, rect(372, y1 - 86, 96, 86, { rx: 4, fill: '#dfe5eb' }), ...[0, 1, 2].map((i) => rect(380 + i * 30, y1 - 80 + (i % 2) * 6, 24, 64, { rx: 2, fill: hex([NHS_BLUE, 0x2e9e5b, 0xf2b134][i]!) })));
  return g(
    {},
    path(`M-3000 -3000 L4600 -3000 L4600 3000 L-3000 3000 Z M${x0} ${y0} L${x1} ${y0} L${x1} ${y1} L${x0} ${y1} Z`, { fill: '#f6f8fa', 'fill-rule': 'evenodd' }),
    rect(x0 - 20, y0 - 18, x1 - x0 + 40, 18, { fill: frame }),
    rect(x0 - 20, y0 - 10, 20, y1 - y0 + 20, { fill: frame }),
    rect(x1, y0 - 10, 20, y1 - y0 + 20, { fill: frame }),
    // The sliding glass, pushed to the left.
    rect(x0, y0, 250, y1 - y0, { fill: '#cfe6f2', opacity: 0.35 }),
    rect(x0, y0, 250, y1 - y0, { fill: 'none', stroke: '#aab8c4', 'stroke-width': 6 }),
    path(`M${x0 + 30} ${y0 + 30} L${x0 + 110} ${y0 + 150} M${x0 + 60} ${y0 + 30} L${x0 + 170} ${y0 + 190}`, { stroke: '#ffffff', 'stroke-width': 6, opacity: 0.5, 'stroke-linecap': 'round' }),
    // The ledge, and the desk below it on the reception side.
    rect(x0 - 50, y1 - 2, x1 - x0 + 100, 36, { rx: 4, fill: '#b8c6d2' }),
    rect(-3000, y1 + 32, 7600, 3000, { fill: '#e7edf2' }),
    rect(-3000, 900, 7600, 3000, { fill: '#d5dee6' }),
    leaflets,
    gel,
    // A patient information panel on the reception side of the wall.
    rect(110, 400, 150, 210, { rx: 6, fill: hex(NHS_BLUE) }),
    rect(126, 420, 118, 16, { rx: 3, fill: '#ffffff' }),
    rect(126, 450, 92, 10, { rx: 3, fill: '#ffffff', opacity: 0.7 }),
    rect(126, 470, 104, 10, { rx: 3, fill: '#ffffff', opacity: 0.7 }),
  );
}

export function surgery(rand: () => number): Setting {
  return {
    place: 'gp-reception',
    defs: verticalGradient('wall', hex(WALL.top), hex(WALL.bottom)),
    back: waitingRoom(rand),
    front: receptionWall(),
    customer: { x: 800, y: 750, scale: 1.25 },
    waiting: [standing(560, 0.7), standing(1090, 0.66), standing(680, 0.6)],
    sign: { x: 800, y: 196, width: 560, height: 66, fill: hex(NHS_BLUE), ink: '#ffffff', inFront: true },
  };
}
