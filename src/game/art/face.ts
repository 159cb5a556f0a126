/**
 * The face: its shape, eyes, brows, nose, mouth, lines of age and facial
 * hair, in the figure's local units (head centred on x = 0, eyes at y = -212,
 * chin at y = -149). Expressions are read from a Pose.
 */
import type { Appearance } from './appearance.ts';
import type { Pose } from './pose.ts';
import { circle, ellipse, g, hex, n, path, shade, tag } from './svg.ts';

const INK = '#2b201b';
const EYE_Y = -212;
const MOUTH_Y = -171;

/** 0 for a feminine jaw, 1 for a masculine one. */
const jawOf = (a: Appearance) => (a.presentation === 'masculine' ? 1 : a.presentation === 'feminine' ? 0 : 0.5);

/** The face's outline, cranium included: the hair and headwear are drawn to it. */
export function faceOutline(a: Appearance): string {
  const j = jawOf(a);
  const cheek = -186 + j * 5;
  const chinW = 30 + j * 8;
  const chinY = -149 + j;
  return `M-50 -214 C-52 -262 -28 -286 0 -286 C28 -286 52 -262 50 -214 C50 ${n(cheek)} ${n(chinW)} ${n(chinY - 3)} 0 ${n(chinY)} C${n(-chinW)} ${n(chinY - 3)} -50 ${n(cheek)} -50 -214 Z`;
}

export function ears(a: Appearance): string {
  return [-1, 1]
    .map((side) =>
      g({}, ellipse(side * 50, -211, 8, 13, { fill: hex(a.skin.base) }), path(`M${side * 51} -219 Q${side * 55} -211 ${side * 50} -203`, { fill: 'none', stroke: hex(a.skin.shadow), 'stroke-width': 2, 'stroke-linecap': 'round' })),
    )
    .join('');
}

export function head(a: Appearance): string {
  return path(faceOutline(a), { fill: hex(a.skin.base) });
}

function eye(a: Appearance, pose: Pose, side: number, blink: boolean, lookDown: boolean, id: string): string {
  const x = side * 19;
  if (blink) return path(`M${x - 9} ${EYE_Y} Q${x} ${EYE_Y + 4} ${x + 9} ${EYE_Y}`, { fill: 'none', stroke: INK, 'stroke-width': 2.4, 'stroke-linecap': 'round' });
  const ry = 6 * pose.eyes;
  // Worry lifts the inner corners; anger lowers the upper lid.
  const slant = pose.worry * 2.5 * side;
  const shape = `M${x - 10} ${EYE_Y + slant * 0.4} Q${x} ${EYE_Y - ry * 2} ${x + 10} ${EYE_Y - slant * 0.4} Q${x} ${EYE_Y + ry * 1.5} ${x - 10} ${EYE_Y + slant * 0.4} Z`;
  const clip = `${id}-eye${side}`;
  const iy = EYE_Y + (lookDown ? 2.5 : 0);
  const parts = [
    tag('clipPath', { id: clip }, path(shape)),
    path(shape, { fill: '#fbf8f4' }),
    g({ 'clip-path': `url(#${clip})` }, circle(x, iy, 5, { fill: hex(a.eyes) }), circle(x, iy, 2.5, { fill: '#120c0a' }), circle(x + 1.6, iy - 1.8, 1.3, { fill: '#ffffff' })),
    path(`M${x - 10.5} ${EYE_Y + slant * 0.4 + 0.5} Q${x} ${EYE_Y - ry * 2.05} ${x + 10.5} ${EYE_Y - slant * 0.4 + 0.5}`, { fill: 'none', stroke: INK, 'stroke-width': 2.4, 'stroke-linecap': 'round' }),
  ];
  if (a.presentation !== 'masculine') parts.push(path(`M${x + side * 10} ${EYE_Y - side * slant * 0.4 - 0.5} l${side * 4} -3`, { stroke: INK, 'stroke-width': 1.8, 'stroke-linecap': 'round' }));
  return parts.join('');
}

export function eyes(a: Appearance, pose: Pose, blink: boolean, id: string): string {
  const lookDown = pose.arms === 'watch';
  return eye(a, pose, -1, blink, lookDown, id) + eye(a, pose, 1, blink, lookDown, id);
}

