/**
 * Turns the art's SVG drawings into textures the stage can show. The browser
 * rasterises each drawing at the pixel size asked for (the slot's size at the
 * device's pixel ratio), so what the stage shows is as sharp as the page.
 * Every texture made here is removed with the stage, so playing scenario after
 * scenario does not grow the page's memory.
 */
import type Phaser from 'phaser';

let made = 0;

export class SvgTextures {
  private readonly keys = new Set<string>();
  private alive = true;

  constructor(private readonly scene: Phaser.Scene) {}

  /** A new texture of `svg`; undefined if the stage went away meanwhile or the browser could not draw it. */
  async add(svg: string): Promise<string | undefined> {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    try {
      await image.decode();
    } catch (err) {
      if (this.alive) console.error('the stage could not draw a picture', err);
      return undefined;
    }
    if (!this.alive) return undefined;
    const key = `svg-${++made}`;
    this.scene.textures.addImage(key, image);
    this.keys.add(key);
    return key;
  }

  remove(key: string | undefined): void {
    if (key && this.keys.delete(key)) this.scene.textures.remove(key);
  }

  destroy(): void {
    this.alive = false;
    for (const key of this.keys) this.scene.textures.remove(key);
    this.keys.clear();
  }
}
