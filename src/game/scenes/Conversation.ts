import Phaser from 'phaser';
import type { App } from '../app/app.ts';
import type { Channel, Place } from '../../scenario/schema.ts';
import { SceneKeys } from '../sceneKeys.ts';
import { PlaceStage } from '../stage/placeStage.ts';
import { PhoneStage } from '../stage/phoneStage.ts';
import type { Stage, StageContext } from '../stage/stage.ts';
import { WrittenStage } from '../stage/writtenStage.ts';
import { SvgTextures } from '../stage/svgTextures.ts';
import type { StageArea } from '../ui/stageArea.ts';
import { followPixelRatio } from '../stage/canvasFit.ts';

const stages: Record<Channel, new (ctx: StageContext) => Stage> = {
  'face-to-face': PlaceStage,
  telephone: PhoneStage,
  written: WrittenStage,
};

/** Draws the conversation's stage for its channel and keeps it in step with the engine's view. */
export class Conversation extends Phaser.Scene {
  constructor(
    private readonly app: App,
    private readonly area: StageArea,
  ) {
    super({ key: SceneKeys.Conversation });
  }

  create(): void {
    const { screen } = this.app;
    if (screen.name !== 'conversation') return;
    const { play } = screen;
    this.cameras.main.setBackgroundColor('#18232e');
    const offRatio = followPixelRatio(this);
    const textures = new SvgTextures(this);
    // A node may move the conversation (from the doorstep into the house): the stage is set again for the new place.
    const setStage = (where: Place) => new stages[play.scenario.channel]({ scene: this, scenario: play.scenario, textures, place: where });
    let where = play.view().place;
    let stage = setStage(where);
    let arrivedAt = '';
    // The canvas sits on the slot itself (see stageFrame.ts), so the stage is drawn from the canvas's corner.
    const layout = (rect = this.area.current) => {
      this.cameras.main.setVisible(rect !== undefined);
      if (rect) stage.layout({ x: 0, y: 0, width: rect.width, height: rect.height });
    };
    const show = (view = play.view()) => {
      if (view.place !== where) {
        stage.destroy();
        where = view.place;
        stage = setStage(where);
        layout();
      }
      const key = `${view.turn}:${view.nodeId}`;
      stage.update(view, key !== arrivedAt);
      arrivedAt = key;
    };
    layout();
    show();
    const offArea = this.area.on('change', layout);
    const offPlay = play.subscribe(show);
    // The slot may move without the canvas resizing (the panel grows); measure again on canvas resize too.
    const remeasure = () => this.area.measure();
    this.scale.on('resize', remeasure);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      offArea();
      offPlay();
      offRatio();
      this.scale.off('resize', remeasure);
      stage.destroy();
      textures.destroy();
    });
  }
}
