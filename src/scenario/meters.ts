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

/** Applies a choice's effects; meters stay within their bounds so one bad turn cannot push them off the scale. */
export function applyEffects(scenario: Scenario, meters: Meters, effects: Readonly<Record<string, number>>): Meters {
  const next: Meters = {};
  for (const name in meters) if (Object.hasOwn(meters, name)) setMeter(next, name, meters[name]!);
  for (const name in effects) {
    if (!Object.hasOwn(effects, name)) continue;
    const spec = Object.hasOwn(scenario.meters, name) ? scenario.meters[name] : undefined;
    if (!spec) continue;
    setMeter(next, name, Math.min(spec.max, Math.max(spec.min, (Object.hasOwn(next, name) ? next[name]! : spec.start) + effects[name]!)));
  }
  return next;
}
