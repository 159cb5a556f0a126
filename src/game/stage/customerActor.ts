/**
 * A drawn customer that lives on a stage: breathes, blinks, moves their mouth
 * while a line is new, and eases from one mood's face to the next instead of
 * snapping, so a learner sees the effect of what they said.
 */
import type Phaser from 'phaser';
import { drawCustomer } from './customerFigure.ts';
import type { Look } from './look.ts';
import { poseFor } from './pose.ts';
import { idleMotion } from '../renderCaps.ts';

export class CustomerActor {
  readonly graphics: Phaser.GameObjects.Graphics;
  private mood: number;
  private blink = false;
  private talking = false;
  private readonly base = { x: 0, y: 0, scale: 1 };
  private breath = { v: 0 };
  private readonly timers: Phaser.Time.TimerEvent[] = [];
  private moodTween: Phaser.Tweens.Tween | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly look: Look,
    mood: number,
    private readonly portrait = false,
  ) {
    this.mood = mood;
    this.graphics = scene.add.graphics();
    this.redraw();
    if (idleMotion()) scene.tweens.add({ targets: this.breath, v: 1, duration: 2200, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', onUpdate: () => this.applyPlace() });
    const scheduleBlink = () => {
      this.timers.push(
        scene.time.delayedCall(2500 + Math.random() * 3000, () => {
          this.blink = true;
          this.redraw();
          this.timers.push(scene.time.delayedCall(130, () => ((this.blink = false), this.redraw(), scheduleBlink())));
        }),
      );
    };
    scheduleBlink();
  }

  place(x: number, y: number, scale: number): void {
    this.scene.tweens.killTweensOf(this.base);
    Object.assign(this.base, { x, y, scale });
    this.applyPlace();
  }

  /** Walks across the stage: in at the start, out if the customer leaves. */
  walk(fromX: number, toX: number): void {
    this.base.x = fromX;
    this.applyPlace();
    this.scene.tweens.add({ targets: this.base, x: toX, duration: 1100, ease: 'Sine.easeInOut', onUpdate: () => this.applyPlace() });
  }

  setMood(mood: number): void {
    if (Math.abs(mood - this.mood) < 0.5) return;
    this.moodTween?.stop();
    const state = { m: this.mood };
    this.moodTween = this.scene.tweens.add({
      targets: state,
      m: mood,
      duration: 700,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        this.mood = state.m;
        this.redraw();
      },
    });
  }

  /** Mouth moves for roughly the time it takes to say `text`. */
  say(text: string): void {
    const words = text.split(/\s+/).length;
    const flaps = Math.min(24, Math.max(3, words));
    let n = 0;
    this.timers.push(
      this.scene.time.addEvent({
        delay: 160,
        repeat: flaps * 2 - 1,
        callback: () => {
          this.talking = ++n % 2 === 1 && n < flaps * 2;
          this.redraw();
        },
      }),
    );
  }

  destroy(): void {
    for (const t of this.timers) t.remove(false);
    this.moodTween?.stop();
    this.scene.tweens.killTweensOf(this.breath);
    this.scene.tweens.killTweensOf(this.base);
    this.graphics.destroy();
  }

  private applyPlace(): void {
    const { x, y, scale } = this.base;
    this.graphics.setPosition(x, y - this.breath.v * 2.5 * scale);
    this.graphics.setScale(scale, scale * (1 + this.breath.v * 0.006));
  }

  private redraw(): void {
    drawCustomer(this.graphics, this.look, poseFor(this.mood), { blink: this.blink, talking: this.talking, portrait: this.portrait });
  }
}
