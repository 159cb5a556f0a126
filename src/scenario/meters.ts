/** The customer's meters (mood, patience, trust…) and how a choice's effects change them. */
import type { Scenario } from './schema.ts';

/** Meter name to value: what conditions read and effects change. */
export type Meters = Record<string, number>;

export function initialMeters(scenario: Scenario): Meters {
  return Object.fromEntries(Object.entries(scenario.meters).map(([name, m]) => [name, m.start]));
}

/** Applies a choice's effects; meters stay within their bounds so one bad turn cannot push them off the scale. */
export function applyEffects(scenario: Scenario, meters: Meters, effects: Readonly<Record<string, number>>): Meters {
  const next = { ...meters };
  for (const name in effects) {
    const spec = scenario.meters[name];
    if (!spec) continue;
    next[name] = Math.min(spec.max, Math.max(spec.min, (next[name] ?? spec.start) + effects[name]!));
  }
  return next;
}
