/**
 * Hair in two layers: what shows behind the head and shoulders (long hair, a
 * bun, a ponytail, an afro's volume) and what lies over the head (the cap of
 * hair, a fringe, strands framing the face). Each style of the format's
 * vocabulary has its own shape, so long hair, a bob and a shaved head never
 * look alike. Headwear (headwear.ts) hides what it covers.
 */
import type { Appearance } from './appearance.ts';
import { circle, g, hex, n, path } from './svg.ts';

/** Hair covering the cranium from ear to ear, its front edge (the hairline) at `hairline`. */
function cap(thickness: number, hairline: number, sideburn = -204): string {
  const top = -286 - thickness;
  return `M${-50 - thickness * 0.4} ${sideburn} C${-54 - thickness} -262 -30 ${top} 0 ${top} C30 ${top} ${54 + thickness} -262 ${50 + thickness * 0.4} ${sideburn} L46 ${sideburn} C46 -236 38 ${hairline + 6} 20 ${hairline + 1} Q0 ${hairline - 3} -20 ${hairline + 1} C-38 ${hairline + 6} -46 -236 -46 ${sideburn} Z`;
}

/** A row of bumps along an arc, for curls and coils. */
function bumps(cx: number, cy: number, radius: number, from: number, to: number, count: number, size: number): string {
  let out = '';
  for (let i = 0; i <= count; i++) {
    const a = ((from + ((to - from) * i) / count) * Math.PI) / 180;
    out += circle(cx + Math.cos(a) * radius, cy + Math.sin(a) * radius, size);
  }
  return out;
}

/** Strands hanging from the sides of the head down to `bottom`, `count` a side, `width` each. */
function strands(bottom: number, count: number, width: number, colour: string, texture: string): string {
  let out = '';
  for (const side of [-1, 1]) {
    for (let i = 0; i < count; i++) {
      const x = side * (44 + i * (width * 0.8));
      const sway = side * (4 + i * 2);
      out += path(`M${x} -236 C${x + sway} -200 ${x + sway} -150 ${x + sway * 0.5} ${bottom + i * 6}`, { fill: 'none', stroke: colour, 'stroke-width': width, 'stroke-linecap': 'round' });
      if (texture) out += path(`M${x} -230 C${x + sway} -200 ${x + sway} -150 ${x + sway * 0.5} ${bottom + i * 6 - 4}`, { fill: 'none', stroke: texture, 'stroke-width': width * 0.35, 'stroke-dasharray': `${n(width * 0.5)} ${n(width * 0.5)}`, 'stroke-linecap': 'round' });
    }
  }
  return out;
}

/** Behind the head and shoulders. */
export function hairBack(a: Appearance): string {
  const fill = hex(a.hair.colour);
  const shadow = hex(a.hair.shadow);
  switch (a.hair.style) {
    case 'medium':
      return path('M-66 -225 C-66 -287 -36 -306 0 -306 C36 -306 66 -287 66 -225 L69 -163 C60 -152 47 -151 38 -158 L-38 -158 C-47 -151 -60 -152 -69 -163 Z', { fill });
    case 'long':
      return path('M-66 -225 C-66 -289 -36 -307 0 -307 C36 -307 66 -289 66 -225 L76 -108 C62 -94 46 -96 34 -108 L-34 -108 C-46 -96 -62 -94 -76 -108 Z', { fill });
    case 'long-curly':
      return g({ fill }, path('M-70 -225 C-70 -292 -38 -312 0 -312 C38 -312 70 -292 70 -225 L82 -112 L-82 -112 Z'), bumps(0, -240, 76, 150, 390, 18, 14), bumps(0, -150, 78, 160, 200, 4, 13), bumps(0, -150, 78, -20, 20, 4, 13));
    case 'bun':
      return g({}, circle(0, -298, 21, { fill }), path('M-16 -286 Q0 -280 16 -286', { fill: 'none', stroke: shadow, 'stroke-width': 3 }));
    case 'ponytail':
      return g({}, path('M22 -276 C62 -268 76 -220 66 -170 C60 -140 54 -124 46 -112 C50 -140 52 -180 40 -214 C34 -236 26 -252 14 -262 Z', { fill }), path('M30 -266 l10 -8', { stroke: shadow, 'stroke-width': 6, 'stroke-linecap': 'round' }));
    case 'afro':
      return g({ fill }, circle(0, -240, 74), bumps(0, -240, 74, 0, 360, 22, 13));
    case 'braids':
      return g({}, path('M-58 -236 C-62 -282 -32 -300 0 -300 C32 -300 62 -282 58 -236 Z', { fill }), strands(-104, 3, 10, fill, shadow));
    case 'locs':
      return g({}, path('M-58 -236 C-62 -284 -32 -302 0 -302 C32 -302 62 -284 58 -236 Z', { fill }), strands(-112, 3, 11, fill, ''));
    default:
      return '';
  }
}

