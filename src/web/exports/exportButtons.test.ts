// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bestMoves, play } from '../../../test/support/play.ts';
import { fixture } from '../../../test/support/scenarios.ts';
import { initI18n } from '../i18n/i18n.ts';
import { exportButtons } from './exportButtons.ts';
import type { ExportSource } from './exportFormats.ts';

initI18n('en-GB');
const scenario = fixture('tiny-counter.yaml');
const source = (mode: 'practice' | 'assessment'): ExportSource => ({ transcript: play(scenario, bestMoves(scenario), { mode }), href: 'https://college.example/rapport/' });
const labels = (buttons: HTMLButtonElement[]) => buttons.map((b) => b.textContent);

afterEach(() => vi.restoreAllMocks());

describe('export buttons from the one table of formats', () => {
  it('gives the debrief every format it names, whatever the mode', () => {
    for (const mode of ['practice', 'assessment'] as const) {
      const buttons = exportButtons({ page: 'debrief', source: () => source(mode), fileBase: () => 'x' });
      expect(labels(buttons)).toEqual(['Download transcript (JSON)', 'Download transcript (CSV)', 'Download xAPI statements', 'Printable report']);
    }
  });

  it('gives the review page the reviewed record first, and for practice only what cannot pass for an assessment record', () => {
    const assessment = exportButtons({ page: 'review', source: () => source('assessment'), fileBase: () => 'x' });
    expect(labels(assessment)).toEqual(['Reviewed record (JSON)', 'Transcript (JSON)', 'Transcript (CSV)', 'xAPI statements (JSON)', 'Printable record']);
    expect(assessment[0]!.classList.contains('primary')).toBe(true);
    const practice = exportButtons({ page: 'review', practice: true, source: () => source('practice'), fileBase: () => 'x' });
    expect(labels(practice)).toEqual(['Transcript (JSON)', 'Transcript (CSV)', 'Printable record']);
  });

  it('downloads a file format under the page\'s base name, and leaves printing to the page', async () => {
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => {};
    const after: string[] = [];
    const buttons = exportButtons({ page: 'debrief', source: () => source('practice'), fileBase: () => 'tiny-2026', after: (f) => after.push(f.id) });
    for (const b of buttons) b.click();
    // A file is written once its code is at hand (xAPI's is fetched on first use): wait for every button.
    await vi.waitFor(() => expect(after).toHaveLength(4));
    expect(names).toEqual(['tiny-2026.json', 'tiny-2026.csv', 'tiny-2026-xapi.json']);
    expect([...after].sort()).toEqual(['csv', 'print', 'transcript', 'xapi']);
  });
});
