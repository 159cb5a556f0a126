/**
 * The people a story names besides the customer, where they matter: the
 * queue behind the customer growing restless as patience runs out, a
 * colleague at the next position, the team leader or manager arriving at the
 * learner's side, security by the door, an interpreter, relative or friend
 * beside the customer. Who is in view comes from the engine's view (`present`);
 * people arrive and leave by walking in and out.
 */
import type Phaser from 'phaser';
import type { Meters } from '../../scenario/meters.ts';
import type { Person, Scenario } from '../../scenario/schema.ts';
import { appearanceOf, crowdLooks } from '../art/appearance.ts';
import type { Fit } from '../art/design.ts';
import { standing, type Spot } from '../art/places/setting.ts';
import { crowdPose, poseFor, restlessnessOf, type Pose } from '../art/pose.ts';
import { FigureActor } from './figureActor.ts';
import { DEPTH, type SettingView } from './settingView.ts';
import type { SvgTextures } from './svgTextures.ts';

/** How many people a queue shows at most. */
const QUEUE = 4;

/** Staff stand at the learner's side, nearer than the counter, so larger than the customer. */
const STAFF_SCALE = 1.45;

interface OnStage {
  actor: FigureActor;
  spot: (fit: Fit) => Spot;
}

const calm = (over: Partial<Pose> = {}): Pose => ({ ...poseFor({ mood: 60, patience: 70, trust: 70, understanding: 70 }), ...over });

export interface PeopleOptions {
  /** Whether people beside the customer (an interpreter, a relative) stand on the stage; on a call they are on the line instead. */
  besideCustomer: boolean;
}

export class PeopleOnStage {
  private readonly shown = new Map<string, OnStage>();
  private crowd: FigureActor[] = [];
  private restless = -1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly textures: SvgTextures,
    private readonly scenario: Scenario,
    private readonly setting: SettingView,
    private readonly options: PeopleOptions,
  ) {}

  /** Shows who is present now; with `walk`, people arriving or leaving walk in or out rather than appear. */
  update(present: readonly string[], meters: Meters, walk: boolean): void {
    const wanted = present.filter((id) => this.placeable(this.scenario.people[id]));
    for (const [id, on] of this.shown) if (!wanted.includes(id)) this.leave(id, on);
    for (const id of wanted) if (!this.shown.has(id)) this.arrive(id, walk);
    const queue = present.some((id) => this.scenario.people[id]?.role === 'queue');
    this.showCrowd(queue ? restlessnessOf(this.scenario, meters) : undefined);
  }

  layout(): void {
    const fit = this.setting.fit;
    for (const on of this.shown.values()) this.put(on.actor, on.spot(fit));
    this.crowd.forEach((actor, i) => this.put(actor, this.setting.setting.waiting[i]!));
  }

  destroy(): void {
    for (const on of this.shown.values()) on.actor.destroy();
    for (const actor of this.crowd) actor.destroy();
    this.shown.clear();
    this.crowd = [];
  }

  private placeable(person: Person | undefined): boolean {
    if (!person || person.role === 'queue') return false;
    if (person.role === 'interpreter' || person.role === 'relative' || person.role === 'friend') return this.options.besideCustomer;
    return true;
  }

  /** Where someone in this role stands, in the design space of the fit in use. */
  private spotFor(person: Person, fit: Fit): Spot {
    const customer = this.setting.setting.customer;
    const side = { x: customer.x, y: customer.y, scale: customer.scale * 0.9 };
    const staffOnRight = [...this.shown.keys()].filter((id) => ['team-leader', 'manager'].includes(this.scenario.people[id]?.role ?? '')).length;
    switch (person.role) {
      case 'colleague':
        return standing(fit.view.x0 + 120, STAFF_SCALE);
      case 'team-leader':
      case 'manager':
        return standing(fit.view.x1 - 120 - Math.max(0, staffOnRight - 1) * 280, STAFF_SCALE);
      case 'security':
        return standing(1260, 0.74);
      case 'interpreter':
        return { ...side, x: customer.x + 330 };
      default:
        return { ...side, x: customer.x - 330 };
    }
  }

  private arrive(id: string, walk: boolean): void {
    const person = this.scenario.people[id]!;
    const look = person.look ?? crowdLooks(id, 1)[0]!;
    const staff = person.role === 'colleague' || person.role === 'team-leader' || person.role === 'manager';
    const depth = staff ? DEPTH.staff : person.role === 'security' ? DEPTH.waiting : DEPTH.beside;
    const spot = (fit: Fit) => this.spotFor(person, fit);
    const first = spot(this.setting.fit);
    const actor = new FigureActor(this.scene, this.textures, { appearance: appearanceOf(look, person.role, id), frame: first.whole ? 'full' : 'figure' }, person.role === 'security' ? calm({ arms: 'folded', smile: 0 }) : calm(), depth);
    const on = { actor, spot };
    this.shown.set(id, on);
    this.put(actor, first);
    // Staff walk in from their own side of the stage; others from the nearer edge.
    if (walk) actor.walk((first.x > 800 ? 1 : -1) * this.offStage(), 0);
  }

  private leave(id: string, on: OnStage): void {
    this.shown.delete(id);
    const fromRight = on.spot(this.setting.fit).x > 800;
    on.actor.walk(0, (fromRight ? 1 : -1) * this.offStage(), () => on.actor.destroy());
  }

  private offStage(): number {
    const { view, scale } = this.setting.fit;
    return (view.x1 - view.x0) * scale * 0.7;
  }

  private showCrowd(restless: number | undefined): void {
    const spots = this.setting.setting.waiting;
    if (restless === undefined || spots.length === 0) {
      for (const actor of this.crowd) actor.destroy();
      this.crowd = [];
      this.restless = -1;
      return;
    }
    if (this.crowd.length === 0) {
      const looks = crowdLooks(this.scenario.id, QUEUE);
      this.crowd = spots.slice(0, QUEUE).map((spot, i) => {
        const actor = new FigureActor(this.scene, this.textures, { appearance: appearanceOf(looks[i]!, 'queue', `${this.scenario.id}-${i}`), frame: spot.whole ? 'full' : 'figure' }, crowdPose(restless, i), DEPTH.waiting - i);
        this.put(actor, spot);
        return actor;
      });
    }
    // Poses follow in steps of a tenth, so a point of patience either way draws nothing new.
    const step = Math.round(restless * 10) / 10;
    if (step !== this.restless) this.crowd.forEach((actor, i) => actor.setPose(crowdPose(step, i)));
    this.restless = step;
  }

  private put(actor: FigureActor, spot: Spot): void {
    const { x, y } = this.setting.at(spot.x, spot.y);
    actor.place(x, y, spot.scale * this.setting.fit.scale);
  }
}
