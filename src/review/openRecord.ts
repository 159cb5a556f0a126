/**
 * One opened file, judged: a transcript that verifies by replay, one that
 * diverges (and where), one this build cannot check (unknown scenario, other
 * version), or not a transcript at all. Never throws: whatever the file holds,
 * the assessor gets a plain answer.
 */
import type { Transcript } from '../engine/transcript.ts';
import { verify, type VerifyProblem } from '../engine/verify.ts';
import { ENGINE_VERSION } from '../engine/version.ts';
import type { Scenario } from '../scenario/schema.ts';
import { readReview } from '../export/reviewedRecord.ts';
import type { Review } from '../export/reviewTypes.ts';
import type { ScenarioRegistry } from './scenarioRegistry.ts';
import { transcriptShapeProblem } from './transcriptShape.ts';

export type Finding =
  | { kind: 'verified'; turns: number }
  /** `problem` is what kind of difference verify found; `replay-failed` when the replay itself broke. */
  | { kind: 'diverges'; problem: VerifyProblem | 'replay-failed'; reason: string; turn?: number; field?: string; recorded?: unknown; replayed?: unknown }
  | { kind: 'unknown-scenario'; id: string }
  | { kind: 'engine-version'; recorded: string; current: string }
  | { kind: 'scenario-version'; id: string }
  | { kind: 'not-json'; message: string }
  | { kind: 'not-transcript'; path: string; message: string };

export interface OpenedRecord {
  file: string;
  finding: Finding;
  /** Present whenever the file is shaped like a transcript, verified or not, so the assessor can read it. */
  transcript?: Transcript;
  scenario?: Scenario;
  /** A review saved with the transcript (a reviewed record reopened). */
  review?: Review;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function openRecord(file: string, text: string, registry: ScenarioRegistry): OpenedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { file, finding: { kind: 'not-json', message: (err as Error).message } };
  }
  let review: Review | undefined;
  // A reviewed record wraps the transcript; reopening one brings its review back.
  if (isObj(value) && 'transcript' in value && 'review' in value) {
    review = readReview(value.review) ?? undefined;
    value = value.transcript;
  }
  const shape = transcriptShapeProblem(value);
  if (shape) return { file, finding: { kind: 'not-transcript', ...shape } };
  const transcript = value as Transcript;
  const base = { file, transcript, ...(review ? { review } : {}) };

  const versions = registry.versions(transcript.scenario.id);
  if (versions.length === 0) return { ...base, finding: { kind: 'unknown-scenario', id: transcript.scenario.id } };
  if (transcript.engineVersion !== ENGINE_VERSION) return { ...base, finding: { kind: 'engine-version', recorded: transcript.engineVersion, current: ENGINE_VERSION } };
  const version = versions.find((v) => v.hash === transcript.scenario.hash);
  if (!version) return { ...base, finding: { kind: 'scenario-version', id: transcript.scenario.id } };

  const withScenario = { ...base, scenario: version.scenario };
  try {
    // Replay reads the transcript; a copy guarantees nothing it does can reach the record the assessor sees.
    const result = verify(structuredClone(transcript), version.scenario);
    if (result.ok) return { ...withScenario, finding: { kind: 'verified', turns: result.turns } };
    const { ok: _ok, ...difference } = result;
    return { ...withScenario, finding: { kind: 'diverges', ...difference } };
  } catch (err) {
    return { ...withScenario, finding: { kind: 'diverges', problem: 'replay-failed', reason: `the replay failed: ${(err as Error).message}` } };
  }
}
