/**
 * Offices seen from the learner's own desk. The contact centre: rows of
 * advisers in headsets at their screens, a wallboard counting calls waiting,
 * and on the learner's desk a screen, a keyboard and a headset on its stand.
 * The back office: filing cabinets, shelves of binders, a pin board, a window
 * with blinds, and a desk with an in-tray.
 */
import { appearanceOf, crowdLooks } from '../appearance.ts';
import { figureBody } from '../figure.ts';
import { crowdPose } from '../pose.ts';
import { circle, ellipse, g, hex, line, path, rect, shade, verticalGradient } from '../svg.ts';
import { ceilingLights, clock, monitorBack, monitorFront, noticeBoard, plant, streetWindow, wallAndFloor, wallScreen } from './furniture.ts';
import { standing, type Setting } from './setting.ts';

const DESK_TOP = 770;

/** The learner's desk seen from the chair: its top fills the bottom of the view. */
function desk(colour: number): string {
  return g({}, rect(-3000, DESK_TOP, 7600, 3000, { fill: hex(colour) }), rect(-3000, DESK_TOP, 7600, 10, { fill: hex(shade(colour, -0.18)) }), rect(-3000, DESK_TOP + 10, 7600, 60, { fill: hex(shade(colour, 0.06)) }));
}

function keyboard(x: number, y: number): string {
  const keys: string[] = [];
  for (let r = 0; r < 4; r++) for (let c = 0; c < 14; c++) keys.push(rect(x + 10 + c * 22, y + 10 + r * 18, 18, 14, { rx: 2, fill: '#d9dee4' }));
  return g({}, rect(x, y, 330, 90, { rx: 8, fill: '#b8c0c8' }), ...keys);
}

function headsetStand(x: number): string {
  return g({}, rect(x - 6, DESK_TOP - 150, 12, 150, { fill: '#3a3f47' }), ellipse(x, DESK_TOP, 40, 10, { fill: '#3a3f47' }), path(`M${x - 40} ${DESK_TOP - 120} Q${x} ${DESK_TOP - 190} ${x + 40} ${DESK_TOP - 120}`, { fill: 'none', stroke: '#23272e', 'stroke-width': 8 }), rect(x - 52, DESK_TOP - 130, 22, 36, { rx: 8, fill: '#23272e' }), rect(x + 30, DESK_TOP - 130, 22, 36, { rx: 8, fill: '#23272e' }));
}

const mug = (x: number) => g({}, rect(x, DESK_TOP - 10, 48, 60, { rx: 6, fill: '#c0623f' }), path(`M${x + 48} ${DESK_TOP + 4} q20 0 20 18 q0 18 -20 18`, { fill: 'none', stroke: '#c0623f', 'stroke-width': 7 }));

/** Advisers at their screens across the floor, in headsets. */
function advisers(key: string): string {
  const looks = crowdLooks(`advisers|${key}`, 5);
  const seats = [
    { x: 360, scale: 0.46 },
    { x: 1120, scale: 0.46 },
    { x: 150, scale: 0.6 },
    { x: 560, scale: 0.6 },
    { x: 1340, scale: 0.6 },
  ];
  return seats
    .map((seat, i) => {
      const spot = standing(seat.x, seat.scale);
      const person = g({ transform: `translate(${spot.x} ${spot.y + 40 * seat.scale}) scale(${seat.scale})` }, figureBody(appearanceOf(looks[i]!), crowdPose(0.1, i), { headset: true }, `adv${i}`));
      return g({}, person, monitorBack(seat.x - 130 * seat.scale, spot.y - 40 * seat.scale, 150 * seat.scale, 110 * seat.scale), monitorBack(seat.x + 0 * seat.scale, spot.y - 40 * seat.scale, 150 * seat.scale, 110 * seat.scale), rect(seat.x - 240 * seat.scale, spot.y + 80 * seat.scale, 480 * seat.scale, 26 * seat.scale, { fill: '#c9ced4' }));
    })
    .join('');
}

