/**
 * The body from the neck down to below the counter: the torso in its garment,
 * a staff lanyard, and arms placed by the pose (folded, resting on the
 * counter, open, clasped, checking a watch, or down at the sides).
 */
import type { Appearance } from './appearance.ts';
import type { Arms } from './pose.ts';
import { circle, ellipse, g, hex, line, path, rect, shade, tag } from './svg.ts';

/** Half the width at the shoulders. */
export const shoulders = (a: Appearance): number => (a.presentation === 'masculine' ? 92 : a.presentation === 'feminine' ? 80 : 86);

export function neck(a: Appearance): string {
  return g({}, rect(-17, -176, 34, 40, { fill: hex(a.skin.base) }), path('M-17 -164 Q0 -150 17 -164 L17 -152 Q0 -140 -17 -152 Z', { fill: hex(a.skin.shadow) }));
}

function torsoPath(sx: number): string {
  return `M-20 -150 C-50 -148 ${-sx + 6} -142 ${-sx} -112 L${-sx - 6} 96 L${sx + 6} 96 L${sx} -112 C${sx - 6} -142 50 -148 20 -150 Z`;
}

/** The garment's details over the torso: collars, plackets, lapels. */
function garment(a: Appearance, sx: number): string {
  const c = a.clothes;
  const dark = hex(shade(c, -0.22));
  const light = hex(shade(c, 0.25));
  const skin = hex(a.skin.base);
  switch (a.garment) {
    case 'jumper':
      return g({}, path('M-22 -151 Q0 -134 22 -151', { fill: 'none', stroke: dark, 'stroke-width': 6 }), path(`M${-sx + 16} -60 l8 -4 M${sx - 16} -60 l-8 -4`, { stroke: dark, 'stroke-width': 2, opacity: 0.5 }));
    case 'tee':
      return path('M-21 -151 Q0 -136 21 -151', { fill: 'none', stroke: light, 'stroke-width': 5 });
    case 'shirt':
      return g({}, line(0, -140, 0, 96, { stroke: dark, 'stroke-width': 2 }), circle(0, -110, 2.6, { fill: light }), circle(0, -76, 2.6, { fill: light }), circle(0, -42, 2.6, { fill: light }), path('M-20 -152 L0 -138 L-6 -122 L-28 -140 Z M20 -152 L0 -138 L6 -122 L28 -140 Z', { fill: light, stroke: dark, 'stroke-width': 1.4 }));
    case 'blouse':
      return g({}, path('M-20 -151 Q0 -112 20 -151 Z', { fill: skin }), path('M-24 -152 Q-14 -128 0 -120 Q-22 -124 -30 -144 Z M24 -152 Q14 -128 0 -120 Q22 -124 30 -144 Z', { fill: light }));
    case 'cardigan':
      return g({}, path('M-20 -151 L0 -60 L20 -151 Z', { fill: '#efe9df' }), path('M-21 -151 L-2 -60 L-2 96 M21 -151 L2 -60 L2 96', { fill: 'none', stroke: dark, 'stroke-width': 3 }), circle(-8, -40, 2.8, { fill: dark }), circle(-8, -10, 2.8, { fill: dark }));
    case 'blazer': {
      const shirt = a.presentation === 'masculine' ? path('M-4 -138 L4 -138 L7 -60 L0 -50 L-7 -60 Z', { fill: hex(shade(c, -0.45)) }) : '';
      return g({}, path('M-22 -151 L0 -70 L22 -151 Z', { fill: '#f3f1ec' }), shirt, path('M-22 -151 L-36 -128 L-18 -112 L-30 -100 L-2 -60 Z M22 -151 L36 -128 L18 -112 L30 -100 L2 -60 Z', { fill: dark }), circle(-4, -30, 3, { fill: dark }));
    }
    case 'hoodie':
      return g({}, path(`M${-sx + 12} -132 C-60 -160 60 -160 ${sx - 12} -132 C60 -140 30 -148 0 -130 C-30 -148 -60 -140 ${-sx + 12} -132 Z`, { fill: dark }), path('M-10 -132 L-12 -80 M10 -132 L12 -80', { stroke: '#f0ece4', 'stroke-width': 2.4, 'stroke-linecap': 'round' }));
    case 'coat':
      return g({}, path('M-22 -152 L-44 -120 L-26 -100 L-6 -40 L0 96 L6 -40 L26 -100 L44 -120 L22 -152 Q0 -136 -22 -152 Z', { fill: dark }), path('M-20 -151 Q0 -134 20 -151', { fill: 'none', stroke: light, 'stroke-width': 5 }), circle(-18, -40, 3, { fill: light }), circle(18, -40, 3, { fill: light }), circle(-18, 0, 3, { fill: light }), circle(18, 0, 3, { fill: light }));
    case 'uniform':
      return g({}, path('M-20 -152 L0 -138 L20 -152', { fill: 'none', stroke: light, 'stroke-width': 4 }), rect(-sx + 2, -146, 36, 10, { fill: dark, rx: 3, transform: `rotate(10 ${-sx + 20} -141)` }), rect(sx - 38, -146, 36, 10, { fill: dark, rx: 3, transform: `rotate(-10 ${sx - 20} -141)` }), rect(20, -104, 30, 20, { rx: 4, fill: '#c9a227' }), rect(24, -100, 22, 3, { fill: '#7a5e10' }));
  }
}

function badge(a: Appearance): string {
  if (!a.badge) return '';
  return g({}, path('M-14 -148 L-4 -70 M14 -148 L4 -70', { fill: 'none', stroke: '#2a5d8f', 'stroke-width': 3 }), rect(-14, -72, 28, 36, { rx: 3, fill: '#ffffff', stroke: '#b9c2cc', 'stroke-width': 1.2 }), rect(-14, -72, 28, 9, { rx: 2, fill: '#2a5d8f' }), circle(0, -50, 5, { fill: '#c5ccd3' }), rect(-8, -42, 16, 2.5, { fill: '#c5ccd3' }));
}

