/**
 * A whole person as one SVG drawing: body, head, face, hair and headwear in
 * the order they overlap, posed by a Pose. One drawing serves the counter
 * (waist up: `figure`) and the small pictures (head and shoulders: `portrait`);
 * the stage turns it into a texture, the conversation screen shows it as an image.
 *
 * Local units: the waist at (0, 0), the head's centre about 215 units up.
 */
import type { Appearance } from './appearance.ts';
import { arms, legs, neck, torso } from './body.ts';
import { ageLines, brows, cheeks, ears, eyes, facialHair, glasses, head, mouth, moustache, nose } from './face.ts';
import { hairBack, hairFront } from './hair.ts';
import { hairShows, headwearBehind, headwearOver } from './headwear.ts';
import type { Pose } from './pose.ts';
import { circle, g, path, svgDocument } from './svg.ts';

const headset = (): string =>
  g({}, path('M-58 -214 C-60 -300 60 -300 58 -214', { fill: 'none', stroke: '#23272e', 'stroke-width': 6 }), circle(-56, -212, 12, { fill: '#23272e' }), circle(56, -212, 12, { fill: '#23272e' }), path('M-56 -204 Q-50 -172 -20 -168', { fill: 'none', stroke: '#23272e', 'stroke-width': 4, 'stroke-linecap': 'round' }), circle(-18, -168, 5, { fill: '#23272e' }));

export type Frame = 'figure' | 'full' | 'portrait';

const HEAD_SCALE = 1.18;

/** What each frame shows, in local units: [x, y, width, height]. */
export const FRAMES: Record<Frame, readonly [number, number, number, number]> = {
  figure: [-190, -375, 380, 475],
  full: [-190, -375, 380, 775],
  portrait: [-120, -372, 240, 252],
};

export interface FigureOptions {
  blink?: boolean;
  talking?: boolean;
  /** A telephone headset, as advisers in a contact centre wear. */
  headset?: boolean;
  frame?: Frame;
  /** Pixel size of the drawing; the frame's own units when left out. */
  width?: number;
  height?: number;
}

/** The drawing's body, in local units, for placing inside a larger drawing. */
export function figureBody(a: Appearance, pose: Pose, options: Pick<FigureOptions, 'blink' | 'talking' | 'frame' | 'headset'> = {}, id = 'f'): string {
  const shows = hairShows(a);
  // Heads are drawn a little larger than life, as illustrations do: the face carries the mood.
  const tilt = `rotate(${pose.tilt} 0 -160) translate(0 -150) scale(${HEAD_SCALE}) translate(0 150)`;
  const lean = pose.lean >= 0 ? `translate(0 ${pose.lean * 10}) scale(${1 + pose.lean * 0.06})` : `translate(0 ${pose.lean * -6}) rotate(${pose.lean * 3}) scale(${1 + pose.lean * 0.04})`;
  const headParts = [
    ears(a),
    head(a),
    ageLines(a),
    cheeks(a, pose),
    facialHair(a),
    eyes(a, pose, options.blink ?? false, id),
    brows(a, pose),
    nose(a),
    mouth(a, pose, options.talking ?? false),
    moustache(a),
    shows.front ? hairFront(a) : '',
    headwearOver(a),
    glasses(a),
    options.headset ? headset() : '',
  ];
  return g(
    { transform: lean },
    shows.back ? g({ transform: tilt }, hairBack(a)) : '',
    options.frame === 'full' ? legs(a) : '',
    neck(a),
    torso(a),
    headwearBehind(a),
    arms(a, pose.arms),
    g({ transform: tilt }, ...headParts),
  );
}

/** A person as a standalone SVG document. */
export function figureSvg(a: Appearance, pose: Pose, options: FigureOptions = {}): string {
  const box = FRAMES[options.frame ?? 'figure'];
  return svgDocument(box, options.width ?? box[2], options.height ?? box[3], figureBody(a, pose, options));
}

/** A round picture of a person's head and shoulders on a coloured disc, for a caller's card or a sender's message. */
export function avatarSvg(a: Appearance, pose: Pose, size: number, background: string, options: Pick<FigureOptions, 'blink' | 'talking'> = {}): string {
  const [x, y, w, h] = FRAMES.portrait;
  const r = Math.min(w, h) / 2;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const body = `<defs><clipPath id="disc"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath></defs>${circle(cx, cy, r, { fill: background })}${g({ 'clip-path': 'url(#disc)' }, figureBody(a, pose, options, 'av'))}`;
  return svgDocument([cx - r, cy - r, r * 2, r * 2], size, size, body);
}
