/**
 * The telephone: the learner's side of the line in the place the scenario
 * names (a contact centre's floor, a hotel's front desk, a back office), the
 * desk phone, and a card for the caller whose face follows the meters (what
 * the learner hears in their voice, made visible). An interpreter on the
 * line gets a card of their own; a contact centre's wallboard counts the
 * calls waiting while a queue is present.
 */
import type Phaser from 'phaser';
import type { SessionView } from '../../engine/types.ts';
import { initialMeters } from '../../scenario/meters.ts';
import type { Place, PhoneState } from '../../scenario/schema.ts';
import { appearanceOf, crowdLooks } from '../art/appearance.ts';
import { settingFor } from '../art/places/index.ts';
import { poseFor, restlessnessOf, signalsOf } from '../art/pose.ts';
import type { Rect } from '../ui/stageArea.ts';
import { CallerCard } from './callerCard.ts';
import { DeskPhone } from './deskPhone.ts';
import { PeopleOnStage } from './people.ts';
import { DEPTH, SettingView } from './settingView.ts';
import { addText, fitText, isNarration, type Stage, type StageContext } from './stage.ts';

/** A call is taken at a desk: somewhere a customer stands (a doorstep, an inbox) becomes the back office. */
const deskPlace = (place: Place): Place => (place === 'inbox' || place === 'doorstep' || place === 'customer-home' ? 'back-office' : place);

export class PhoneStage implements Stage {
  private readonly setting: SettingView;
  private readonly phone: DeskPhone;
  private readonly caller: CallerCard;
  private interpreter: { id: string; card: CallerCard } | undefined;
  private readonly people: PeopleOnStage;
  private readonly board: { calls: Phaser.GameObjects.Text; wait: Phaser.GameObjects.Text } | undefined;
  private rect: Rect = { x: 0, y: 0, width: 1, height: 1 };
  private queue = false;
  /** A team leader or manager at the learner's side, standing where the caller's card would be. */
  private staffBeside = false;
  private restless = 0;
  private shown = false;

  constructor(private readonly ctx: StageContext) {
    const { scene, scenario, textures } = ctx;
    this.setting = new SettingView(scene, textures, settingFor(deskPlace(ctx.place), scenario.id), scenario.organisation);
    this.people = new PeopleOnStage(scene, textures, scenario, this.setting, { besideCustomer: false });
    this.phone = new DeskPhone(scene, textures);
    const pose = poseFor(signalsOf(scenario, initialMeters(scenario)));
    this.caller = new CallerCard(scene, textures, appearanceOf(scenario.customer.look, 'customer', scenario.customer.name), pose, scenario.customer.name);
    this.board = this.setting.setting.board ? { calls: addText(scene, { color: '#7fc6a4', fontStyle: 'bold' }).setOrigin(0, 0.5).setDepth(DEPTH.labels), wait: addText(scene, { color: '#ffb347', fontStyle: 'bold' }).setOrigin(0, 0.5).setDepth(DEPTH.labels) } : undefined;
  }

  layout(rect: Rect): void {
    this.rect = rect;
    const fit = this.setting.layout(rect.width, rect.height);
    this.people.layout();
    this.phone.layout(fit, rect.width, rect.height);
    this.layoutCards();
    this.writeBoard();
  }

  update(view: SessionView, arrived: boolean): void {
    const { scenario } = this.ctx;
    const pose = poseFor(signalsOf(scenario, view.meters));
    this.caller.setPose(pose);
    this.people.update(view.present, view.meters, this.shown);
    this.shown = true;
    this.updateInterpreter(view.present);
    const staffBeside = view.present.some((id) => ['team-leader', 'manager'].includes(scenario.people[id]?.role ?? ''));
    if (staffBeside !== this.staffBeside) {
      this.staffBeside = staffBeside;
      this.layoutCards();
    }
    const state: PhoneState = view.phone ?? (view.ended ? 'ended' : 'connected');
    this.phone.show(state, view.ended || state === 'ringing' ? '' : scenario.customer.name);
    if (arrived && state !== 'ringing' && state !== 'on-hold' && !isNarration(view.line.text)) this.caller.say(view.line.text);
    this.queue = view.present.some((id) => scenario.people[id]?.role === 'queue');
    this.restless = restlessnessOf(scenario, view.meters);
    this.writeBoard();
  }

  destroy(): void {
    this.caller.destroy();
    this.interpreter?.card.destroy();
    this.people.destroy();
    this.phone.destroy();
    this.board?.calls.destroy();
    this.board?.wait.destroy();
    this.setting.destroy();
  }

  /** The caller's card at the top right of the view (nearer the middle while staff stand at the right); an interpreter's below it. */
  private layoutCards(): void {
    const { width, height } = this.rect;
    const w = Math.max(90, Math.min(230, width * 0.28));
    const h = w * 1.12;
    // Moved in from the edge while someone stands at the learner's side, so it never covers their face.
    const x = this.staffBeside ? width * 0.5 : width - w - Math.max(10, width * 0.04);
    // Below the organisation's sign where the place has one, so the card never hides its name.
    const sign = this.setting.setting.sign;
    const y = Math.max(10, height * 0.05, sign ? this.setting.at(0, sign.y + sign.height / 2).y + 12 : 0);
    this.caller.layout(x, y, w, h);
    this.interpreter?.card.layout(x + w * 0.2, y + h + 12, w * 0.6, h * 0.6);
  }

  private updateInterpreter(present: readonly string[]): void {
    const id = present.find((p) => this.ctx.scenario.people[p]?.role === 'interpreter');
    if (id === this.interpreter?.id) return;
    this.interpreter?.card.destroy();
    this.interpreter = undefined;
    if (!id) return;
    const person = this.ctx.scenario.people[id]!;
    const look = person.look ?? crowdLooks(id, 1)[0]!;
    const card = new CallerCard(this.ctx.scene, this.ctx.textures, appearanceOf(look, 'interpreter', id), poseFor({ mood: 60, patience: 70, trust: 70, understanding: 70 }), person.name, DEPTH.cards + 5);
    this.interpreter = { id, card };
    this.layoutCards();
  }

  /** Calls waiting and the longest wait: quiet without a queue, climbing as the queue grows restless. */
  private writeBoard(): void {
    const spec = this.setting.setting.board;
    if (!spec || !this.board) return;
    const calls = this.queue ? 3 + Math.round(this.restless * 9) : 1;
    const seconds = this.queue ? 90 + Math.round(this.restless * 420) : 35;
    const wait = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const { scale } = this.setting.fit;
    for (const [text, at, value] of [
      [this.board.calls, spec.calls, String(calls)],
      [this.board.wait, spec.wait, wait],
    ] as const) {
      const p = this.setting.at(at.x, at.y);
      text.setPosition(p.x, p.y).setColor(this.queue && this.restless > 0.5 ? '#ff6b5a' : text === this.board.calls ? '#7fc6a4' : '#ffb347');
      fitText(text, value, 150 * scale, spec.height * scale * 0.7, 8);
    }
  }
}
