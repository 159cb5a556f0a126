/**
 * Feedback after each response, the debrief (the verdict first, one chart of elements and one table of
 * criteria, the path with each judgement, the ways on) and the downloaded transcript, which must verify by replay with src/engine/verify.ts.
 * Then the same with feedback held back to the end and the meters hidden.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/engine/transcript.ts';
import { verify } from '../../src/engine/verify.ts';
import { findCriterion } from '../../src/standards/catalogue.ts';
import { screenshot } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';
import { bestPathOf, escapeRegExp, startFromPicker, say } from './play.ts';

const browser = sharedBrowser({ acceptDownloads: true });

const { scenario, says } = bestPathOf('surgery-anxious-patient');
const firstChoice = scenario.nodes[scenario.start]!.choices.find((c) => c.text === says[0])!;

describe('feedback and debrief', () => {
  it('judges each response against each criterion cited, with its wording, met or not, and why', async () => {
    const { page } = browser;
    await startFromPicker(page, scenario.title);
    expect(await page.locator('.meters meter').count()).toBeGreaterThan(0);
    // The customer's line is announced as it changes.
    expect(await page.locator('.line').getAttribute('aria-live')).toBe('polite');
    await say(page, says.slice(0, 1));
    expect(await page.locator('.line').textContent()).toContain(scenario.customer.name);
    const panel = page.getByRole('region', { name: 'How that went' });
    await panel.waitFor();
    const items = panel.locator('.feedback > li');
    expect(await items.count()).toBe(firstChoice.evidence.length);
    for (const [i, e] of firstChoice.evidence.entries()) {
      const item = items.nth(i);
      // The criterion's words first, then its code.
      expect(await item.locator('.criterion').textContent()).toBe(`${findCriterion(e.criterion)!.text} (${e.criterion.toUpperCase()})`);
      expect(await item.locator('.badge').textContent()).toBe(e.met ? '✓ Met' : '✗ Not met');
      expect(await item.locator('.why').textContent()).toBe(e.why);
    }
    await screenshot(page, 'feedback-after-choice');
  });

  it('shows the verdict first, one chart of elements and one table of criteria, the path, and the ways on', async () => {
    const { page } = browser;
    await say(page, says.slice(1));
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: ${escapeRegExp(scenario.title)}`) }).waitFor();
    expect(await page.locator('.score-number').textContent()).toBe('100%');
    expect(await page.locator('.verdict').textContent()).toMatch(/^Passed/);

    // Each result shown once: one chart of the elements (its numbers a table for screen readers, which the chart
    // names as its description), and one table of the criteria, named words first and code second.
    const elements = page.getByRole('region', { name: 'By element' });
    const chart = elements.getByRole('img', { name: 'By element' });
    expect(await chart.count()).toBe(1);
    const described = await chart.getAttribute('aria-describedby');
    expect(await elements.locator(`table#${described} tbody tr`).count()).toBeGreaterThan(0);
    const criteria = page.getByRole('region', { name: 'By performance criterion' });
    expect(await criteria.locator('svg').count()).toBe(0);
    const grid = criteria.getByRole('table', { name: 'Each performance criterion and what you showed' });
    expect(await grid.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await grid.locator('tbody th').first().textContent()).toMatch(/^[a-z].* \([A-C]\d+\.\d+\.\d+\)$/);

    const path = page.getByRole('region', { name: 'The path you took' });
    expect(await path.locator('.path > li').count()).toBe(says.length);
    expect(await path.locator('.path-choice').allTextContents()).toEqual(says.map((s) => `Your response: ${s}`));
    // The best path leaves no better response to show.
    expect(await path.locator('.path-better').count()).toBe(0);
    expect(await path.locator('.path-judgement').first().textContent()).toBe('Every criterion met');

    const actions = page.getByRole('group', { name: 'What next' });
    for (const name of ['Try again', 'Play another scenario', 'Download transcript (JSON)', 'Printable report']) {
      expect(await actions.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    await screenshot(page, 'debrief');
  });

  it('downloads a JSON transcript that verifies by replay, and a tampered copy does not', async () => {
    const { page } = browser;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download transcript (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${scenario.id}.*\\.json$`));
    const transcript = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Transcript;
    expect(transcript.turns.map((t) => (t.action.kind === 'choice' ? t.action.text : ''))).toEqual(says);
    expect(verify(transcript, scenario)).toEqual({ ok: true, turns: says.length });

    const tampered = structuredClone(transcript);
    const evidence = tampered.turns.find((t) => t.evidence.length > 0)!.evidence[0]!;
    evidence.met = !evidence.met;
    expect(verify(tampered, scenario).ok).toBe(false);
    expect(browser.errors).toEqual([]);
  });

  it('holds feedback back to the debrief and hides the meters when the settings say so', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Play another scenario' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('radio', { name: 'Only at the end, in the debrief' }).check();
    await dialog.getByRole('checkbox', { name: 'Show how the customer feels (meters)' }).uncheck();
    await dialog.getByRole('button', { name: 'Close' }).click();

    await startFromPicker(page, scenario.title);
    await say(page, says.slice(0, 2));
    expect(await page.locator('.feedback-panel').count()).toBe(0);
    expect(await page.locator('meter').count()).toBe(0);
    await screenshot(page, 'feedback-at-end-no-meters');
    await say(page, says.slice(2));
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.locator('.debrief').waitFor();
    expect(await page.locator('.path .feedback > li').count()).toBeGreaterThan(0);
    expect(await page.locator('.path .why').first().textContent()).toBe(firstChoice.evidence[0]!.why);
    expect(browser.errors).toEqual([]);
  });
});
