/**
 * A written complaint: the learner's screen with the inbox and the customer's
 * message open, the sender's picture in its header showing how they feel.
 * The words themselves are in the page, where they can be read and selected.
 */
import type Phaser from 'phaser';
import type { SessionView } from '../../engine/types.ts';
import { initialMeters } from '../../scenario/meters.ts';
import { appearanceOf } from '../art/appearance.ts';
import { settingFor } from '../art/places/index.ts';
import { poseFor, signalsOf } from '../art/pose.ts';
import type { Rect } from '../ui/stageArea.ts';
import { FigureActor } from './figureActor.ts';
import { PeopleOnStage } from './people.ts';
import { DEPTH, SettingView } from './settingView.ts';
import { addText, fitText, type Stage, type StageContext } from './stage.ts';

export class WrittenStage implements Stage {
  private readonly setting: SettingView;
  private readonly sender: FigureActor;
  private readonly from: Phaser.GameObjects.Text;
  private readonly people: PeopleOnStage;
  private shown = false;

  constructor(private readonly ctx: StageContext) {
    const { scene, scenario, textures } = ctx;
    this.setting = new SettingView(scene, textures, settingFor('inbox', scenario.id), scenario.organisation);
    this.sender = new FigureActor(scene, textures, { appearance: appearanceOf(scenario.customer.look, 'customer', scenario.customer.name), frame: 'portrait', avatar: '#dbe8f4' }, poseFor(signalsOf(scenario, initialMeters(scenario))), DEPTH.front + 1);
    this.from = addText(scene, { color: '#1b2733', fontStyle: 'bold' }).setOrigin(0, 0.5).setDepth(DEPTH.front + 2);
    this.people = new PeopleOnStage(scene, textures, scenario, this.setting, { besideCustomer: false });
  }

  layout(rect: Rect): void {
    const fit = this.setting.layout(rect.width, rect.height);
    const avatar = this.setting.setting.avatar!;
    const at = this.setting.at(avatar.x, avatar.y);
    this.sender.place(at.x, at.y, (avatar.r * 2 * fit.scale) / 240);
    const name = this.setting.at(avatar.x + avatar.r + 24, avatar.y - avatar.r * 0.35);
    this.from.setPosition(name.x, name.y);
    fitText(this.from, this.ctx.scenario.customer.name, 420 * fit.scale, 30 * fit.scale, 9);
    this.people.layout();
  }

  update(view: SessionView): void {
    this.sender.setPose(poseFor(signalsOf(this.ctx.scenario, view.meters)));
    this.people.update(view.present, view.meters, this.shown);
    this.shown = true;
  }

  destroy(): void {
    this.sender.destroy();
    this.from.destroy();
    this.people.destroy();
    this.setting.destroy();
  }
}
