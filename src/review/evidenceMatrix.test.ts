import { describe, expect, it } from 'vitest';
import { catalogue } from '../standards/catalogue.ts';
import { evidenceMatrix, evidenceMatrixCsv, groupStatus, MATRIX_CSV_HEADER, matrixSources, type MatrixCriterion } from './evidenceMatrix.ts';
import { openRecord } from './openRecord.ts';
import type { Review } from '../export/reviewTypes.ts';
import { bankBest, bankPractice, billWorst, deliveryBest, registry } from '../../test/support/reviewRecords.ts';

const sources = [
  { name: 'bank.json', transcript: bankBest() },
  { name: 'bill.json', transcript: billWorst() },
  { name: 'delivery.json', transcript: deliveryBest() },
];
const criteria = (m: ReturnType<typeof evidenceMatrix>): MatrixCriterion[] => m.units.flatMap((u) => u.elements.flatMap((e) => e.criteria));

describe('evidence matrix', () => {
  const m = evidenceMatrix('Sam Okafor', sources);

  it('covers every unit, element and criterion of A10 to C8', () => {
    expect(m.units.map((u) => u.code)).toEqual(catalogue.units.map((u) => u.code));
    expect(criteria(m)).toHaveLength(catalogue.units.flatMap((u) => u.elements.flatMap((e) => e.criteria)).length);
  });

  it('marks a criterion demonstrated when any transcript demonstrates it, not demonstrated when seen only missed, else not yet seen', () => {
    const recorded = new Map<string, string[]>();
    for (const s of sources) for (const c of s.transcript.rollUp.criteria) recorded.set(c.code, [...(recorded.get(c.code) ?? []), c.status]);
    for (const c of criteria(m)) {
      const st = recorded.get(c.code) ?? [];
      expect(c.status, c.code).toBe(st.includes('demonstrated') ? 'demonstrated' : st.includes('not-demonstrated') ? 'not-demonstrated' : 'not-seen');
    }
    const statuses = criteria(m).map((c) => c.status);
    expect(statuses).toContain('demonstrated');
    expect(statuses).toContain('not-demonstrated');
  });

  it('links each criterion to every turn that bears on it', () => {
    for (const c of criteria(m)) {
      const expected = sources.flatMap((s) => s.transcript.turns.flatMap((t) => t.evidence.filter((e) => e.criterion === c.code).map((e) => ({ source: s.name, sourceId: s.name, turn: t.index + 1, met: e.met }))));
      expect(c.refs, c.code).toEqual(expected);
    }
  });

  it('says what is true of each element and unit: demonstrated, a gap, in progress or not yet seen, never "not demonstrated" for what was only unseen', () => {
    for (const u of m.units) {
      for (const e of u.elements) {
        const n = (s: string) => e.criteria.filter((c) => c.status === s).length;
        expect(e.counts).toEqual({ demonstrated: n('demonstrated'), 'not-demonstrated': n('not-demonstrated'), 'not-seen': n('not-seen') });
        const expected = n('demonstrated') === e.criteria.length ? 'demonstrated' : n('not-demonstrated') > 0 ? 'gap' : n('demonstrated') > 0 ? 'in-progress' : 'not-seen';
        expect(e.status, e.code).toBe(expected);
      }
      expect(u.counts.demonstrated + u.counts['not-demonstrated'] + u.counts['not-seen']).toBe(u.elements.reduce((s, e) => s + e.criteria.length, 0));
      expect(u.status).toBe(groupStatus(u.counts));
    }
    const statuses = new Set(m.units.flatMap((u) => u.elements.map((e) => e.status)));
    // These three transcripts leave elements of every kind.
    expect([...statuses].sort()).toEqual(['demonstrated', 'gap', 'in-progress', 'not-seen']);
  });

  it('gives each group status from its counts', () => {
    expect(groupStatus({ demonstrated: 3, 'not-demonstrated': 0, 'not-seen': 0 })).toBe('demonstrated');
    expect(groupStatus({ demonstrated: 2, 'not-demonstrated': 1, 'not-seen': 4 })).toBe('gap');
    expect(groupStatus({ demonstrated: 0, 'not-demonstrated': 1, 'not-seen': 0 })).toBe('gap');
    expect(groupStatus({ demonstrated: 2, 'not-demonstrated': 0, 'not-seen': 4 })).toBe('in-progress');
    expect(groupStatus({ demonstrated: 0, 'not-demonstrated': 0, 'not-seen': 4 })).toBe('not-seen');
  });

  it("has one cell per attempt: the criterion's status there, or not assessed by that scenario", () => {
    for (const c of criteria(m)) {
      expect(c.cells, c.code).toEqual(sources.map((s) => s.transcript.rollUp.criteria.find((x) => x.code === c.code)?.status ?? 'not-assessed'));
    }
  });

  it("counts the assessor's override in place of the recorded status, and lists it", () => {
    const shown = criteria(m).find((c) => c.status === 'demonstrated' && c.refs.every((r) => r.source === 'bank.json'))!;
    const review: Review = { judgements: { [shown.code]: { verdict: 'override', status: 'not-demonstrated', reason: 'Only after prompting.' } }, comments: [] };
    const m2 = evidenceMatrix('Sam Okafor', sources.map((s) => (s.name === 'bank.json' ? { ...s, review } : s)));
    const c = criteria(m2).find((x) => x.code === shown.code)!;
    expect(c.status).toBe('not-demonstrated');
    expect(c.overrides).toEqual([{ source: 'bank.json', status: 'not-demonstrated', reason: 'Only after prompting.' }]);
  });

  it('exports one CSV row per unit, element and criterion, with a column per attempt and the references', () => {
    const lines = evidenceMatrixCsv(m).trimEnd().split('\r\n');
    expect(lines[0]).toBe([...MATRIX_CSV_HEADER, 'bank.json', 'bill.json', 'delivery.json', 'references', 'assessor overrides'].join(','));
    const elements = catalogue.units.flatMap((u) => u.elements);
    expect(lines).toHaveLength(1 + catalogue.units.length + elements.length + elements.flatMap((e) => e.criteria).length);
    const c = criteria(m).find((x) => x.refs.length > 1)!;
    const row = lines.find((l) => l.startsWith(`criterion,${c.code},`))!;
    expect(row).toContain(`,${c.cells.join(',')},`);
    expect(row).toContain(c.refs.map((r) => `${r.source} turn ${r.turn} (${r.met ? 'met' : 'not met'})`).join('; '));
    const gap = m.units.flatMap((u) => u.elements).find((e) => e.status === 'gap')!;
    expect(lines.find((l) => l.startsWith(`element,${gap.code},`))).toMatch(new RegExp(`,gap,${gap.counts.demonstrated},${gap.counts['not-demonstrated']},${gap.counts['not-seen']},,,,,$`));
  });

  it("names the learner's access arrangement in an attempt's column", () => {
    const [bank, bill, delivery] = sources;
    const withAccess = [
      { ...bank!, transcript: { ...bank!.transcript, access: { timers: 'extended', factor: 5 } } },
      { ...bill!, transcript: { ...bill!.transcript, access: { timers: 'off' } } },
      delivery!,
    ];
    const header = evidenceMatrixCsv(evidenceMatrix('Sam Okafor', withAccess)).split('\r\n')[0];
    expect(header).toContain(',bank.json (timers extended x5),bill.json (timers off),delivery.json,');
  });

  it('takes only verified assessments as evidence, grouped by learner, and says why the rest are left out', () => {
    const edited = billWorst();
    edited.turns[0]!.line.text = 'Something else entirely.';
    const other = deliveryBest();
    other.learner = 'Jo Bloggs';
    const opened = [
      openRecord('bank.json', JSON.stringify(bankBest()), registry),
      openRecord('practice.json', JSON.stringify(bankPractice()), registry),
      openRecord('edited.json', JSON.stringify(edited), registry),
      openRecord('jo.json', JSON.stringify(other), registry),
      openRecord('junk.json', 'nope', registry),
    ];
    const { byLearner, excluded } = matrixSources(opened);
    expect([...byLearner.keys()].sort()).toEqual(['Jo Bloggs', 'Sam Okafor']);
    expect(byLearner.get('Sam Okafor')!.map((s) => s.name)).toEqual(['bank.json']);
    expect(excluded).toEqual([
      { file: 'practice.json', why: 'practice' },
      { file: 'edited.json', why: 'not-verified' },
    ]);
  });
});
