/**
 * A person on the stage, drawn by the art (src/game/art) and shown as a
 * texture: breathes (where motion is welcome), blinks, moves their mouth while
 * a line is new, and changes expression by fading from the old face to the
 * new, so a learner sees the effect of what they said.
 */
import type Phaser from 'phaser';
import type { Appearance } from '../art/appearance.ts';
import { avatarSvg, FRAMES, figureSvg, type Frame } from '../art/figure.ts';
import { poseKey, type Pose } from '../art/pose.ts';
import { idleMotion, reducedMotion } from '../renderCaps.ts';
import { pixelRatio } from './canvasFit.ts';
import type { SvgTextures } from './svgTextures.ts';

interface Drawn {
  base: string;
  blink: string;
  talk: string;
  /** Texture pixels per figure unit. */
  resolution: number;
  pose: string;
}

export interface FigureSpec {
  appearance: Appearance;
  frame: Frame;
  headset?: boolean;
  /** Drawn as a round picture on a disc of this colour (a caller's card, a sender's message), centred where placed. */
  avatar?: string;
}

/** The units a drawing spans, and where in it the placed point is (0..1). */
function extent(spec: FigureSpec): { width: number; height: number; originX: number; originY: number } {
  if (spec.avatar) {
    const side = Math.min(FRAMES.portrait[2], FRAMES.portrait[3]);
    return { width: side, height: side, originX: 0.5, originY: 0.5 };
  }
  const [fx, fy, fw, fh] = FRAMES[spec.frame];
  return { width: fw, height: fh, originX: -fx / fw, originY: -fy / fh };
}

