/**
 * Headwear from the format's vocabulary, each drawn as it is worn: a hijab
 * framing the face and covering the neck, a turban wrapped to a point at the
 * front, a headscarf tied under the chin, a cap with its peak, a kippah at the
 * crown, a patka over a top knot. What headwear covers, the hair does not show.
 */
import type { Appearance } from './appearance.ts';
import { circle, ellipse, g, hex, path, shade } from './svg.ts';

/** Which layers of hair still show under the headwear. */
export function hairShows(a: Appearance): { back: boolean; front: boolean } {
  switch (a.headwear) {
    case 'hijab':
    case 'turban':
    case 'patka':
      return { back: false, front: false };
    case 'headscarf':
      return { back: false, front: true };
    default:
      return { back: true, front: true };
  }
}

/** Drawn over the shoulders, before the face: the hijab's drape. */
export function headwearBehind(a: Appearance): string {
  if (a.headwear !== 'hijab') return '';
  const c = a.headwearColour;
  return g(
    {},
    path('M-64 -222 C-67 -326 67 -326 64 -222 C66 -188 72 -168 100 -138 C92 -108 60 -86 0 -82 C-60 -86 -92 -108 -100 -138 C-72 -168 -66 -188 -64 -222 Z', { fill: hex(c) }),
    path('M-70 -150 C-40 -120 40 -120 70 -150 M-80 -128 C-40 -100 40 -100 80 -128', { fill: 'none', stroke: hex(shade(c, -0.22)), 'stroke-width': 2.4, opacity: 0.7 }),
  );
}

/** Drawn over the head, after the hair. */
export function headwearOver(a: Appearance): string {
  const c = a.headwearColour;
  const fill = hex(c);
  const fold = { fill: 'none', stroke: hex(shade(c, -0.25)), 'stroke-width': 2.4, 'stroke-linecap': 'round' } as const;
  switch (a.headwear) {
    case 'hijab':
      // A band of cloth round the face, over the ears and under the chin.
      return path('M-64 -214 C-64 -324 64 -324 64 -214 C64 -168 34 -136 0 -134 C-34 -136 -63 -168 -63 -214 Z M-44 -214 C-44 -249 -26 -262 0 -262 C26 -262 44 -249 44 -214 C44 -186 26 -153 0 -150 C-26 -153 -44 -186 -44 -214 Z', { fill, 'fill-rule': 'evenodd' });
    case 'turban':
      return g(
        {},
        path('M-56 -222 C-64 -272 -46 -320 0 -324 C46 -320 64 -272 56 -222 C40 -236 20 -244 0 -238 C-20 -244 -40 -236 -56 -222 Z', { fill }),
        // Layers of cloth meeting in a point over the forehead.
        path('M0 -240 C-16 -262 -34 -280 -54 -288 M0 -240 C16 -262 34 -280 54 -288 M0 -264 C-14 -286 -28 -302 -44 -310 M0 -264 C14 -286 28 -302 44 -310 M0 -288 C-10 -304 -18 -314 -26 -320 M0 -288 C10 -304 18 -314 26 -320', fold),
      );
    case 'patka':
      return g({}, circle(0, -300, 16, { fill }), path('M-53 -218 C-58 -276 -30 -298 0 -298 C30 -298 58 -276 53 -218 C36 -240 18 -248 0 -246 C-18 -248 -36 -240 -53 -218 Z', { fill }), path('M-50 -232 C-20 -252 20 -252 50 -232 M-8 -300 Q0 -292 8 -300', fold));
    case 'headscarf':
      return g(
        {},
        path('M-60 -210 C-64 -322 64 -322 60 -210 C58 -180 48 -158 30 -146 L24 -152 C40 -170 48 -190 46 -214 C44 -248 26 -264 0 -264 C-26 -264 -44 -248 -46 -214 C-48 -190 -40 -170 -24 -152 L-30 -146 C-48 -158 -58 -180 -60 -210 Z', { fill }),
        path('M-12 -148 L12 -148 L18 -128 L0 -136 L-18 -128 Z', { fill: hex(shade(c, -0.1)) }),
        path('M-52 -250 C-30 -280 30 -280 52 -250', fold),
      );
    case 'cap':
      return g(
        {},
        path('M-54 -234 C-56 -288 -28 -304 0 -304 C28 -304 56 -288 54 -234 Z', { fill }),
        path('M-60 -238 Q0 -254 60 -238 L64 -226 Q0 -244 -64 -226 Z', { fill: hex(shade(c, -0.2)) }),
        path('M0 -304 L0 -240', fold),
        circle(0, -304, 3.5, { fill: hex(shade(c, -0.3)) }),
      );
    case 'kippah':
      return g({}, ellipse(6, -289, 24, 8, { fill }), path('M-17 -287 Q6 -279 29 -287', { fill: 'none', stroke: hex(shade(c, 0.35)), 'stroke-width': 1.6 }));
    default:
      return '';
  }
}
