// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n/i18n.ts';
import { mountReport, printReport, unmountReport } from './printReport.ts';
import { bestMoves, play } from '../../../test/support/play.ts';
import { loadScenarioFile } from '../../../test/support/scenarios.ts';

const scenario = loadScenarioFile('scenarios/bank-queue-disruption.yaml');

// The report is printed in the interface language; these tests read it in English.
initI18n('en-GB');

describe('printing the report', () => {
  afterEach(() => unmountReport(document));

  it('puts one report at the end of the body and marks the page as printing it', () => {
    document.body.append(Object.assign(document.createElement('main'), { textContent: 'the page' }));
    const t = play(scenario, bestMoves(scenario), { learner: 'Bea' });
    mountReport(document, t);
    mountReport(document, t);
    expect(document.querySelectorAll('.print-report')).toHaveLength(1);
    expect(document.body.lastElementChild?.className).toBe('print-report');
    expect(document.documentElement.classList.contains('printing-report')).toBe(true);
    expect(document.querySelector('.print-report h1')?.textContent).toBe('Customer service conversation: assessment record');
    unmountReport(document);
    expect(document.querySelector('.print-report')).toBeNull();
    expect(document.documentElement.classList.contains('printing-report')).toBe(false);
  });

  it('titles a practice transcript as a practice record and says it is not evidence', () => {
    mountReport(document, play(scenario, bestMoves(scenario), { learner: 'Bea', mode: 'practice' }));
    expect(document.querySelector('.print-report h1')?.textContent).toBe('Customer service conversation: practice record');
    expect(document.querySelector('.report-practice')?.textContent).toContain('not an assessment record');
  });

  it('keeps scenario text as text, never markup', () => {
    const t = play(scenario, bestMoves(scenario), { learner: '<img src=x onerror=alert(1)>' });
    mountReport(document, t);
    expect(document.querySelector('.print-report img')).toBeNull();
    expect(document.querySelector('.print-report')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('opens the print dialogue and puts the page back afterwards', () => {
    // happy-dom has no print(); a stand-in records the call.
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    printReport(window, play(scenario, bestMoves(scenario)));
    expect(print).toHaveBeenCalledOnce();
    expect(document.querySelector('.print-report')).not.toBeNull();
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('.print-report')).toBeNull();
  });
});
