/**
 * The content hash of a scenario, apart from the loader so the engine (and the
 * browser) can use it without the YAML parser and the schema.
 */
import { canonicalJson, sha256Hex } from '../engine/sha256.ts';
import type { Scenario } from './schema.ts';

const hashes = new WeakMap<Scenario, string>();

/**
 * Content hash of a scenario: of its meaning, not its formatting, so comments and spacing do not change it.
 * Computed once per scenario object (start, restore and verify reuse it); like the compiled machine, this
 * relies on a loaded scenario never being changed in place.
 */
export function scenarioHash(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) {
    hash = sha256Hex(canonicalJson(scenario));
    hashes.set(scenario, hash);
  }
  return hash;
}
