/**
 * Face to face: the customer in the place the scenario names (a branch's
 * counter, a council desk, a surgery's hatch, a living room), their face and
 * body language following the meters, with the people the story has present.
 */
import type { SessionView } from '../../engine/types.ts';
import { initialMeters } from '../../scenario/meters.ts';
import type { Place } from '../../scenario/schema.ts';
import { appearanceOf } from '../art/appearance.ts';
import { settingFor } from '../art/places/index.ts';
import { poseFor, signalsOf } from '../art/pose.ts';
import type { Rect } from '../ui/stageArea.ts';
import { FigureActor } from './figureActor.ts';
import { PeopleOnStage } from './people.ts';
import { DEPTH, SettingView } from './settingView.ts';
import { isNarration, type Stage, type StageContext } from './stage.ts';

const LEFT_OUTCOMES = new Set(['customer-left', 'service-refused']);

/** An inbox is a screen, not somewhere to stand: a customer met in person is met in the back office. */
const standingPlace = (place: Place): Place => (place === 'inbox' ? 'back-office' : place);

export class PlaceStage implements Stage {
  private readonly setting: SettingView;
  private readonly customer: FigureActor;
  private readonly people: PeopleOnStage;
  private shown = false;
  private gone = false;

  constructor(private readonly ctx: StageContext) {
    const { scene, scenario, textures } = ctx;
    this.setting = new SettingView(scene, textures, settingFor(standingPlace(ctx.place), scenario.id), scenario.organisation);
    const spot = this.setting.setting.customer;
    const appearance = appearanceOf(scenario.customer.look, 'customer', scenario.customer.name);
    this.customer = new FigureActor(scene, textures, { appearance, frame: spot.whole ? 'full' : 'figure' }, poseFor(signalsOf(scenario, initialMeters(scenario))), DEPTH.customer);
    this.people = new PeopleOnStage(scene, textures, scenario, this.setting, { besideCustomer: true });
  }

  layout(rect: Rect): void {
    this.setting.layout(rect.width, rect.height);
    const spot = this.setting.setting.customer;
    const at = this.setting.at(spot.x, spot.y);
    this.customer.place(at.x, at.y, spot.scale * this.setting.fit.scale);
    this.people.layout();
  }

  update(view: SessionView, arrived: boolean): void {
    this.customer.setPose(poseFor(signalsOf(this.ctx.scenario, view.meters)));
    this.people.update(view.present, view.meters, this.shown);
    if (!this.shown) {
      this.shown = true;
      // Out of sight until drawn, then in from the side.
      this.customer.walk(-this.offStage() * 2, -this.offStage() * 2);
      void this.customer.ready.then(() => !this.gone && this.customer.walk(-this.offStage(), 0));
    }
    if (arrived && !isNarration(view.line.text)) this.customer.say(view.line.text);
    if (view.ended && LEFT_OUTCOMES.has(view.ended.outcome) && !this.gone) {
      this.gone = true;
      this.customer.walk(0, this.offStage());
    }
  }

  destroy(): void {
    this.customer.destroy();
    this.people.destroy();
    this.setting.destroy();
  }

  private offStage(): number {
    const { view, scale } = this.setting.fit;
    return (view.x1 - view.x0) * scale * 0.75;
  }
}
