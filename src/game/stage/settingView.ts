/**
 * A place's setting on the stage: the back layer (walls and everything behind
 * the people), the front layer (the counter, the desk) and the organisation's
 * sign, drawn for the slot's size whenever it changes. Until a new drawing is
 * ready the old one is stretched to the new size, so a resize never shows a gap.
 */
import type Phaser from 'phaser';
import { fitDesign, type Fit } from '../art/design.ts';
import { layerSvg } from '../art/layers.ts';
import type { Setting } from '../art/places/setting.ts';
import { pixelRatio } from './canvasFit.ts';
import { addText, fitText } from './stage.ts';
import type { SvgTextures } from './svgTextures.ts';

export const DEPTH = { back: 0, waiting: 10, beside: 18, customer: 20, front: 30, staff: 40, labels: 50, phone: 60, cards: 70 } as const;

export class SettingView {
  private readonly back: Phaser.GameObjects.Image;
  private readonly front: Phaser.GameObjects.Image;
  private readonly sign: Phaser.GameObjects.Text | undefined;
  private keys: { back?: string; front?: string } = {};
  private drawing = 0;
  fit: Fit = fitDesign(1, 1);
  private size = { width: 1, height: 1 };

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly textures: SvgTextures,
    readonly setting: Setting,
    private readonly signText: string,
  ) {
    this.back = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setDepth(DEPTH.back).setVisible(false);
    this.front = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setDepth(DEPTH.front).setVisible(false);
    this.sign = setting.sign ? addText(scene, { color: setting.sign.ink, fontStyle: 'bold' }).setOrigin(0.5).setDepth(DEPTH.labels) : undefined;
  }

  /** Lays the setting out in a slot of `width` × `height` CSS pixels; returns the fit people are placed by. */
  layout(width: number, height: number): Fit {
    this.size = { width, height };
    this.fit = fitDesign(width, height);
    for (const image of [this.back, this.front]) if (image.visible) image.setDisplaySize(width, height);
    const s = this.setting.sign;
    if (s && this.sign) {
      const { scale, ox, oy } = this.fit;
      this.sign.setPosition(ox + s.x * scale, oy + s.y * scale);
      fitText(this.sign, this.signText, s.width * scale * 0.9, s.height * scale * 0.5);
    }
    void this.draw();
    return this.fit;
  }

  /** Design units to stage pixels. */
  at(x: number, y: number): { x: number; y: number } {
    return { x: this.fit.ox + x * this.fit.scale, y: this.fit.oy + y * this.fit.scale };
  }

  destroy(): void {
    // A drawing still on its way is dropped when it arrives; the pictures shown go now, not with the scene
    // (a conversation that moves on to another place sets a new stage while the scene goes on).
    this.drawing++;
    this.back.destroy();
    this.front.destroy();
    this.sign?.destroy();
    this.textures.remove(this.keys.back);
    this.textures.remove(this.keys.front);
    this.keys = {};
  }

  private async draw(): Promise<void> {
    const ticket = ++this.drawing;
    const { width, height } = this.size;
    const px = { width: Math.max(1, Math.round(width * pixelRatio())), height: Math.max(1, Math.round(height * pixelRatio())) };
    const [back, front] = await Promise.all([this.textures.add(layerSvg(this.setting, 'back', this.fit, px.width, px.height)), this.textures.add(layerSvg(this.setting, 'front', this.fit, px.width, px.height))]);
    if (ticket !== this.drawing || !back || !front) {
      this.textures.remove(back);
      this.textures.remove(front);
      return;
    }
    const before = this.keys;
    this.keys = { back, front };
    this.back.setTexture(back).setDisplaySize(this.size.width, this.size.height).setVisible(true);
    this.front.setTexture(front).setDisplaySize(this.size.width, this.size.height).setVisible(true);
    this.textures.remove(before.back);
    this.textures.remove(before.front);
  }
}
