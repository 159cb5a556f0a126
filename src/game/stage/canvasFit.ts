/**
 * The canvas at the device's pixel ratio. Its backing store is the ratio times its CSS size, and each scene's
 * camera zooms by the ratio from the top-left corner, so scenes lay out in CSS pixels and come out sharp on a
 * phone (ratio 3) or a high-density projector, as the overlay's text does.
 *
 * The size is set from the page's own measure of the slot, never read back from Phaser: its scale manager
 * reads the parent's size after a refresh and keeps it, so a refresh asked for when the slot changed laid the
 * canvas out at the size before, one step behind (a window-sized canvas in the second conversation's slot).
 */
import type Phaser from 'phaser';

/** Beyond three device pixels per CSS pixel nobody sees a difference, and each step costs the square in memory. */
const MAX_RATIO = 3;

let ratio = 1;

/** The pixel ratio the canvas is drawn at now. */
export const pixelRatio = (): number => ratio;

/** The ratio to draw at for a device's `devicePixelRatio`: at least 1, at most 3. */
export const ratioFor = (device: number | undefined): number => Math.min(MAX_RATIO, Math.max(1, Number.isFinite(device) && device ? device : 1));

/** Sizes the canvas to `width` × `height` CSS pixels at the device's pixel ratio; each scene's camera follows on its resize. */
export function fitCanvas(game: Phaser.Game, width: number, height: number, device = globalThis.devicePixelRatio): void {
  const next = ratioFor(device);
  const w = Math.max(1, Math.round(width * next));
  const h = Math.max(1, Math.round(height * next));
  const changed = next !== ratio || game.scale.width !== w || game.scale.height !== h;
  ratio = next;
  Object.assign(game.canvas.style, { width: `${w / next}px`, height: `${h / next}px` });
  if (changed) game.scale.resize(w, h);
}

/** The scene's drawing area in CSS pixels. */
export function stageSize(scene: Phaser.Scene): { width: number; height: number } {
  return { width: scene.scale.width / ratio, height: scene.scale.height / ratio };
}

/** Zooms the scene's camera by the pixel ratio now and after every resize; returns the way to stop. */
export function followPixelRatio(scene: Phaser.Scene): () => void {
  const zoom = () => scene.cameras.main.setOrigin(0, 0).setZoom(ratio);
  zoom();
  scene.scale.on('resize', zoom);
  return () => scene.scale.off('resize', zoom);
}
