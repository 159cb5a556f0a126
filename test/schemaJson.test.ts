import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarioSchema } from '../src/scenario/schema.ts';

describe('scenarios/scenario.schema.json', () => {
  it('is what the zod schema generates (run `npm run scenarios -- schema` after changing the format)', () => {
    const committed = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(scenarioSchema, { io: 'input' }));
  });

  it('tells editors which fields a choice takes', () => {
    const committed = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    const text = JSON.stringify(committed);
    for (const field of ['evidence', 'effects', 'criterion', 'gloss', 'after']) expect(text).toContain(`"${field}"`);
  });
});
