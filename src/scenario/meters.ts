/** The customer's meters (mood, patience, trust…) and how a choice's effects change them. */
import type { Scenario } from './schema.ts';

/** Meter name to value: what conditions read and effects change. */
export type Meters = Record<string, number>;

/**
 * Meter values as a plain object. Readers look at own properties only (meters restored from JSON have Object's
 * prototype anyway), so a meter called "constructor" is only ever the scenario's own; "__proto__" is not a valid
 * meter name, and is still written as an own property should one get this far. A plain object rather than one
 * without a prototype: V8 keeps those as hash tables, and meters are copied on every turn.
 */
function setMeter(meters: Meters, name: string, value: number): void {
  if (name === '__proto__') Object.defineProperty(meters, name, { value, enumerable: true, writable: true, configurable: true });
  else meters[name] = value;
}

export function initialMeters(scenario: Scenario): Meters {
  const meters: Meters = {};
  for (const name in scenario.meters) if (Object.hasOwn(scenario.meters, name)) setMeter(meters, name, scenario.meters[name]!.start);
  return meters;
}

/** One effect, with the bounds of its meter: what applying it needs, without looking anything up. */
interface Change {
  readonly name: string;
  readonly change: number;
  readonly min: number;
  readonly max: number;
  readonly start: number;
}

/**
 * Each effects map's changes, worked out once. The scenario's maps have no prototype, and V8 keeps such objects
 * as hash tables, slow to walk; effects are applied on every turn of every play, restore and replay.
 */
const changesOf = new WeakMap<object, { bounds: Scenario['meters']; list: readonly Change[] }>();

function changes(scenario: Scenario, effects: Readonly<Record<string, number>>): readonly Change[] {
  const known = changesOf.get(effects);
  // Worked out for these meters' declarations: the same effects with other bounds are other changes.
  if (known && known.bounds === scenario.meters) return known.list;
  const list: Change[] = [];
  for (const name of Object.keys(effects)) {
    // An effect on a meter the scenario does not declare is the checker's to report; here it does nothing.
    const spec = Object.hasOwn(scenario.meters, name) ? scenario.meters[name] : undefined;
    if (spec) list.push({ name, change: effects[name]!, min: spec.min, max: spec.max, start: spec.start });
  }
  changesOf.set(effects, { bounds: scenario.meters, list });
  return list;
}

/** Applies a choice's effects; meters stay within their bounds so one bad turn cannot push them off the scale. */
export function applyEffects(scenario: Scenario, meters: Meters, effects: Readonly<Record<string, number>>): Meters {
  // Spreading copies own properties as data properties, "__proto__" included.
  const next: Meters = { ...meters };
  const list = changes(scenario, effects);
  for (let i = 0; i < list.length; i++) {
    const { name, change, min, max, start } = list[i]!;
    setMeter(next, name, Math.min(max, Math.max(min, (Object.hasOwn(next, name) ? next[name]! : start) + change)));
  }
  return next;
}
