/**
 * A written complaint: the learner's screen with an inbox and the customer's
 * message open, the sender's picture beside it showing how they feel. The
 * words themselves are in the overlay, where they can be read and selected.
 */
import type Phaser from 'phaser';
import type { SessionView } from '../../engine/types.ts';
import type { Rect } from '../ui/stageArea.ts';
import { CustomerActor } from './customerActor.ts';
import { PORTRAIT_BOTTOM } from './customerFigure.ts';
import { lookOf } from './look.ts';
import { moodOf } from './pose.ts';
import { FONT, seeded, type Stage, type StageContext } from './stage.ts';

export class WrittenStage implements Stage {
  private readonly desk: Phaser.GameObjects.Graphics;
  private readonly screen: Phaser.GameObjects.Graphics;
  private readonly sender: CustomerActor;
  private readonly frame: Phaser.GameObjects.Graphics;
  private readonly from: Phaser.GameObjects.Text;
  private readonly badge: Phaser.GameObjects.Graphics;
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private messages = 1;

  constructor(private readonly ctx: StageContext) {
    const { scene, scenario } = ctx;
    this.desk = scene.add.graphics();
    this.screen = scene.add.graphics();
    this.sender = new CustomerActor(scene, lookOf(scenario.customer), 50, true);
    this.frame = scene.add.graphics();
    this.from = scene.add.text(0, 0, scenario.customer.name, { fontFamily: FONT, fontSize: '15px', color: '#1b2733', fontStyle: 'bold' });
    this.badge = scene.add.graphics();
  }

  layout(rect: Rect): void {
    this.rect = rect;
    const { x, y, width: w, height: h } = rect;
    const d = this.desk.clear();
    d.fillGradientStyle(0x3d4f5f, 0x3d4f5f, 0x2c3a46, 0x2c3a46, 1);
    d.fillRect(x, y, w, h);
    d.fillStyle(0x8c6b4f, 1).fillRect(x, y + h * 0.86, w, h * 0.14);
    // Monitor.
    const mw = Math.min(w * 0.9, h * 1.3);
    const mh = Math.min(h * 0.74, mw * 0.66);
    const mx = x + (w - mw) / 2;
    const my = y + h * 0.06;
    d.fillStyle(0x15191e, 1).fillRoundedRect(mx - 10, my - 10, mw + 20, mh + 20, 12);
    d.fillStyle(0x15191e, 1).fillRect(x + w / 2 - 14, my + mh + 10, 28, h * 0.86 - (my + mh + 10) + y);
    d.fillRoundedRect(x + w / 2 - 70, y + h * 0.86 - 8, 140, 12, 5);

    const s = this.screen.clear();
    s.fillStyle(0xf7f9fb, 1).fillRect(mx, my, mw, mh);
    s.fillStyle(0x23415f, 1).fillRect(mx, my, mw, 26);
    s.fillStyle(0xe6ecf1, 1).fillRect(mx, my + 26, mw * 0.28, mh - 26);
    const rand = seeded(this.ctx.scenario.id);
    for (let i = 0; i < 6; i++) {
      const iy = my + 34 + i * 34;
      if (iy + 28 > my + mh) break;
      s.fillStyle(i === 0 ? 0xcfe0f0 : 0xe6ecf1, 1).fillRect(mx + 4, iy, mw * 0.28 - 8, 28);
      s.fillStyle(0x9aa8b5, 1).fillRect(mx + 10, iy + 6, (mw * 0.28 - 30) * (0.5 + rand() * 0.5), 5);
      s.fillStyle(0xbcc6cf, 1).fillRect(mx + 10, iy + 16, (mw * 0.28 - 30) * (0.4 + rand() * 0.5), 4);
    }
    // Message body as lines of text, drawn: the real words are in the overlay.
    const bx = mx + mw * 0.28 + 16;
    const bw = mw * 0.72 - 32;
    const scale = Math.min(mw / 900, mh / 520) * 1.1;
    const avatar = 90 * scale;
    for (let i = 0; i < 9; i++) {
      const ly = my + 60 + avatar + i * 16;
      if (ly > my + mh - 14) break;
      s.fillStyle(0xc5ced6, 1).fillRect(bx, ly, bw * (i % 4 === 3 ? 0.55 : 0.8 + rand() * 0.2), 6);
    }

    this.screen.fillStyle(0xdde6ee, 1).fillRoundedRect(bx, my + 40, avatar, avatar, 8);
    this.frame.clear().lineStyle(3, 0x23415f, 1).strokeRoundedRect(bx, my + 40, avatar, avatar, 8);
    const k = avatar / 240;
    this.sender.place(bx + avatar / 2, my + 40 + avatar - PORTRAIT_BOTTOM * k, k);
    this.from.setPosition(bx + avatar + 14, my + 46).setFontSize(Math.max(12, 16 * scale));
    this.drawBadge(mx, my);
  }

  update(view: SessionView, arrived: boolean): void {
    this.sender.setMood(moodOf(this.ctx.scenario, view.meters));
    if (arrived && view.turn > 0) {
      this.messages += 1;
      this.ctx.scene.tweens.add({ targets: this.badge, scale: { from: 1.4, to: 1 }, duration: 400, ease: 'Back.easeOut' });
    }
    this.drawBadge();
  }

  destroy(): void {
    this.sender.destroy();
    for (const o of [this.desk, this.screen, this.frame, this.from, this.badge]) o.destroy();
  }

  private drawBadge(mx = this.badge.x - 20, my = this.badge.y - 13): void {
    this.badge.clear().setPosition(mx + 20, my + 13);
    this.badge.fillStyle(0xf2b134, 1).fillCircle(0, 0, 9);
    this.badge.fillStyle(0x23415f, 1);
    for (let i = 0; i < Math.min(this.messages, 3); i++) this.badge.fillCircle(-4 + i * 4, 0, 1.5);
  }
}
