/**
 * The telephone: the learner's desk phone with its handset, display and the
 * Hold, Mute and Transfer keys lit by the node's phone state, and a card for
 * the caller whose face follows the mood meter (what the learner hears in
 * their voice, made visible).
 */
import type Phaser from 'phaser';
import type { SessionView } from '../../engine/types.ts';
import type { PhoneState } from '../../scenario/schema.ts';
import { t } from '../../web/i18n/i18n.ts';
import type { Rect } from '../ui/stageArea.ts';
import { CustomerActor } from './customerActor.ts';
import { PORTRAIT_BOTTOM } from './customerFigure.ts';
import { lookOf } from './look.ts';
import { moodOf } from './pose.ts';
import { FONT, strokePolyline, type Stage, type StageContext } from './stage.ts';

const LAMPS: { state: PhoneState; key: 'phone.hold' | 'phone.mute' | 'phone.transfer'; color: number }[] = [
  { state: 'on-hold', key: 'phone.hold', color: 0xf2b134 },
  { state: 'muted', key: 'phone.mute', color: 0xe0533d },
  { state: 'transferring', key: 'phone.transfer', color: 0x4fb0e8 },
];

/** One UK ring cycle, as the ring sound has it: 0.4 s, 0.2 s, 0.4 s, 2 s. */
const RING_CYCLE_MS = 3000;

export class PhoneStage implements Stage {
  private readonly room: Phaser.GameObjects.Graphics;
  private readonly card: Phaser.GameObjects.Graphics;
  private readonly caller: CustomerActor;
  private readonly cardFront: Phaser.GameObjects.Graphics;
  private readonly name: Phaser.GameObjects.Text;
  private readonly base: Phaser.GameObjects.Graphics;
  private readonly handset: Phaser.GameObjects.Graphics;
  private readonly display: Phaser.GameObjects.Text;
  private readonly lampLabels: Phaser.GameObjects.Text[];
  private readonly waves: Phaser.GameObjects.Graphics;
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private state: PhoneState = 'connected';
  private ring: Phaser.Time.TimerEvent | undefined;
  private blink: Phaser.Time.TimerEvent;
  private lampOn = true;
  private geometry = { bx: 0, by: 0, s: 1 };

