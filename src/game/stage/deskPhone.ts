/**
 * The learner's desk telephone on the stage: the handset rattles on its
 * cradle while the phone rings and is lifted, on its coiled cord, once the
 * call is answered; the display shows the call's state (on hold, muted) in
 * words and a symbol, fitted so it never runs out of its window; the Hold,
 * Mute and Transfer keys are lit by the state. The phone and the lifted
 * handset are kept inside the stage whatever its shape.
 */
import type Phaser from 'phaser';
import type { PhoneState } from '../../scenario/schema.ts';
import { t } from '../../web/i18n/i18n.ts';
import type { Fit } from '../art/design.ts';
import { HANDSET, handsetSvg, PHONE, phoneBaseSvg } from '../art/phone.ts';
import { phoneStateKeys } from '../phoneStates.ts';
import { reducedMotion } from '../renderCaps.ts';
import { pixelRatio } from './canvasFit.ts';
import { cordPoints, LIFTED_ANGLE, phoneGeometry, type PhoneGeometry } from './phoneLayout.ts';
import { DEPTH } from './settingView.ts';
import { addText, fitText, strokePolyline } from './stage.ts';
import type { SvgTextures } from './svgTextures.ts';

const LAMPS: { state: PhoneState; key: 'phone.hold' | 'phone.mute' | 'phone.transfer'; colour: number }[] = [
  { state: 'on-hold', key: 'phone.hold', colour: 0xf2b134 },
  { state: 'muted', key: 'phone.mute', colour: 0xe0533d },
  { state: 'transferring', key: 'phone.transfer', colour: 0x4fb0e8 },
];


/** One UK ring cycle, as the ring sound has it: 0.4 s, 0.2 s, 0.4 s, 2 s. */
const RING_CYCLE_MS = 3000;

