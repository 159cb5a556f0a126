import Phaser from 'phaser';
import { SceneKeys } from '../sceneKeys.ts';

/** The first scene: nothing to load before the preloader can draw its bar, so it hands over at once. */
export class Boot extends Phaser.Scene {
  constructor() {
    super({ key: SceneKeys.Boot });
  }

  create(): void {
    this.scene.start(SceneKeys.Preloader);
  }
}
