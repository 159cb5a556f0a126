/**
 * The calm moving background behind the menu-like screens: a gradient with a
 * few soft shapes drifting, redrawn to fill the canvas whenever it resizes.
 */
import type Phaser from 'phaser';
import { followPixelRatio, stageSize } from './canvasFit.ts';

export interface BackdropColours {
  top: number;
  bottom: number;
  shapes: number[];
}

export const backdrops = {
  picker: { top: 0x1f3b57, bottom: 0x10202f, shapes: [0x2f6f8f, 0x3f8f6f, 0x8f6f3f] },
  debrief: { top: 0x263a4f, bottom: 0x121c26, shapes: [0x3f6f9f, 0x6f8f3f, 0x9f5f5f] },
  loading: { top: 0x1b2733, bottom: 0x0e161e, shapes: [0x2f5f7f] },
} satisfies Record<string, BackdropColours>;

export function addBackdrop(scene: Phaser.Scene, colours: BackdropColours): () => void {
  const fill = scene.add.graphics();
  const shapes = colours.shapes.flatMap((colour, i) =>
    [0, 1].map((j) => {
      const g = scene.add.graphics().setAlpha(0.18);
      g.fillStyle(colour, 1).fillCircle(0, 0, 120 + ((i * 3 + j * 5) % 7) * 30);
      return g;
    }),
  );
  const draw = () => {
    const { width, height } = stageSize(scene);
    fill.clear().fillGradientStyle(colours.top, colours.top, colours.bottom, colours.bottom, 1).fillRect(0, 0, width, height);
    shapes.forEach((g, i) => {
      scene.tweens.killTweensOf(g);
      g.setPosition(((i * 0.37 + 0.1) % 1) * width, ((i * 0.61 + 0.2) % 1) * height);
      scene.tweens.add({ targets: g, x: g.x + (i % 2 ? 60 : -60), y: g.y + (i % 3 ? -40 : 40), duration: 9000 + i * 1300, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    });
  };
  const offRatio = followPixelRatio(scene);
  draw();
  scene.scale.on('resize', draw);
  return () => {
    offRatio();
    scene.scale.off('resize', draw);
  };
}
