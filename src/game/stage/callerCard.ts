/**
 * The person on the other end of a call, made visible: a card with their
 * round picture (their face follows the mood the learner hears in their
 * voice) and their name. An interpreter joining the call gets a smaller card.
 */
import type Phaser from 'phaser';
import type { Appearance } from '../art/appearance.ts';
import type { Pose } from '../art/pose.ts';
import { FigureActor } from './figureActor.ts';
import { DEPTH } from './settingView.ts';
import { addText, fitText } from './stage.ts';
import type { SvgTextures } from './svgTextures.ts';

export class CallerCard {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly face: FigureActor;
  private readonly name: Phaser.GameObjects.Text;
  private readonly waves: Phaser.GameObjects.Graphics;
  private box = { x: 0, y: 0, width: 1, height: 1 };

  constructor(
    private readonly scene: Phaser.Scene,
    textures: SvgTextures,
    appearance: Appearance,
    pose: Pose,
    private readonly label: string,
    depth: number = DEPTH.cards,
  ) {
    this.panel = scene.add.graphics().setDepth(depth);
    this.face = new FigureActor(scene, textures, { appearance, frame: 'portrait', avatar: '#cfe0ec' }, pose, depth + 1);
    this.name = addText(scene, { color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5).setDepth(depth + 2);
    this.waves = scene.add.graphics().setDepth(depth + 2).setAlpha(0);
  }

  /** Lays the card out in a box of stage pixels. */
  layout(x: number, y: number, width: number, height: number): void {
    this.box = { x, y, width, height };
    const r = Math.min(16, width * 0.08);
    const bar = Math.max(22, height * 0.18);
    this.panel.clear().fillStyle(0x000000, 0.18).fillRoundedRect(x + 4, y + 6, width, height, r).fillStyle(0x2f4858, 1).fillRoundedRect(x, y, width, height, r).fillStyle(0x1d2f3a, 1).fillRoundedRect(x, y + height - bar, width, bar, { tl: 0, tr: 0, bl: r, br: r });
    const room = height - bar;
    const side = Math.min(width * 0.8, room * 0.86);
    // The avatar spans 240 figure units (see FigureActor): scale so it fills `side`.
    this.face.place(x + width / 2, y + room / 2, side / 240);
    this.name.setPosition(x + width / 2, y + height - bar / 2);
    fitText(this.name, this.label, width * 0.9, bar * 0.55, 9);
    const g = this.waves.clear().setPosition(x - 6, y + room / 2);
    g.lineStyle(Math.max(2, width * 0.02), 0xf4f6f8, 0.9);
    for (let i = 0; i < 3; i++) g.beginPath().arc(0, 0, width * (0.06 + i * 0.05), Math.PI * 0.72, Math.PI * 1.28).strokePath();
  }

  setPose(pose: Pose): void {
    this.face.setPose(pose);
  }

  /** The voice on the line: the mouth moves and sound waves fade out beside the card. */
  say(text: string): void {
    this.face.say(text);
    this.scene.tweens.killTweensOf(this.waves);
    this.scene.tweens.add({ targets: this.waves, alpha: { from: 1, to: 0 }, duration: 2600, ease: 'Quad.easeIn' });
  }

  destroy(): void {
    this.scene.tweens.killTweensOf(this.waves);
    this.face.destroy();
    for (const o of [this.panel, this.name, this.waves]) o.destroy();
    void this.box;
  }
}