export class FigureActor {
  private readonly image: Phaser.GameObjects.Image;
  private readonly fading: Phaser.GameObjects.Image;
  private drawn: Drawn | undefined;
  private drawing = 0;
  private pose: Pose;
  private readonly at = { x: 0, y: 0, scale: 1 };
  private readonly motion = { dx: 0, breath: 0 };
  private talking = false;
  private blinking = false;
  private readonly timers: Phaser.Time.TimerEvent[] = [];
  private gone = false;
  private drawnOnce: () => void = () => {};
  /** Resolves once the person is first drawn: a walk started before then would happen unseen. */
  readonly ready = new Promise<void>((resolve) => (this.drawnOnce = resolve));

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly textures: SvgTextures,
    private readonly spec: FigureSpec,
    pose: Pose,
    depth: number,
  ) {
    this.pose = pose;
    // The waist (local 0, 0) is the point the stage places; an avatar's centre.
    const { originX, originY } = extent(spec);
    this.image = scene.add.image(0, 0, '__DEFAULT').setOrigin(originX, originY).setDepth(depth).setVisible(false);
    this.fading = scene.add.image(0, 0, '__DEFAULT').setOrigin(originX, originY).setDepth(depth + 0.5).setVisible(false);
    if (idleMotion()) scene.tweens.add({ targets: this.motion, breath: 1, duration: 2200 + Math.random() * 600, yoyo: true, repeat: -1, ease: 'Sine.easeInOut', onUpdate: () => this.apply() });
    this.scheduleBlink();
  }

  /** Puts the waist at (x, y) in stage pixels, `scale` stage pixels to a figure unit. */
  place(x: number, y: number, scale: number): void {
    Object.assign(this.at, { x, y, scale });
    this.apply();
    const wanted = scale * pixelRatio();
    // A texture within a sixth of the size needed is scaled; beyond that it is drawn again, sharp.
    if (!this.drawn || Math.abs(this.drawn.resolution - wanted) / wanted > 1 / 6) void this.draw(false);
  }

  setPose(pose: Pose): void {
    const changed = poseKey(pose) !== poseKey(this.pose);
    this.pose = pose;
    if (changed && this.at.scale > 0) void this.draw(true);
  }

  /** Slides in from (or out to) `dx` stage pixels beside its place; with reduced motion, goes there at once. */
  walk(fromDx: number, toDx: number, done?: () => void): void {
    this.scene.tweens.killTweensOf(this.motion);
    this.motion.dx = reducedMotion() ? toDx : fromDx;
    this.apply();
    if (reducedMotion()) {
      done?.();
      return;
    }
    this.scene.tweens.add({ targets: this.motion, dx: toDx, duration: 1100, ease: 'Sine.easeInOut', onUpdate: () => this.apply(), onComplete: () => done?.() });
  }

  /** Mouth moves for roughly the time it takes to say `text`. */
  say(text: string): void {
    const flaps = Math.min(24, Math.max(3, text.split(/\s+/).length));
    let n = 0;
    this.timers.push(
      this.scene.time.addEvent({
        delay: 160,
        repeat: flaps * 2 - 1,
        callback: () => {
          this.talking = ++n % 2 === 1 && n < flaps * 2;
          this.show();
        },
      }),
    );
  }

  destroy(): void {
    this.gone = true;
    for (const t of this.timers) t.remove(false);
    this.scene.tweens.killTweensOf(this.motion);
    this.scene.tweens.killTweensOf(this.fading);
    this.image.destroy();
    this.fading.destroy();
    this.release(this.drawn);
  }

  private scheduleBlink(): void {
    this.timers.push(
      this.scene.time.delayedCall(2500 + Math.random() * 3000, () => {
        this.blinking = true;
        this.show();
        this.timers.push(this.scene.time.delayedCall(130, () => ((this.blinking = false), this.show(), this.scheduleBlink())));
      }),
    );
  }

  private apply(): void {
    const { x, y, scale } = this.at;
    const k = this.drawn ? scale / this.drawn.resolution : 0;
    const lift = this.motion.breath * 2.5 * scale;
    for (const image of [this.image, this.fading]) image.setPosition(x + this.motion.dx, y - lift).setScale(k, k * (1 + this.motion.breath * 0.006));
  }

  private show(): void {
    if (!this.drawn) return;
    this.image.setTexture(this.talking ? this.drawn.talk : this.blinking ? this.drawn.blink : this.drawn.base).setVisible(true);
  }

  private async draw(fade: boolean): Promise<void> {
    const ticket = ++this.drawing;
    const resolution = this.at.scale * pixelRatio();
    const { width, height } = extent(this.spec);
    const size = { width: Math.ceil(width * resolution), height: Math.ceil(height * resolution), frame: this.spec.frame, headset: this.spec.headset ?? false };
    const { appearance, avatar } = this.spec;
    const pose = this.pose;
    const svg = (face: { blink?: boolean; talking?: boolean }) => (avatar ? avatarSvg(appearance, pose, size.width, avatar, face) : figureSvg(appearance, pose, { ...size, ...face }));
    const keys = await Promise.all([this.textures.add(svg({})), this.textures.add(svg({ blink: true })), this.textures.add(svg({ talking: true }))]);
    const [base, blink, talk] = keys;
    // A newer drawing was asked for meanwhile, or the stage has gone: this one is not needed.
    if (this.gone || ticket !== this.drawing || !base || !blink || !talk) {
      for (const key of keys) this.textures.remove(key);
      return;
    }
    const before = this.drawn;
    this.drawn = { base, blink, talk, resolution, pose: poseKey(pose) };
    if (fade && before && !reducedMotion()) {
      this.scene.tweens.killTweensOf(this.fading);
      this.fading.setTexture(before.base).setAlpha(1).setVisible(true);
      this.apply();
      this.scene.tweens.add({ targets: this.fading, alpha: 0, duration: 600, ease: 'Sine.easeInOut', onComplete: () => (this.fading.setVisible(false).setTexture('__DEFAULT'), this.release(before)) });
    } else this.release(before);
    this.apply();
    this.show();
    this.drawnOnce();
  }

  private release(drawn: Drawn | undefined): void {
    if (!drawn) return;
    for (const key of [drawn.base, drawn.blink, drawn.talk]) if (this.fading.texture?.key !== key) this.textures.remove(key);
  }
}
