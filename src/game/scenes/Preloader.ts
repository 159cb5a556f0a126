import Phaser from 'phaser';
import type { App } from '../app/app.ts';
import { sceneFor, SceneKeys } from '../sceneKeys.ts';
import { addBackdrop, backdrops } from '../stage/backdrop.ts';
import { stageSize } from '../stage/canvasFit.ts';

/** Draws the progress of the sounds being loaded (the app loads them; this scene shows it). */
export class Preloader extends Phaser.Scene {
  constructor(private readonly app: App) {
    super({ key: SceneKeys.Preloader });
  }

  create(): void {
    const offBackdrop = addBackdrop(this, backdrops.loading);
    const track = this.add.graphics();
    const bar = this.add.graphics();
    const shown = { share: 0 };
    const draw = () => {
      const { width, height } = stageSize(this);
      const w = Math.min(420, width * 0.7);
      const x = (width - w) / 2;
      const y = height * 0.62;
      track.clear().fillStyle(0x0b1118, 0.8).fillRoundedRect(x - 4, y - 4, w + 8, 22, 11);
      bar.clear().fillStyle(0x5fb3e8, 1).fillRoundedRect(x, y, Math.max(14, w * shown.share), 14, 7);
    };
    const follow = ({ done, total }: { done: number; total: number }) => {
      this.tweens.add({ targets: shown, share: total > 0 ? done / total : 0, duration: 150, onUpdate: draw });
    };
    follow(this.app.loading);
    draw();
    const offLoading = this.app.on('loading', follow);
    this.scale.on('resize', draw);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      offBackdrop();
      offLoading();
      this.scale.off('resize', draw);
    });
    // Loading may have finished before the renderer was ready.
    if (this.app.screen.name !== 'loading') this.scene.start(sceneFor(this.app.screen));
  }
}