/** Over the head: the cap of hair, its hairline and what frames the face. */
export function hairFront(a: Appearance): string {
  const fill = hex(a.hair.colour);
  const shadow = hex(a.hair.shadow);
  const older = a.age === 'older' || a.age === 'middle-aged';
  switch (a.hair.style) {
    case 'bald':
      // Bald with age usually keeps hair at the sides; a young bald head is shaved clean.
      return g(
        {},
        older ? path('M-51 -238 C-56 -222 -54 -204 -48 -198 L-45 -212 C-47 -224 -46 -232 -43 -241 Z M51 -238 C56 -222 54 -204 48 -198 L45 -212 C47 -224 46 -232 43 -241 Z', { fill }) : '',
        path('M-22 -276 Q-6 -284 10 -280', { fill: 'none', stroke: '#ffffff', 'stroke-width': 5, 'stroke-linecap': 'round', opacity: 0.22 }),
      );
    case 'shaved':
      return path(cap(1, -258, -210), { fill, opacity: 0.55 });
    case 'short':
      return g(
        {},
        path(cap(a.presentation === 'feminine' ? 9 : 8, a.presentation === 'feminine' ? -250 : -257), { fill }),
        // A side parting and a swept front.
        path('M-14 -292 Q-20 -272 -34 -258', { fill: 'none', stroke: shadow, 'stroke-width': 2.2, 'stroke-linecap': 'round' }),
        a.presentation === 'feminine' ? path('M-46 -230 C-40 -262 0 -270 30 -256 C10 -258 -20 -248 -40 -222 Z', { fill }) : '',
      );
    case 'short-curly':
      return g({ fill }, path(cap(6, -256)), bumps(0, -240, 52, 195, 345, 12, 10));
    case 'medium':
      return g({}, path('M-54 -214 C-58 -272 -30 -298 0 -298 C30 -298 58 -272 54 -214 L48 -222 C44 -238 34 -248 18 -247 Q0 -238 -22 -246 C-40 -244 -48 -232 -48 -218 Z', { fill }), path('M-2 -292 Q-6 -266 -22 -246', { fill: 'none', stroke: shadow, 'stroke-width': 2, opacity: 0.7 }));
    case 'long':
      return g(
        {},
        path('M-54 -214 C-58 -272 -30 -300 2 -300 C36 -300 60 -272 54 -214 L50 -230 C44 -252 24 -262 4 -258 C-14 -254 -34 -244 -46 -224 Z', { fill }),
        path('M-50 -232 C-60 -192 -62 -150 -68 -112 L-52 -108 C-47 -150 -45 -190 -42 -216 Z M50 -232 C60 -192 62 -150 68 -112 L52 -108 C47 -150 45 -190 42 -216 Z', { fill }),
        path('M4 -296 Q-10 -276 -30 -252', { fill: 'none', stroke: shadow, 'stroke-width': 2, opacity: 0.7 }),
      );
    case 'long-curly':
      return g({ fill }, path('M-54 -214 C-58 -272 -30 -302 0 -302 C30 -302 58 -272 54 -214 L48 -226 C40 -250 20 -258 0 -254 C-20 -258 -40 -250 -48 -226 Z'), bumps(0, -244, 56, 200, 340, 10, 11), bumps(-58, -180, 6, 0, 360, 5, 9), bumps(58, -180, 6, 0, 360, 5, 9));
    case 'bun':
    case 'ponytail':
      // Pulled back: a smooth cap with lines combed towards the back.
      return g({}, path(cap(5, -259), { fill }), path('M-30 -262 Q-20 -282 0 -290 M30 -262 Q20 -282 0 -290 M-10 -258 Q-6 -280 0 -290 M10 -258 Q6 -280 0 -290', { fill: 'none', stroke: shadow, 'stroke-width': 1.6, opacity: 0.6 }));
    case 'afro':
      return path(cap(14, -257, -208), { fill });
    case 'braids':
      // Braided back from the hairline.
      return g({}, path(cap(4, -258), { fill }), path('M-36 -250 Q-30 -276 -16 -290 M-18 -256 Q-12 -280 -4 -292 M0 -258 L0 -292 M18 -256 Q12 -280 4 -292 M36 -250 Q30 -276 16 -290', { fill: 'none', stroke: shadow, 'stroke-width': 2.2, 'stroke-dasharray': '3 3' }));
    case 'locs':
      return g({}, path(cap(6, -256), { fill }), path('M-40 -254 C-46 -236 -48 -220 -46 -200 M40 -254 C46 -236 48 -220 46 -200', { fill: 'none', stroke: fill, 'stroke-width': 10, 'stroke-linecap': 'round' }));
  }
}
