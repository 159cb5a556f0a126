/**
 * Draws a frame only when something on the stage has changed. A conversation
 * is still most of the time (the learner is reading); Phaser would redraw it
 * sixty times a second regardless. Where the browser draws WebGL on the CPU
 * (classroom PCs without GPU acceleration) every drawn frame also has to be
 * copied back to the page, which held the page's main thread, and with it the
 * learner's keys and clicks, for most of each frame. On a GPU it saves power.
 *
 * Whether anything changed is read from what Phaser would draw, not from the
 * code that changes it, so no stage has to remember to say so: each step, a
 * fingerprint of the visible scenes, their cameras and their display lists
 * (positions, scales, angles, alpha, text, graphics commands) is compared with
 * the last drawn one. Tweens, timers, resizes and redraws all show up there.
 * A stage that starts changing something else (a tint, a depth, a texture's
 * pixels) must add it to the fingerprint, or the change waits for the next.
 */
import Phaser from 'phaser';

/** Mixes a number into a running hash; fractions below a thousandth of a pixel do not show. */
const mix = (h: number, v: number): number => Math.imul(h ^ (Math.round(v * 1000) | 0), 16777619) >>> 0;

function mixText(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return mix(h, s.length);
}

function mixObject(h: number, o: Phaser.GameObjects.GameObject): number {
  const g = o as Partial<Phaser.GameObjects.Image & Phaser.GameObjects.Text & Phaser.GameObjects.Graphics & Phaser.GameObjects.Container>;
  h = mix(h, g.visible === false ? 0 : 1);
  if (g.visible === false) return h;
  for (const v of [g.x, g.y, g.scaleX, g.scaleY, g.rotation, g.alpha, g.width, g.height]) h = mix(h, typeof v === 'number' ? v : 0);
  if (typeof g.text === 'string') h = mixText(h, g.text);
  if (Array.isArray(g.commandBuffer)) for (const c of g.commandBuffer) h = typeof c === 'number' ? mix(h, c) : h;
  if (g.frame) h = mixText(h, `${g.frame.texture.key}:${g.frame.name}`);
  if (Array.isArray(g.list)) for (const child of g.list) h = mixObject(h, child);
  return h;
}

function fingerprint(game: Phaser.Game): number {
  let h = 2166136261;
  for (const scene of game.scene.getScenes(true)) {
    h = mixText(h, scene.scene.key);
    if (!scene.sys.settings.visible) continue;
    for (const cam of scene.cameras.cameras) {
      for (const v of [cam.x, cam.y, cam.width, cam.height, cam.scrollX, cam.scrollY, cam.zoom, cam.alpha, cam.visible ? 1 : 0, cam.backgroundColor.color32]) h = mix(h, v);
    }
    for (const o of scene.children.list) h = mixObject(h, o);
  }
  return h;
}

export function drawOnlyOnChange(game: Phaser.Game): void {
  let drawn: number | undefined;
  let skip = false;
  // A resized canvas has lost its picture: draw the next frame whatever the fingerprint says.
  game.scale.on(Phaser.Scale.Events.RESIZE, () => (drawn = undefined));
  game.events.on(Phaser.Core.Events.POST_STEP, () => {
    const now = fingerprint(game);
    skip = now === drawn;
    drawn = now;
    // Without a clear and without scenes drawn, the canvas is left alone and the browser keeps showing it.
    (game.renderer as unknown as { config: { clearBeforeRender: boolean } }).config.clearBeforeRender = !skip;
  });
  const render = game.scene.render.bind(game.scene);
  game.scene.render = (renderer) => {
    if (!skip) return render(renderer);
    (game.scene as { isProcessing: boolean }).isProcessing = false;
  };
}
