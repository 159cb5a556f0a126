/**
 * Is this JSON shaped like a transcript the page can show? Replay decides
 * whether it is genuine; this only makes sure that a file someone picked by
 * mistake (or a damaged one) is named as such instead of breaking the page.
 * Fields the page does not use are let through untouched.
 */
import { z } from 'zod';
import { TRANSCRIPT_FORMAT } from '../engine/transcript.ts';

const status = z.enum(['demonstrated', 'not-demonstrated', 'not-observed']);

const turn = z.looseObject({
  index: z.number().int().min(0),
  nodeId: z.string(),
  line: z.looseObject({ text: z.string(), lang: z.string(), gloss: z.string().optional() }),
  offered: z.array(z.looseObject({ choice: z.number(), text: z.string() })),
  action: z.union([
    z.looseObject({ kind: z.literal('choice'), choice: z.number(), text: z.string() }),
    z.looseObject({ kind: z.literal('timeout'), seconds: z.number() }),
  ]),
  metersBefore: z.record(z.string(), z.number()),
  metersAfter: z.record(z.string(), z.number()),
  evidence: z.array(z.looseObject({ criterion: z.string(), met: z.boolean(), weight: z.number(), why: z.string() })),
  to: z.string(),
  at: z.string(),
});

export const transcriptShape = z.looseObject({
  format: z.literal(TRANSCRIPT_FORMAT),
  engineVersion: z.string(),
  scenario: z.looseObject({ id: z.string(), title: z.string(), hash: z.string(), units: z.array(z.string()) }),
  learner: z.string(),
  seed: z.number(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  mode: z.string(),
  turns: z.array(turn),
  rollUp: z.looseObject({
    percent: z.number(),
    met: z.number(),
    total: z.number(),
    criteria: z.array(z.looseObject({ code: z.string(), text: z.string(), status, turns: z.array(z.number()), met: z.number(), total: z.number() })),
  }),
  pass: z.looseObject({ passed: z.boolean(), mark: z.number(), percent: z.number(), missedCritical: z.array(z.string()) }).optional(),
});

/** Where the value first fails to be a transcript, e.g. `turns[2].line.text`, or null when it is one. */
export function transcriptShapeProblem(value: unknown): { path: string; message: string } | null {
  const r = transcriptShape.safeParse(value);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  const path = issue.path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
  return { path: path || '(whole file)', message: issue.message };
}
