/**
 * Content hashes: SHA-256 of canonical JSON, so equal data hashes equally
 * however it was built. Synchronous, so the same hash is computed in Node
 * (checker, CLI) and the browser (WebCrypto's digest is async only); the digest
 * is @noble/hashes' (audited), of the text as UTF-8. Apart from the loader so
 * the engine (and the browser) can use it without the YAML parser and zod.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson.ts';
import type { Scenario } from './schema.ts';

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** SHA-256 (hex) of a value's canonical JSON. */
export const contentHash = (value: unknown): string => sha256Hex(canonicalJson(value));

const hashes = new WeakMap<Scenario, string>();

/**
 * Content hash of a scenario: of its meaning, not its formatting, so comments and spacing do not change it.
 * Computed once per scenario object (start, restore and verify reuse it); like the compiled machine, this
 * relies on a loaded scenario never being changed in place.
 */
export function scenarioHash(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (hash === undefined) {
    hash = contentHash(scenario);
    hashes.set(scenario, hash);
  }
  return hash;
}
