// @vitest-environment happy-dom
/** The review page says not only "not yet" but why: the mark missed, or the critical criterion never shown. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../engine/session.ts';
import { initI18n } from '../../web/i18n/i18n.ts';
import { openRecord } from '../openRecord.ts';
import { scenarioRegistry } from '../../../test/support/registry.ts';
import { recordView } from './recordView.ts';

const text = readFileSync(join(import.meta.dirname, '../../../test/fixtures/critical-counter.yaml'), 'utf8');
const registry = scenarioRegistry({ '/scenarios/critical-counter.yaml': text });

beforeAll(() => initI18n('en-GB'));

function shown(steps: string[]) {
  const scenario = registry.versions('critical-counter')[0]!.scenario;
  const s = Session.start(scenario, { mode: 'assessment', learner: 'Dana Reid', seed: 2 });
  for (const step of steps) s.choose(s.view().options.find((o) => o.text.startsWith(step))!.choice);
  const record = openRecord('attempt.json', JSON.stringify(s.transcript()), registry);
  expect(record.finding.kind).toBe('verified');
  return recordView({ id: 'r1', record, review: { judgements: {}, comments: [] } }, { onReviewChange() {}, onPrint() {} });
}

const row = (root: HTMLElement, term: string) => [...root.querySelectorAll('dt')].find((d) => d.textContent === term)?.nextElementSibling?.textContent;

describe('the review page: pass or not yet, and why', () => {
  it('names the critical criterion missed at full marks', () => {
    const root = shown(['Sorry to keep you', "I'll fetch my manager", 'Thank you for waiting']);
    expect(row(root, 'Result')).toBe('Not yet (pass mark 60%)');
    expect(row(root, 'Why')).toMatch(/^Critical criteria not demonstrated:c4\.1\.1 \S.*\(not shown on the path you took\)$/);
  });

  it('gives the mark missed', () => {
    const root = shown(['Yes?', 'Let me put that right']);
    expect(row(root, 'Why')).toBe('You met 33.3% of the evidence, below the pass mark of 60%.');
  });

  it('gives no "why" for a pass', () => {
    const root = shown(['Sorry to keep you', 'Let me put that right']);
    expect(row(root, 'Result')).toBe('Passed');
    expect(row(root, 'Why')).toBeUndefined();
  });
});