export class DeskPhone {
  private readonly base: Phaser.GameObjects.Image;
  private readonly handset: Phaser.GameObjects.Image;
  private readonly cord: Phaser.GameObjects.Graphics;
  private readonly lamps: Phaser.GameObjects.Graphics;
  private readonly icon: Phaser.GameObjects.Graphics;
  private readonly stateText: Phaser.GameObjects.Text;
  private readonly detailText: Phaser.GameObjects.Text;
  private readonly labels: Phaser.GameObjects.Text[];
  private readonly blink: Phaser.Time.TimerEvent;
  /** The ring's cadence, kept in the page's time as the ring tone is: the game's clock slows when frames come slowly. */
  private ring: ReturnType<typeof setInterval> | undefined;
  /** How far through a ring burst the handset's shake is (0 to 1). */
  private readonly shake = { t: 0 };
  private lampOn = true;
  private state: PhoneState = 'ringing';
  private detail = '';
  private geo: PhoneGeometry = { x: 0, y: 0, k: 1, rest: { x: 0, y: 0 }, held: { x: 0, y: 0 }, width: 1, height: 1 };
  private keys: { base?: string; handset?: string } = {};
  private drawing = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly textures: SvgTextures,
  ) {
    this.base = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setDepth(DEPTH.phone).setVisible(false);
    this.cord = scene.add.graphics().setDepth(DEPTH.phone + 1);
    this.handset = scene.add.image(0, 0, '__DEFAULT').setDepth(DEPTH.phone + 2).setVisible(false);
    this.lamps = scene.add.graphics().setDepth(DEPTH.phone + 1);
    this.icon = scene.add.graphics().setDepth(DEPTH.phone + 1);
    this.stateText = addText(scene, { color: '#10301c', fontStyle: 'bold' }).setDepth(DEPTH.phone + 1);
    this.detailText = addText(scene, { color: '#10301c' }).setDepth(DEPTH.phone + 1);
    this.labels = LAMPS.map(({ key }) => addText(scene, { color: '#eef2f6' }).setOrigin(0.5, 0).setDepth(DEPTH.phone + 1).setText(t(key)));
    this.blink = scene.time.addEvent({ delay: 550, loop: true, callback: () => ((this.lampOn = !this.lampOn), this.drawLamps()) });
  }

  layout(fit: Fit, width: number, height: number): void {
    this.geo = phoneGeometry(fit, width, height);
    const { x, y, k } = this.geo;
    this.base.setPosition(x, y);
    const d = PHONE.display;
    this.stateText.setPosition(x + (d.x + 10) * k, y + (d.y + 6) * k);
    this.detailText.setPosition(x + (d.x + 10) * k, y + (d.y + 38) * k);
    PHONE.keys.forEach((key, i) => this.labels[i]!.setPosition(x + (key.x + key.width / 2) * k, y + (key.y + key.height + 6) * k));
    this.fitWords();
    for (const [i, label] of this.labels.entries()) fitText(label, t(LAMPS[i]!.key), 54 * k, 15 * k, 8);
    this.drawLamps();
    this.drawHandset();
    const px = (w: number, h: number) => ({ w: Math.ceil(w * k * pixelRatio()), h: Math.ceil(h * k * pixelRatio()) });
    void this.draw({ base: px(PHONE.width, PHONE.height), handset: px(HANDSET.width, HANDSET.height) });
  }

  show(state: PhoneState, detail: string): void {
    const changed = state !== this.state;
    this.state = state;
    this.detail = detail;
    this.fitWords();
    if (!changed) return;
    this.drawLamps();
    this.drawHandset();
  }

  destroy(): void {
    clearInterval(this.ring);
    this.blink.remove(false);
    this.scene.tweens.killTweensOf([this.handset, this.shake]);
    for (const o of [this.base, this.handset, this.cord, this.lamps, this.icon, this.stateText, this.detailText, ...this.labels]) o.destroy();
  }

  private fitWords(): void {
    const { k } = this.geo;
    const d = PHONE.display;
    const iconRoom = this.state === 'on-hold' || this.state === 'muted' ? 34 : 0;
    fitText(this.stateText, t(phoneStateKeys[this.state]), (d.width - 20 - iconRoom) * k, 24 * k, 8);
    fitText(this.detailText, this.detail, (d.width - 20) * k, 19 * k, 8);
    this.drawIcon();
  }

  /** A pause sign for hold, a struck-through microphone for mute, at the display's right. */
  private drawIcon(): void {
    const { x, y, k } = this.geo;
    const d = PHONE.display;
    const cx = x + (d.x + d.width - 22) * k;
    const cy = y + (d.y + 20) * k;
    const g = this.icon.clear();
    g.fillStyle(0x10301c, 1).lineStyle(3 * k, 0x10301c, 1);
    if (this.state === 'on-hold') {
      g.fillRect(cx - 8 * k, cy - 10 * k, 6 * k, 20 * k);
      g.fillRect(cx + 2 * k, cy - 10 * k, 6 * k, 20 * k);
    } else if (this.state === 'muted') {
      g.fillRoundedRect(cx - 4 * k, cy - 12 * k, 8 * k, 16 * k, 4 * k);
      g.lineBetween(cx - 10 * k, cy + 10 * k, cx + 10 * k, cy - 12 * k);
      g.lineBetween(cx, cy + 6 * k, cx, cy + 12 * k);
    }
  }

  private drawLamps(): void {
    const { x, y, k } = this.geo;
    const g = this.lamps.clear();
    const d = PHONE.display;
    // The display's backlight: green while a call is live, grey once it has ended.
    g.fillStyle(this.state === 'ended' ? 0x8a9a8a : 0xa9d9a0, 1).fillRoundedRect(x + d.x * k, y + d.y * k, d.width * k, d.height * k, 6 * k);
    LAMPS.forEach(({ state, colour }, i) => {
      const key = PHONE.keys[i]!;
      const lit = this.state === state && (state === 'muted' || this.lampOn);
      g.fillStyle(lit ? colour : 0x555b63, 1).fillCircle(x + (key.x + key.width / 2) * k, y + (key.y - 10) * k, 6 * k);
    });
  }

  private drawHandset(): void {
    const lifted = this.state !== 'ringing' && this.state !== 'ended';
    clearInterval(this.ring);
    this.ring = undefined;
    this.scene.tweens.killTweensOf([this.handset, this.shake]);
    const at = lifted ? this.geo.held : this.geo.rest;
    this.handset.setPosition(at.x, at.y).setAngle(lifted ? LIFTED_ANGLE : 0);
    const g = this.cord.clear();
    g.lineStyle(Math.max(1.5, 3.5 * this.geo.k), 0x1f2328, 1);
    strokePolyline(g, cordPoints(this.geo, lifted));
    // The rattle is motion the learner can ask to be spared; the display and the ring still say the phone is ringing.
    if (this.state === 'ringing' && !reducedMotion()) {
      this.ringBursts();
      this.ring = setInterval(() => this.ringBursts(), RING_CYCLE_MS);
    }
  }

  /** The handset rattles with the UK double ring it plays (0.4 s on, 0.2 s off, 0.4 s on, then quiet). */
  private ringBursts(): void {
    // One tween per burst, its angle a shake of four swings: a frame drawn at any moment of the burst shows the
    // handset tilted, so the rattle is seen even where frames come slowly (WebGL drawn on a busy CPU).
    for (const delay of [0, 600]) {
      this.scene.tweens.add({
        targets: this.shake,
        t: { from: 0, to: 1 },
        duration: 400,
        delay,
        onUpdate: () => this.handset.setAngle(4 * Math.sin(this.shake.t * Math.PI * 8 + Math.PI / 2)),
        onComplete: () => this.handset.setAngle(0),
      });
    }
  }

  private async draw(px: { base: { w: number; h: number }; handset: { w: number; h: number } }): Promise<void> {
    const ticket = ++this.drawing;
    const [base, handset] = await Promise.all([this.textures.add(phoneBaseSvg(px.base.w, px.base.h)), this.textures.add(handsetSvg(px.handset.w, px.handset.h))]);
    if (ticket !== this.drawing || !base || !handset) {
      this.textures.remove(base);
      this.textures.remove(handset);
      return;
    }
    const before = this.keys;
    this.keys = { base, handset };
    const { k } = this.geo;
    this.base.setTexture(base).setDisplaySize(PHONE.width * k, PHONE.height * k).setVisible(true);
    this.handset.setTexture(handset).setDisplaySize(HANDSET.width * k, HANDSET.height * k).setVisible(true);
    this.textures.remove(before.base);
    this.textures.remove(before.handset);
  }
}
