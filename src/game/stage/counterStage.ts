/**
 * Face to face: the customer stands across a counter or desk from the
 * learner, in a shop or office the organisation might have, their face and
 * arms showing how the conversation is going.
 */
import type Phaser from 'phaser';
import type { SessionView } from '../../engine/types.ts';
import type { Rect } from '../ui/stageArea.ts';
import { CustomerActor } from './customerActor.ts';
import { lookOf, shade } from './look.ts';
import { moodOf } from './pose.ts';
import { FONT, seeded, type Stage, type StageContext } from './stage.ts';

const LEFT_OUTCOMES = new Set(['customer-left', 'service-refused']);

export class CounterStage implements Stage {
  private readonly back: Phaser.GameObjects.Graphics;
  private readonly front: Phaser.GameObjects.Graphics;
  private readonly sign: Phaser.GameObjects.Text;
  private readonly customer: CustomerActor;
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private gone = false;
  private entered = false;

  constructor(private readonly ctx: StageContext) {
    const { scene, scenario } = ctx;
    this.back = scene.add.graphics();
    this.sign = scene.add.text(0, 0, scenario.organisation, { fontFamily: FONT, fontSize: '20px', color: '#fdf6e3', fontStyle: 'bold' }).setOrigin(0.5);
    this.customer = new CustomerActor(scene, lookOf(scenario.customer), 50);
    this.front = scene.add.graphics();
  }

  layout(rect: Rect): void {
    this.rect = rect;
    const { x, y, width: w, height: h } = rect;
    const counterTop = y + h * 0.72;
    const rand = seeded(this.ctx.scenario.id);
    const g = this.back.clear();
    g.fillGradientStyle(0xe9dfcf, 0xe9dfcf, 0xcfc2ad, 0xcfc2ad, 1);
    g.fillRect(x, y, w, h);
    // Shelves of stock behind the counter.
    for (let row = 0; row < 3; row++) {
      const sy = y + h * (0.2 + row * 0.17);
      g.fillStyle(0x8a6a4a, 1);
      g.fillRect(x + w * 0.05, sy, w * 0.9, 6);
      for (let bx = x + w * 0.06; bx < x + w * 0.93; bx += 18 + rand() * 26) {
        const bh = 20 + rand() * (h * 0.1);
        g.fillStyle([0x5b8bb0, 0xc0623f, 0x6f9a5a, 0xd9b44a, 0x8f6fa8, 0xefe6d8][Math.floor(rand() * 6)]!, 1);
        g.fillRect(bx, sy - bh, 14 + rand() * 10, bh);
      }
    }
    // The organisation's sign.
    g.fillStyle(0x23415f, 1);
    g.fillRoundedRect(x + w * 0.5 - Math.min(w * 0.4, 220), y + h * 0.04, Math.min(w * 0.8, 440), 36, 8);
    this.sign.setPosition(x + w / 2, y + h * 0.04 + 18).setFontSize(Math.max(13, Math.min(20, w / 30)));

    const scale = Math.min(h / 420, w / 380);
    this.customer.place(this.customerX(), counterTop + 10 * scale, scale);

    const f = this.front.clear();
    f.fillStyle(0x7b5436, 1);
    f.fillRect(x, counterTop, w, h - (counterTop - y));
    f.fillStyle(shade(0x7b5436, 0.25), 1);
    f.fillRect(x, counterTop, w, 10);
    f.fillStyle(shade(0x7b5436, -0.2), 1);
    for (let px = x + 40; px < x + w; px += 120) f.fillRect(px, counterTop + 16, 4, h);
    // Till screen on the learner's side, and a bell.
    f.fillStyle(0x2b2f36, 1);
    f.fillRoundedRect(x + w * 0.08, counterTop - 58 * scale, 86 * scale, 56 * scale, 6);
    f.fillStyle(0x5fa8d3, 1);
    f.fillRect(x + w * 0.08 + 6 * scale, counterTop - 52 * scale, 74 * scale, 40 * scale);
    f.fillStyle(0xc9a227, 1);
    f.fillCircle(x + w * 0.86, counterTop - 6 * scale, 14 * scale);
  }

  update(view: SessionView, arrived: boolean): void {
    this.customer.setMood(moodOf(this.ctx.scenario, view.meters));
    if (!this.entered) {
      this.entered = true;
      this.walk(this.rect.x - this.rect.width * 0.4, this.customerX());
    }
    if (arrived && !/^\(.*\)$/s.test(view.line.text.trim())) this.customer.say(view.line.text);
    if (view.ended && LEFT_OUTCOMES.has(view.ended.outcome) && !this.gone) {
      this.gone = true;
      this.walk(this.customerX(), this.rect.x + this.rect.width * 1.4);
    }
  }

  destroy(): void {
    this.customer.destroy();
    this.back.destroy();
    this.front.destroy();
    this.sign.destroy();
  }

  private customerX(): number {
    return this.gone ? this.rect.x + this.rect.width * 1.4 : this.rect.x + this.rect.width * 0.52;
  }

  private walk(from: number, to: number): void {
    this.customer.walk(from, to);
  }
}
