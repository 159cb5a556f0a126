/** What every stage (counter, telephone, written) offers the Conversation scene. */
import type Phaser from 'phaser';
import type { SessionView } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { Rect } from '../ui/stageArea.ts';

export interface Stage {
  /** Lays the drawing out inside `rect` (canvas pixels); called on every resize. */
  layout(rect: Rect): void;
  /** Shows a moment of the conversation; `arrived` is true when it is a new turn, not a redraw. */
  update(view: SessionView, arrived: boolean): void;
  destroy(): void;
}

export interface StageContext {
  scene: Phaser.Scene;
  scenario: Scenario;
}

export const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';

/** A small deterministic generator, so the same scenario always gets the same shelves. */
export function seeded(text: string): () => number {
  let a = 0;
  for (const ch of text) a = (Math.imul(a, 31) + ch.charCodeAt(0)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
