/** What every stage (a place, the telephone, a written message) offers the Conversation scene. */
import type Phaser from 'phaser';
import type { SessionView } from '../../engine/types.ts';
import type { Place, Scenario } from '../../scenario/schema.ts';
import type { Rect } from '../ui/stageArea.ts';
import { pixelRatio } from './canvasFit.ts';
import { fitLine } from './textFit.ts';
import type { SvgTextures } from './svgTextures.ts';

export interface Stage {
  /** Lays the drawing out inside `rect` (CSS pixels); called on every resize. */
  layout(rect: Rect): void;
  /** Shows a moment of the conversation; `arrived` is true when it is a new turn, not a redraw. */
  update(view: SessionView, arrived: boolean): void;
  destroy(): void;
}

export interface StageContext {
  scene: Phaser.Scene;
  scenario: Scenario;
  textures: SvgTextures;
  /** Where the conversation is now: the scenario's place, or the last a node on the path named. */
  place: Place;
}

/** Noto Sans is what CI installs (see .ci/run), so screenshots match; elsewhere the system's own face. */
export const FONT = '"Noto Sans", system-ui, "Segoe UI", Roboto, Arial, sans-serif';

/** A line of narration in brackets ("(She sighs.)") is not spoken, so no mouth moves for it. */
export const isNarration = (text: string): boolean => /^\(.*\)$/s.test(text.trim());

/** A text object drawn at the canvas's pixel ratio, so it is as sharp as the page's own text. */
export function addText(scene: Phaser.Scene, style: Phaser.Types.GameObjects.Text.TextStyle): Phaser.GameObjects.Text {
  return scene.add.text(0, 0, '', { fontFamily: FONT, ...style, resolution: pixelRatio() });
}

/** Sets `text` so it fits `width` (see textFit.ts): a long name never runs off a sign or a phone's display. */
export function fitText(object: Phaser.GameObjects.Text, text: string, width: number, size: number, min = 9): void {
  object.setResolution(pixelRatio());
  const measure = (t: string, px: number) => object.setFontSize(px).setText(t).width;
  const fitted = fitLine(measure, text, width, size, min);
  object.setFontSize(fitted.px).setText(fitted.text);
}

/** A polyline through plain points (Graphics.strokePoints is typed for Vector2 objects only). */
export function strokePolyline(g: Phaser.GameObjects.Graphics, points: readonly { x: number; y: number }[]): void {
  const [first, ...rest] = points;
  if (!first) return;
  g.beginPath();
  g.moveTo(first.x, first.y);
  for (const p of rest) g.lineTo(p.x, p.y);
  g.strokePath();
}
