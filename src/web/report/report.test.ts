// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import type { Transcript } from '../../engine/transcript.ts';
import type { Review } from '../../export/reviewTypes.ts';
import { findCriterion } from '../../standards/catalogue.ts';
import { buildReport } from './report.ts';
import { bestMoves, play, worstMoves } from '../../../test/support/play.ts';
import { loadScenarioFile } from '../../../test/support/scenarios.ts';

const scenario = loadScenarioFile('scenarios/language-polish-surgery-registration.yaml');
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// The report is printed in the interface language; these tests read it in English.
initI18n('en-GB');

describe('buildReport', () => {
  const t = play(scenario, bestMoves(scenario), { learner: 'Bea Learner' });
  const report = buildReport(document, t, { timeZone: 'UTC', verification: 'Verified by replay' });

  it('heads the report with learner, scenario, date, score and result', () => {
    const summary = text(report.querySelector('.report-summary'));
    expect(summary).toContain('Bea Learner');
    expect(summary).toContain(t.scenario.title);
    expect(summary).toContain('9 March 2026');
    expect(summary).toContain(`${t.rollUp.percent}% (${t.rollUp.met} of ${t.rollUp.total}`);
    expect(summary).toContain('Passed');
    expect(summary).toContain('Verified by replay');
  });

  it('has a row per criterion with code, catalogue text, status and turns', () => {
    const rows = [...report.querySelectorAll('.report-criteria tbody tr')];
    expect(rows).toHaveLength(t.rollUp.criteria.length);
    t.rollUp.criteria.forEach((c, i) => {
      const cells = [...rows[i]!.children].map(text);
      expect(cells).toEqual([c.code, findCriterion(c.code)!.text, { demonstrated: 'Demonstrated', 'not-demonstrated': 'Not demonstrated', 'not-observed': 'Not observed' }[c.status], c.turns.map((n) => n + 1).join(', ')]);
    });
  });

  it('has the whole dialogue: every line (with its language and gloss), reply and piece of evidence', () => {
    const turns = [...report.querySelectorAll('.report-turn')];
    expect(turns).toHaveLength(t.turns.length);
    t.turns.forEach((turn, i) => {
      expect(turns[i]!.querySelector(`[lang="${turn.line.lang}"]`)?.textContent).toBe(turn.line.text);
      if (turn.line.gloss) expect(text(turns[i]!.querySelector('.report-gloss'))).toContain(turn.line.gloss);
      if (turn.action.kind === 'choice') expect(text(turns[i]!.querySelector('.report-reply'))).toContain(turn.action.text);
      expect(turns[i]!.querySelectorAll('.report-evidence li')).toHaveLength(turn.evidence.length);
    });
    expect(t.turns.some((x) => x.line.gloss && x.line.lang === 'pl')).toBe(true);
  });

  it('shows markup in a transcript as text, never as elements', () => {
    const evil = structuredClone(t) as Transcript;
    evil.learner = '<img src=x onerror="alert(1)">';
    evil.turns[0]!.line.text = '<script>alert(1)</script>';
    const r = buildReport(document, evil);
    expect(r.querySelector('img, script')).toBeNull();
    expect(r.textContent).toContain('<script>alert(1)</script>');
    expect(r.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('adds the assessor column, comments and sign-off when there is a review', () => {
    const poor = play(scenario, worstMoves(scenario));
    const code = poor.rollUp.criteria.find((c) => c.status === 'not-demonstrated')!.code;
    const review: Review = {
      judgements: { [code]: { verdict: 'override', status: 'demonstrated', reason: 'Shown later in the call' } },
      comments: [{ text: 'Good recovery.' }, { turn: 0, text: 'Slow down here.' }],
      signedBy: 'Cara Assessor',
      signedAt: '2026-03-10',
    };
    const r = buildReport(document, poor, { review });
    const row = [...r.querySelectorAll('.report-criteria tbody tr')].find((tr) => text(tr.firstElementChild) === code)!;
    expect(text(row.lastElementChild)).toBe('Overridden: Demonstrated. Shown later in the call');
    expect(text(r.querySelector('.report-turn .report-comment'))).toContain('Slow down here.');
    expect(text(r)).toContain('Good recovery.');
    expect(text(r)).toContain('Cara Assessor');
    expect(text(r)).toContain('10 March 2026');
    expect(report.querySelectorAll('.report-criteria thead th')).toHaveLength(4);
    expect(r.querySelectorAll('.report-criteria thead th')).toHaveLength(5);
  });
});