  constructor(private readonly ctx: StageContext) {
    const { scene, scenario } = ctx;
    this.room = scene.add.graphics();
    this.card = scene.add.graphics();
    this.caller = new CustomerActor(scene, lookOf(scenario.customer), 50, true);
    this.cardFront = scene.add.graphics();
    this.name = scene.add.text(0, 0, scenario.customer.name, { fontFamily: FONT, fontSize: '16px', color: '#ffffff', fontStyle: 'bold' }).setOrigin(0.5);
    this.waves = scene.add.graphics().setAlpha(0);
    this.base = scene.add.graphics();
    this.handset = scene.add.graphics();
    this.display = scene.add.text(0, 0, '', { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', fontSize: '15px', color: '#12301d' });
    this.lampLabels = LAMPS.map(({ key }) => scene.add.text(0, 0, t(key), { fontFamily: FONT, fontSize: '12px', color: '#e8edf2' }).setOrigin(0.5, 0));
    this.blink = scene.time.addEvent({ delay: 550, loop: true, callback: () => ((this.lampOn = !this.lampOn), this.drawBase()) });
  }

  layout(rect: Rect): void {
    this.rect = rect;
    const { x, y, width: w, height: h } = rect;
    const deskTop = y + h * 0.62;
    const g = this.room.clear();
    g.fillGradientStyle(0xdde6ee, 0xdde6ee, 0xc4d0db, 0xc4d0db, 1);
    g.fillRect(x, y, w, deskTop - y);
    // Window with a strip of sky and roofs.
    g.fillStyle(0x9cc7e6, 1);
    g.fillRect(x + w * 0.06, y + h * 0.08, w * 0.3, h * 0.34);
    g.fillStyle(0x7d93a6, 1);
    g.fillRect(x + w * 0.06, y + h * 0.33, w * 0.3, h * 0.09);
    g.lineStyle(6, 0xf4f6f8, 1);
    g.strokeRect(x + w * 0.06, y + h * 0.08, w * 0.3, h * 0.34);
    g.lineBetween(x + w * 0.21, y + h * 0.08, x + w * 0.21, y + h * 0.42);
    g.fillStyle(0x8c6b4f, 1);
    g.fillRect(x, deskTop, w, y + h - deskTop);
    g.fillStyle(0xa78463, 1);
    g.fillRect(x, deskTop, w, 8);

    // Caller card, top right: a picture of the voice on the line.
    const s = Math.min(w / 640, h / 480);
    const cw = 190 * s;
    const ch = 210 * s;
    const cx = x + w * 0.72;
    const cy = y + h * 0.06;
    this.card.clear().fillStyle(0x2f4858, 1).fillRoundedRect(cx - cw / 2, cy, cw, ch, 14 * s);
    // The portrait's lowest point sits on the name bar, so the drawing ends where the card does.
    const k = 0.62 * s;
    this.caller.place(cx, cy + ch - 30 * s - PORTRAIT_BOTTOM * k, k);
    this.cardFront.clear().fillStyle(0x1d2f3a, 1).fillRoundedRect(cx - cw / 2, cy + ch - 30 * s, cw, 30 * s, { tl: 0, tr: 0, bl: 14 * s, br: 14 * s });
    this.name.setPosition(cx, cy + ch - 15 * s).setFontSize(Math.max(11, 15 * s));
    this.waves.setPosition(cx - cw / 2 - 8 * s, cy + ch * 0.45).setScale(s);

    this.geometry = { bx: x + w * 0.4, by: deskTop + (y + h - deskTop) * 0.2, s: Math.min(w / 700, h / 440) };
    this.drawBase();
    this.drawHandset();
  }

  update(view: SessionView, arrived: boolean): void {
    this.caller.setMood(moodOf(this.ctx.scenario, view.meters));
    const next = view.phone ?? (view.ended ? 'ended' : 'connected');
    if (next !== this.state) {
      this.state = next;
      this.drawBase();
      this.drawHandset();
    }
    if (arrived && view.phone !== 'ringing' && view.phone !== 'on-hold' && !/^\(.*\)$/s.test(view.line.text.trim())) {
      this.caller.say(view.line.text);
      this.ctx.scene.tweens.add({ targets: this.waves, alpha: { from: 1, to: 0 }, duration: 2600, ease: 'Quad.easeIn' });
    }
    this.display.setText(this.displayText(view));
  }

  destroy(): void {
    this.ring?.remove(false);
    this.ctx.scene.tweens.killTweensOf(this.handset);
    this.blink.remove(false);
    this.caller.destroy();
    for (const o of [this.room, this.card, this.cardFront, this.name, this.waves, this.base, this.handset, this.display, ...this.lampLabels]) o.destroy();
  }

  private displayText(view: SessionView): string {
    const states: Record<PhoneState, string> = {
      ringing: t('phone.state.ringing'),
      connected: t('phone.state.connected'),
      'on-hold': t('phone.state.onHold'),
      muted: t('phone.state.muted'),
      transferring: t('phone.state.transferring'),
      ended: t('phone.state.ended'),
    };
    const name = this.ctx.scenario.customer.name;
    return `${states[this.state]}\n${view.ended || this.state === 'ringing' ? '' : name.length > 16 ? `${name.slice(0, 15)}…` : name}`;
  }

  private drawBase(): void {
    const { bx, by, s } = this.geometry;
    const g = this.base.clear();
    g.fillStyle(0x2b2f36, 1);
    g.fillRoundedRect(bx - 150 * s, by, 300 * s, 150 * s, 18 * s);
    g.fillStyle(0x3a4049, 1);
    g.fillRoundedRect(bx - 140 * s, by + 8 * s, 120 * s, 54 * s, 8 * s);
    // Display.
    g.fillStyle(this.state === 'ended' ? 0x7a8a7a : 0xa9d9a0, 1);
    g.fillRoundedRect(bx + 4 * s, by + 12 * s, 132 * s, 46 * s, 4 * s);
    this.display.setPosition(bx + 12 * s, by + 15 * s).setFontSize(Math.max(10, 15 * s));
    // Keypad.
    for (let r = 0; r < 4; r++) for (let c = 0; c < 3; c++) g.fillStyle(0x4b525c, 1).fillRoundedRect(bx + (10 + c * 30) * s, by + (70 + r * 19) * s, 24 * s, 14 * s, 3 * s);
    // Hold, Mute and Transfer keys with lamps.
    LAMPS.forEach(({ state, color }, i) => {
      const kx = bx - 130 * s + i * 40 * s;
      const ky = by + 90 * s;
      const lit = this.state === state && (state === 'muted' || this.lampOn);
      g.fillStyle(lit ? color : 0x555b63, 1).fillCircle(kx + 12 * s, ky - 10 * s, 5 * s);
      g.fillStyle(0x6a717b, 1).fillRoundedRect(kx, ky, 26 * s, 16 * s, 4 * s);
      this.lampLabels[i]!.setPosition(kx + 13 * s, ky + 20 * s).setFontSize(Math.max(9, 11 * s));
    });
  }

  private drawHandset(): void {
    const { bx, by, s } = this.geometry;
    const g = this.handset.clear();
    const lifted = this.state !== 'ringing' && this.state !== 'ended';
    this.ring?.remove(false);
    this.ring = undefined;
    this.ctx.scene.tweens.killTweensOf(this.handset);
    this.handset.setPosition(lifted ? bx - 230 * s : bx - 80 * s, lifted ? by - 40 * s : by + 34 * s).setAngle(lifted ? -28 : 0);
    g.fillStyle(0x1f2328, 1);
    g.fillRoundedRect(-60 * s, -12 * s, 120 * s, 24 * s, 10 * s);
    g.fillRoundedRect(-74 * s, -20 * s, 34 * s, 40 * s, 12 * s);
    g.fillRoundedRect(40 * s, -20 * s, 34 * s, 40 * s, 12 * s);
    if (lifted) {
      // The coiled cord back to the base.
      g.lineStyle(3 * s, 0x1f2328, 1);
      const pts: { x: number; y: number }[] = [];
      for (let i = 0; i <= 40; i++) pts.push({ x: 60 * s + i * 3.2 * s + Math.sin(i * 1.3) * 4 * s, y: 10 * s + i * 2.4 * s + Math.cos(i * 1.3) * 4 * s });
      strokePolyline(g, pts);
    }
    this.waves.clear().lineStyle(4, 0xf4f6f8, 0.9);
    for (let i = 0; i < 3; i++) this.waves.beginPath().arc(0, 0, 14 + i * 12, Math.PI * 0.75, Math.PI * 1.25).strokePath();
    if (this.state === 'ringing') {
      this.ring = this.ctx.scene.time.addEvent({ delay: RING_CYCLE_MS, loop: true, startAt: RING_CYCLE_MS, callback: () => this.ringBursts() });
    }
  }

  /** The handset rattles with the UK double ring it plays (0.4 s on, 0.2 s off, 0.4 s on, then quiet). */
  private ringBursts(): void {
    for (const delay of [0, 600]) {
      this.ctx.scene.tweens.add({ targets: this.handset, angle: { from: -4, to: 4 }, duration: 50, yoyo: true, repeat: 3, delay, onComplete: () => this.handset.setAngle(0) });
    }
  }
}
