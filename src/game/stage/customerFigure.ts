/**
 * Draws a customer's upper body with Phaser graphics: face and body language
 * follow a Pose. Coordinates are local, with the origin at the waist and the
 * head about 200 units up, so one drawing serves the counter and the portraits.
 */
import type Phaser from 'phaser';
import { shade, type Look } from './look.ts';
import type { Pose } from './pose.ts';
import { strokePolyline } from './stage.ts';

type G = Phaser.GameObjects.Graphics;

const INK = 0x2a1f1a;

function mouthPoints(smile: number, y: number): { x: number; y: number }[] {
  const pts: { x: number; y: number }[] = [];
  for (let i = 0; i <= 10; i++) {
    const x = -16 + i * 3.2;
    pts.push({ x, y: y - smile * 7 * (x / 16) ** 2 + smile * 2 });
  }
  return pts;
}

function drawHair(g: G, look: Look, back: boolean): void {
  g.fillStyle(look.hair, 1);
  if (back) {
    if (look.hairStyle === 1) g.fillRoundedRect(-54, -240, 108, 120, 30);
    if (look.hairStyle === 2) g.fillCircle(0, -262, 20);
    return;
  }
  if (look.hairStyle === 3) {
    g.fillEllipse(-44, -215, 12, 34);
    g.fillEllipse(44, -215, 12, 34);
    return;
  }
  g.fillEllipse(0, -238, 104, 58);
  g.fillEllipse(-44, -218, 18, 44);
  g.fillEllipse(44, -218, 18, 44);
  if (look.hairStyle === 0) g.fillEllipse(18, -246, 60, 26);
}

function drawArms(g: G, look: Look, pose: Pose): void {
  const sleeve = shade(look.clothes, -0.12);
  if (pose.arms === 'crossed') {
    g.fillStyle(sleeve, 1);
    g.fillRoundedRect(-62, -86, 124, 34, 16);
    g.fillStyle(shade(look.clothes, -0.2), 1);
    g.fillRoundedRect(-58, -64, 116, 30, 14);
    g.fillStyle(look.skin, 1);
    g.fillCircle(-60, -70, 12);
    g.fillCircle(60, -50, 12);
    return;
  }
  const spread = pose.arms === 'open' ? 0.45 : 0.08;
  for (const side of [-1, 1]) {
    g.save();
    g.translateCanvas(side * 66, -130);
    g.rotateCanvas(side * spread);
    g.fillStyle(sleeve, 1);
    g.fillRoundedRect(-14, 0, 28, 120, 14);
    g.fillStyle(look.skin, 1);
    g.fillCircle(0, 124, 13);
    g.restore();
  }
}

export interface DrawOptions {
  /** Closes the eyes for a frame. */
  blink?: boolean;
  /** Opens the mouth a little. */
  talking?: boolean;
  /** Head and shoulders only, ending at y = -40, for a picture frame: the face carries the mood there. */
  portrait?: boolean;
}

/** Lowest point a portrait drawing reaches, in local units. */
export const PORTRAIT_BOTTOM = -40;

export function drawCustomer(g: G, look: Look, pose: Pose, options: DrawOptions = {}): void {
  g.clear();
  g.save();
  const lean = options.portrait ? 0 : pose.lean;
  g.translateCanvas(0, lean * 8);
  g.scaleCanvas(1 + lean * 0.04, 1 + lean * 0.04);
  drawHair(g, look, true);

  // Torso and collar.
  g.fillStyle(look.clothes, 1);
  if (options.portrait) g.fillRoundedRect(-74, -150, 148, 150 + PORTRAIT_BOTTOM, { tl: 44, tr: 44, bl: 0, br: 0 });
  else g.fillRoundedRect(-74, -150, 148, 190, { tl: 44, tr: 44, bl: 8, br: 8 });
  g.fillStyle(shade(look.clothes, -0.25), 1);
  g.fillTriangle(-22, -150, 22, -150, 0, -116);
  g.fillStyle(look.skin, 1);
  g.fillRect(-15, -168, 30, 22);
  g.fillTriangle(-15, -150, 15, -150, 0, -126);

  if (!options.portrait) drawArms(g, look, pose);

  // Head.
  g.fillStyle(look.skin, 1);
  g.fillEllipse(-46, -205, 16, 24);
  g.fillEllipse(46, -205, 16, 24);
  g.fillEllipse(0, -205, 92, 108);
  drawHair(g, look, false);

  if (pose.flush > 0) {
    g.fillStyle(0xd8424a, 0.35 * pose.flush);
    g.fillCircle(-24, -188, 10);
    g.fillCircle(24, -188, 10);
  }

  // Eyes and brows.
  const eyeY = -210;
  for (const side of [-1, 1]) {
    const x = side * 17;
    if (options.blink) {
      g.lineStyle(2.5, INK, 1);
      g.lineBetween(x - 7, eyeY, x + 7, eyeY);
    } else {
      g.fillStyle(0xffffff, 1);
      g.fillEllipse(x, eyeY, 16, 11 * pose.eyes);
      g.fillStyle(INK, 1);
      g.fillCircle(x, eyeY + 0.5, 3.8 * Math.min(1, pose.eyes + 0.2));
    }
    g.lineStyle(4, shade(look.hair, -0.2), 1);
    const inner = eyeY - 13 + pose.brows * -3 + (pose.brows < 0 ? -pose.brows * 6 : 0);
    const outer = eyeY - 14 - pose.brows * 3;
    g.lineBetween(side * 8, inner, side * 26, outer);
  }
  if (look.glasses) {
    g.lineStyle(2.5, 0x333333, 0.9);
    g.strokeCircle(-17, eyeY, 12);
    g.strokeCircle(17, eyeY, 12);
    g.lineBetween(-5, eyeY, 5, eyeY);
  }

  // Nose and mouth.
  g.lineStyle(2.5, shade(look.skin, -0.3), 1);
  g.lineBetween(0, -202, -3, -188);
  g.lineBetween(-3, -188, 3, -187);
  if (options.talking) {
    g.fillStyle(0x5a2a2a, 1);
    g.fillEllipse(0, -172 + pose.smile * -1, 18, 9);
  } else {
    g.lineStyle(3, 0x7a3a34, 1);
    strokePolyline(g, mouthPoints(pose.smile, -172));
  }
  g.restore();
}
