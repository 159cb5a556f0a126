import Phaser from 'phaser';
import { SceneKeys } from '../sceneKeys.ts';
import { addBackdrop, backdrops } from '../stage/backdrop.ts';

/** Behind the scenario picker: a calm backdrop; the cards themselves are buttons in the overlay. */
export class Picker extends Phaser.Scene {
  constructor() {
    super({ key: SceneKeys.Picker });
  }

  create(): void {
    const off = addBackdrop(this, backdrops.picker);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
  }
}
