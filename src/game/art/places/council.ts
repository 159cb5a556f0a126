/**
 * A council's customer service centre: a ticket display calling the next
 * number, the ticket machine, booths divided by screens with their desk
 * numbers, a notice board, the waiting area's chairs behind the customer.
 */
import { circle, g, hex, path, rect, shade, tag, verticalGradient } from '../svg.ts';
import { ceilingLights, chair, counter, monitorBack, noticeBoard, plant, wallAndFloor, wallScreen } from './furniture.ts';
import { standing, type Setting } from './setting.ts';

/** Seven-segment style digits for the ticket display. */
function digits(x: number, y: number, text: string, colour: string, size = 1): string {
  return tag('text', { x, y, fill: colour, 'font-family': 'DejaVu Sans Mono, Noto Sans Mono, monospace', 'font-weight': 700, 'font-size': 56 * size, 'letter-spacing': 4 }, text);
}

function ticketMachine(x: number): string {
  return g({}, rect(x - 40, 430, 80, 330, { rx: 12, fill: '#d64b3c' }), rect(x - 30, 450, 60, 70, { rx: 6, fill: '#1f2a35' }), rect(x - 22, 458, 44, 10, { fill: '#7fc6a4' }), circle(x, 560, 16, { fill: '#f2d16b', stroke: '#b68f1e', 'stroke-width': 4 }), rect(x - 18, 600, 36, 6, { rx: 3, fill: '#1f2a35' }), rect(x - 10, 606, 20, 26, { fill: '#ffffff' }));
}

/** A fabric screen dividing the booths, with the desk's number on a plate. */
function booth(x: number, number: string): string {
  return g({}, rect(x - 70, 380, 140, 400, { rx: 10, fill: '#5d7a8c' }), rect(x - 60, 392, 120, 376, { rx: 6, fill: '#6f8fa2' }), rect(x - 40, 340, 80, 56, { rx: 8, fill: '#1f3b57' }), tag('text', { x, y: 384, fill: '#ffffff', 'text-anchor': 'middle', 'font-family': 'DejaVu Sans, Noto Sans, sans-serif', 'font-weight': 700, 'font-size': 40 }, number));
}

export function council(rand: () => number): Setting {
  const wallTop = 0xe3ece5;
  const wallBottom = 0xc9d8cd;
  const brand = 0x245a46;
  const crest = g({ transform: 'translate(1190 40)' }, path('M0 0 L70 0 L70 52 Q70 86 35 100 Q0 86 0 52 Z', { fill: hex(brand) }), path('M14 16 L56 16 L56 50 Q56 70 35 80 Q14 70 14 50 Z', { fill: '#e8c35a' }), path('M35 26 L45 48 L25 48 Z', { fill: hex(brand) }));
  const chairs = [230, 320, 410, 1190, 1280, 1370].map((x) => chair(x, 740, 0x3f7d6a, 0.95));
  const back = g(
    {},
    wallAndFloor(wallTop, wallBottom, 0x9aa59d),
    ceilingLights(),
    crest,
    wallScreen(250, 180, 330, 140),
    digits(276, 268, '047', '#ff5a3c'),
    path('M476 232 L510 232 L510 218 L538 246 L510 274 L510 260 L476 260 Z', { fill: '#ffb347' }),
    tag('text', { x: 546, y: 266, fill: '#ffb347', 'font-family': 'DejaVu Sans Mono, Noto Sans Mono, monospace', 'font-weight': 700, 'font-size': 46 }, '3'),
    noticeBoard(1130, 200, 300, 200, rand),
    ticketMachine(90),
    ...chairs,
    plant(1500, 760, 1),
  );
  const front = g({}, counter(740, 0x8c949c, brand), booth(150, '3'), booth(1450, '4'), monitorBack(1150, 596, 200, 136), rect(260, 716, 120, 26, { rx: 4, fill: hex(shade(brand, 0.5)) }));
  return {
    place: 'council-desk',
    defs: verticalGradient('wall', hex(wallTop), hex(wallBottom)),
    back,
    front,
    customer: { x: 800, y: 745, scale: 1.25 },
    waiting: [standing(540, 0.78), standing(1080, 0.74), standing(400, 0.7), standing(1200, 0.66)],
    sign: { x: 800, y: 82, width: 620, height: 76, fill: hex(brand), ink: '#ffffff' },
  };
}