export function contactCentre(key: string): Setting {
  const wallTop = 0xe6ebf0;
  const wallBottom = 0xcdd6de;
  const brand = 0x3d4f8c;
  const phoneIcon = path('M0 0 q6 -6 12 0 l4 8 q2 4 -2 7 l-4 3 q6 12 18 18 l3 -4 q3 -4 7 -2 l8 4 q6 6 0 12 q-6 6 -16 4 q-30 -8 -34 -34 q-2 -10 4 -16 z', { fill: '#7fc6a4' });
  const back = g(
    {},
    wallAndFloor(wallTop, wallBottom, 0x5d6675, 700),
    ceilingLights(),
    streetWindow(-200, 170, 260, 240),
    streetWindow(1400, 170, 260, 240),
    wallScreen(300, 150, 480, 150),
    g({ transform: 'translate(332 198)' }, phoneIcon),
    g({ transform: 'translate(556 202)' }, circle(22, 22, 22, { fill: 'none', stroke: '#ffb347', 'stroke-width': 5 }), line(22, 22, 22, 8, { stroke: '#ffb347', 'stroke-width': 4 }), line(22, 22, 32, 26, { stroke: '#ffb347', 'stroke-width': 4 })),
    rect(-3000, 600, 7600, 110, { fill: '#9aa4ae' }),
    advisers(key),
    plant(1000, 700, 0.9),
  );
  const partition = (x: number) => g({}, rect(x, 560, 26, 260, { rx: 6, fill: '#6f7f95' }), rect(x + 4, 566, 18, 248, { rx: 4, fill: '#8393a9' }));
  const front = g({}, partition(-10), partition(1584), desk(0xd8cdb8), monitorFront(1010, 500, 400, 240, brand), keyboard(860, 850), headsetStand(1520), mug(240));
  return {
    place: 'contact-centre',
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 760, scale: 1.25 },
    waiting: [],
    board: { calls: { x: 396, y: 225 }, wait: { x: 612, y: 225 }, height: 70 },
  };
}

function filingCabinet(x: number): string {
  return g({}, rect(x, 470, 150, 300, { rx: 6, fill: '#8a96a3' }), ...[0, 1, 2].map((i) => g({}, rect(x + 10, 482 + i * 96, 130, 86, { rx: 4, fill: '#9aa6b2' }), rect(x + 55, 500 + i * 96, 40, 10, { rx: 4, fill: '#5d6773' }))));
}

function binders(x: number, y: number, rand: () => number): string {
  const colours = [0x2f6f8f, 0xc0623f, 0x6f9a5a, 0xd9a441, 0x8f6fa8, 0x3d5a80, 0x9c3d54];
  const parts: string[] = [];
  for (let row = 0; row < 2; row++) {
    parts.push(rect(x, y + 120 + row * 130, 340, 12, { fill: '#8a6a48' }));
    for (let i = 0; i < 9; i++) {
      const c = colours[Math.floor(rand() * colours.length)]!;
      const h = 90 + rand() * 24;
      parts.push(rect(x + 8 + i * 36, y + 120 + row * 130 - h, 30, h, { rx: 3, fill: hex(c) }), rect(x + 14 + i * 36, y + 130 + row * 130 - h, 18, 26, { fill: '#ffffff', opacity: 0.8 }), circle(x + 23 + i * 36, y + 100 + row * 130, 5, { fill: hex(shade(c, -0.3)) }));
    }
  }
  return g({}, ...parts);
}

function blinds(x: number, y: number, w: number, h: number): string {
  const slats: string[] = [];
  for (let sy = y + 8; sy < y + h * 0.55; sy += 14) slats.push(rect(x, sy, w, 9, { fill: '#f1efe8' }));
  return g({}, streetWindow(x, y, w, h), ...slats, line(x + w - 20, y, x + w - 20, y + h * 0.7, { stroke: '#bdb8ab', 'stroke-width': 2 }));
}

export function backOffice(rand: () => number): Setting {
  const wallTop = 0xede6da;
  const wallBottom = 0xd8cfc0;
  const back = g(
    {},
    wallAndFloor(wallTop, wallBottom, 0x6b7380, 740),
    ceilingLights(),
    blinds(560, 160, 480, 330),
    binders(140, 180, rand),
    noticeBoard(1130, 200, 300, 210, rand),
    clock(1500, 160),
    filingCabinet(120),
    filingCabinet(1300),
    rect(1120, 560, 160, 120, { rx: 8, fill: '#d9dde2' }),
    rect(1140, 576, 120, 20, { rx: 4, fill: '#3a3f47' }),
    rect(1150, 640, 100, 14, { fill: '#ffffff' }),
    rect(-3000, 680, 7600, 30, { fill: '#b7a58a' }),
    plant(480, 740, 1),
  );
  const tray = g({}, rect(220, DESK_TOP - 30, 220, 60, { rx: 6, fill: '#3a3f47' }), rect(232, DESK_TOP - 44, 196, 30, { fill: '#ffffff' }), rect(240, DESK_TOP - 52, 180, 20, { fill: '#f4f1e8' }));
  const front = g({}, desk(0xcdb99a), monitorFront(1010, 500, 400, 240, 0x2f6f6a), keyboard(860, 850), tray, mug(1500));
  return {
    place: 'back-office',
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 760, scale: 1.25 },
    waiting: [],
  };
}