/** Legs and shoes below the torso: trousers, jeans or a skirt over tights. */
export function legs(a: Appearance): string {
  const { kind, colour, shoes } = a.lower;
  const fill = hex(colour);
  const seam = hex(shade(colour, -0.25));
  const shoe = (x: number) => path(`M${x - 24} 392 Q${x - 24} 372 ${x - 6} 370 L${x + 14} 370 Q${x + 30} 374 ${x + 30} 392 Z`, { fill: hex(shoes) });
  if (kind === 'skirt') {
    const tights = hex(shade(a.skin.base, -0.15));
    return g({}, rect(-44, 200, 30, 176, { rx: 12, fill: tights }), rect(14, 200, 30, 176, { rx: 12, fill: tights }), shoe(-29), shoe(29), path('M-74 60 L74 60 L92 236 Q0 250 -92 236 Z', { fill }), path('M-30 80 L-40 236 M30 80 L40 236', { stroke: seam, 'stroke-width': 2, opacity: 0.5 }));
  }
  return g({}, path('M-78 60 L78 60 L74 372 L10 372 L2 150 L-2 150 L-10 372 L-74 372 Z', { fill }), line(0, 70, 0, 150, { stroke: seam, 'stroke-width': 2 }), kind === 'jeans' ? path('M-60 80 Q-40 96 -20 84 M60 80 Q40 96 20 84', { fill: 'none', stroke: '#d9a441', 'stroke-width': 2, opacity: 0.7 }) : '', shoe(-42), shoe(42));
}

export function torso(a: Appearance): string {
  const sx = shoulders(a);
  const c = a.clothes;
  return g({}, path(torsoPath(sx), { fill: hex(c) }), path(`M${-sx} -112 L${-sx - 6} 96 L${-sx + 14} 96 L${-sx + 12} -100 Z M${sx} -112 L${sx + 6} 96 L${sx - 14} 96 L${sx - 12} -100 Z`, { fill: hex(shade(c, -0.12)) }), garment(a, sx), badge(a));
}

/** An arm from the shoulder through the elbow to the hand, as a thick rounded stroke in the sleeve's colour. */
function arm(a: Appearance, from: readonly [number, number], elbow: readonly [number, number], hand: readonly [number, number]): string {
  const sleeve = hex(shade(a.clothes, -0.08));
  return path(`M${from[0]} ${from[1]} L${elbow[0]} ${elbow[1]} L${hand[0]} ${hand[1]}`, { fill: 'none', stroke: sleeve, 'stroke-width': 30, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
}

const hand = (a: Appearance, x: number, y: number, rx = 12, ry = 10, angle = 0) =>
  g({}, ellipse(x, y, rx, ry, { fill: hex(a.skin.base), transform: angle ? `rotate(${angle} ${x} ${y})` : undefined }), ellipse(x, y + ry * 0.35, rx * 0.7, ry * 0.35, { fill: hex(a.skin.shadow), opacity: 0.35, transform: angle ? `rotate(${angle} ${x} ${y})` : undefined }));

export function arms(a: Appearance, pose: Arms): string {
  const sx = shoulders(a);
  const s = sx - 8;
  switch (pose) {
    case 'down':
      return arm(a, [-s, -126], [-sx - 8, -40], [-sx - 4, 50]) + arm(a, [s, -126], [sx + 8, -40], [sx + 4, 50]) + hand(a, -sx - 4, 66, 12, 15) + hand(a, sx + 4, 66, 12, 15);
    case 'on-counter':
      // Leaning on the counter, hands flat on it.
      return arm(a, [-s, -126], [-sx - 18, -46], [-sx + 22, -12]) + arm(a, [s, -126], [sx + 18, -46], [sx - 22, -12]) + hand(a, -sx + 24, -10, 15, 9) + hand(a, sx - 24, -10, 15, 9);
    case 'folded':
      return (
        arm(a, [-s, -126], [-sx - 4, -52], [-sx - 2, -52]) +
        arm(a, [s, -126], [sx + 4, -56], [sx + 2, -56]) +
        arm(a, [-sx - 2, -54], [-sx + 10, -60], [34, -80]) +
        hand(a, 40, -82, 11, 9, -15) +
        arm(a, [sx + 2, -60], [sx - 10, -66], [-30, -90]) +
        hand(a, -36, -92, 11, 9, 15)
      );
    case 'open':
      return arm(a, [-s, -126], [-sx - 14, -46], [-sx - 42, -66]) + arm(a, [s, -126], [sx + 14, -46], [sx + 42, -66]) + hand(a, -sx - 48, -72, 12, 11, -30) + hand(a, sx + 48, -72, 12, 11, 30);
    case 'clasped':
      return arm(a, [-s, -126], [-sx - 6, -50], [-12, -40]) + arm(a, [s, -126], [sx + 6, -50], [12, -40]) + hand(a, -8, -40, 13, 11) + hand(a, 8, -36, 13, 11);
    case 'watch':
      // Looking at a watch: one forearm raised across the chest, the other hand at its wrist.
      return (
        arm(a, [s, -126], [sx + 6, -46], [14, -66]) +
        arm(a, [-s, -126], [-sx - 4, -54], [30, -84]) +
        tag('rect', { x: 6, y: -90, width: 13, height: 12, rx: 3, fill: '#2b2f36', transform: 'rotate(-10 12 -84)' }) +
        hand(a, 40, -88, 11, 9, -10) +
        hand(a, 16, -66, 11, 9)
      );
  }
}
