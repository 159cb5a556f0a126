/** The customer's meters (mood, patience, trust…) and how a choice's effects change them. */
import type { Scenario } from './schema.ts';

/** Meter name to value: what conditions read and effects change. */
export type Meters = Record<string, number>;

/**
 * Meter values as an object without a prototype, so a meter called "constructor" is only ever the scenario's
 * own (readers still look at own properties only: meters restored from JSON have Object's prototype).
 */
function meterValues(entries: Iterable<[string, number]>): Meters {
  const meters: Meters = Object.create(null) as Meters;
  for (const [name, value] of entries) meters[name] = value;
  return meters;
}

export function initialMeters(scenario: Scenario): Meters {
  return meterValues(Object.entries(scenario.meters).map(([name, m]) => [name, m.start]));
}

/** Applies a choice's effects; meters stay within their bounds so one bad turn cannot push them off the scale. */
export function applyEffects(scenario: Scenario, meters: Meters, effects: Readonly<Record<string, number>>): Meters {
  const next = meterValues(Object.entries(meters));
  for (const [name, change] of Object.entries(effects)) {
    const spec = Object.hasOwn(scenario.meters, name) ? scenario.meters[name] : undefined;
    if (!spec) continue;
    next[name] = Math.min(spec.max, Math.max(spec.min, (Object.hasOwn(next, name) ? next[name]! : spec.start) + change));
  }
  return next;
}
