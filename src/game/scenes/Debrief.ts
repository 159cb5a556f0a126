import Phaser from 'phaser';
import { SceneKeys } from '../sceneKeys.ts';
import { addBackdrop, backdrops } from '../stage/backdrop.ts';

/** Behind the debrief: a backdrop only; score, charts and tables are in the overlay, where they can be read and printed. */
export class Debrief extends Phaser.Scene {
  constructor() {
    super({ key: SceneKeys.Debrief });
  }

  create(): void {
    const off = addBackdrop(this, backdrops.debrief);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
  }
}