export function brows(a: Appearance, pose: Pose): string {
  const width = a.presentation === 'masculine' ? 5.4 : a.presentation === 'feminine' ? 3.8 : 4.6;
  return [-1, 1]
    .map((side) => {
      let inner = -231;
      let outer = -232;
      if (pose.brows < 0) {
        inner += -pose.brows * 7;
        outer -= -pose.brows * 2;
      } else {
        inner -= pose.brows * 4;
        outer -= pose.brows * 4;
      }
      inner -= pose.worry * 8;
      outer += pose.worry * 2;
      // Puzzled: the left brow goes up, the right down a little.
      const lift = side < 0 ? pose.puzzled * 8 : -pose.puzzled * 2;
      inner -= lift;
      outer -= lift;
      const arch = Math.min(inner, outer) - 4 + (pose.brows < 0 ? -pose.brows * 2 : 0);
      return path(`M${side * 8} ${n(inner)} Q${side * 20} ${n(arch)} ${side * 31} ${n(outer)}`, { fill: 'none', stroke: hex(a.hair.brow), 'stroke-width': width, 'stroke-linecap': 'round' });
    })
    .join('');
}

export function nose(a: Appearance): string {
  const size = a.presentation === 'masculine' ? 1.12 : 1;
  return path(`M-2 -206 Q${-7 * size} ${-191 * 1} ${-7 * size} ${-185} Q-2 ${-180.5} ${4 * size} ${-183}`, { fill: 'none', stroke: hex(shade(a.skin.shadow, -0.1)), 'stroke-width': 2.3, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
}

export function mouth(a: Appearance, pose: Pose, talking: boolean): string {
  const s = pose.smile;
  const w = 15 + Math.max(0, s) * 3;
  const corner = MOUTH_Y - 4 * s;
  const lip = a.presentation === 'masculine' ? hex(shade(a.skin.shadow, -0.15)) : hex(a.skin.lip);
  if (talking) {
    const top = `M${-w + 3} ${corner} Q0 ${MOUTH_Y - 3 - s * 2} ${w - 3} ${corner}`;
    const shape = `${top} Q0 ${MOUTH_Y + 12} ${-w + 3} ${corner} Z`;
    return g({}, path(shape, { fill: '#5a2024' }), path(`M${-w + 6} ${corner + 1} Q0 ${MOUTH_Y - 1 - s * 2} ${w - 6} ${corner + 1} L${w - 8} ${corner + 3} Q0 ${MOUTH_Y + 1.5} ${-w + 8} ${corner + 3} Z`, { fill: '#f4efe8' }), path(shape, { fill: 'none', stroke: lip, 'stroke-width': 2.2, 'stroke-linejoin': 'round' }));
  }
  if (s > 0.6) {
    // A broad smile shows the teeth.
    const shape = `M${-w} ${corner} Q0 ${MOUTH_Y + 4} ${w} ${corner} Q0 ${MOUTH_Y + 15} ${-w} ${corner} Z`;
    return g({}, path(shape, { fill: '#5a2024' }), path(`M${-w + 2} ${corner + 0.5} Q0 ${MOUTH_Y + 4.5} ${w - 2} ${corner + 0.5} L${w - 4} ${corner + 3} Q0 ${MOUTH_Y + 8} ${-w + 4} ${corner + 3} Z`, { fill: '#f4efe8' }), path(shape, { fill: 'none', stroke: lip, 'stroke-width': 2, 'stroke-linejoin': 'round' }));
  }
  const parts = [path(`M${-w} ${n(corner)} Q0 ${n(MOUTH_Y + 8 * s)} ${w} ${n(corner)}`, { fill: 'none', stroke: lip, 'stroke-width': a.presentation === 'masculine' ? 2.8 : 3.4, 'stroke-linecap': 'round' })];
  // A lower lip, lightly: a shade under the line.
  parts.push(path(`M${-w * 0.55} ${n(MOUTH_Y + 4 + 4 * s)} Q0 ${n(MOUTH_Y + 7 + 4 * s)} ${w * 0.55} ${n(MOUTH_Y + 4 + 4 * s)}`, { fill: 'none', stroke: hex(a.skin.shadow), 'stroke-width': 2, 'stroke-linecap': 'round', opacity: 0.6 }));
  return parts.join('');
}

export function cheeks(a: Appearance, pose: Pose): string {
  const alpha = 0.12 + pose.flush * 0.35;
  return [-1, 1].map((side) => ellipse(side * 29, -190, 9, 6, { fill: '#e0605a', opacity: alpha })).join('');
}

/** Lines of age: laughter lines in middle age, then crow's feet, a lined forehead and softer eyes. */
export function ageLines(a: Appearance): string {
  if (a.age === 'young' || a.age === 'adult') return '';
  const ink = { fill: 'none', stroke: hex(shade(a.skin.shadow, -0.12)), 'stroke-linecap': 'round', opacity: 0.55 } as const;
  const older = a.age === 'older';
  const parts: string[] = [];
  for (const side of [-1, 1]) {
    parts.push(path(`M${side * 11} -186 Q${side * 19} -178 ${side * 19} -166`, { ...ink, 'stroke-width': older ? 2 : 1.6 }));
    parts.push(path(`M${side * 31} -210 l${side * 5} -2 M${side * 31} -206 l${side * 5} 1`, { ...ink, 'stroke-width': 1.4 }));
    if (older) parts.push(path(`M${side * 12} -203 Q${side * 19} -199 ${side * 26} -203`, { ...ink, 'stroke-width': 1.4 }));
  }
  if (older) parts.push(path('M-18 -250 Q0 -254 18 -250 M-14 -244 Q0 -247 14 -244', { ...ink, 'stroke-width': 1.5 }));
  return parts.join('');
}

/** Stubble and beards sit on the face, under the mouth; a moustache goes over it (see `moustache`). */
export function facialHair(a: Appearance): string {
  const colour = hex(a.hair.colour);
  if (a.facialHair === 'stubble') {
    return path('M-50 -206 L-34 -191 Q0 -184 34 -191 L50 -206 C50 -176 30 -149 0 -148 C-30 -149 -50 -176 -50 -206 Z', { fill: colour, opacity: 0.3 });
  }
  if (a.facialHair === 'beard') {
    return g(
      {},
      // A shade darker than the hair and edged, so a fair beard on fair skin still reads as a beard, not a blur.
      path('M-51 -214 L-44 -199 Q-30 -187 -17 -184 Q0 -190 17 -184 Q30 -187 44 -199 L51 -214 C55 -170 37 -131 0 -127 C-37 -131 -55 -170 -51 -214 Z', { fill: hex(shade(a.hair.colour, -0.12)), stroke: hex(a.hair.shadow), 'stroke-width': 1.6 }),
      path('M-30 -150 Q0 -136 30 -150', { fill: 'none', stroke: hex(a.hair.shadow), 'stroke-width': 2, opacity: 0.6 }),
    );
  }
  return '';
}

export function moustache(a: Appearance): string {
  if (a.facialHair !== 'moustache' && a.facialHair !== 'beard') return '';
  return path('M-19 -175 Q-11 -186 0 -181 Q11 -186 19 -175 Q10 -178.5 0 -176.5 Q-10 -178.5 -19 -175 Z', { fill: hex(a.hair.colour) });
}

export function glasses(a: Appearance): string {
  if (!a.glasses) return '';
  const frame = { fill: '#ffffff', 'fill-opacity': 0.14, stroke: '#2d2d33', 'stroke-width': 2.6 };
  return g(
    {},
    tag('rect', { x: -33, y: -222, width: 27, height: 19, rx: 6, ...frame }),
    tag('rect', { x: 6, y: -222, width: 27, height: 19, rx: 6, ...frame }),
    path('M-6 -214 Q0 -218 6 -214 M-33 -215 L-49 -217 M33 -215 L49 -217', { fill: 'none', stroke: '#2d2d33', 'stroke-width': 2.4, 'stroke-linecap': 'round' }),
    path('M-28 -218 l6 0 M11 -218 l6 0', { stroke: '#ffffff', 'stroke-width': 1.6, opacity: 0.55, 'stroke-linecap': 'round' }),
  );
}
