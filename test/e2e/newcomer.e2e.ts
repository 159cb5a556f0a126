/**
 * A newcomer with a screen reader plays every bundled scenario along its best
 * path, finding everything by role and accessible name, and ends on full marks.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';
import { bestPaths } from './bestPaths.ts';
import { escapeRegExp } from './play.ts';

const paths = bestPaths();
const browser = sharedBrowser({ timeout: 10_000 });

describe('a newcomer plays every scenario along its best path', () => {
  it.each(paths.map((p) => [p.scenario.id, p] as const))('%s', async (id, { scenario, steps, percent }) => {
    expect(percent).toBe(100);
    const page = browser.page;
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await page.getByRole('button', { name: scenario.title, exact: true }).click();
    // Practice or assessment is chosen before play; practice is preselected.
    await page.getByRole('dialog', { name: `Start: ${scenario.title}` }).getByRole('button', { name: 'Start', exact: true }).click();
    const conversation = page.getByRole('region', { name: scenario.title, exact: true });
    await expect.poll(() => conversation.isVisible()).toBe(true);
    const responses = page.getByRole('group', { name: 'Your response' });
    for (const [i, step] of steps.entries()) {
      if (step.kind === 'wait') {
        // The customer acts when their timer runs out; the learner only waits.
        await page.waitForTimeout(step.seconds * 1000 + 500);
        continue;
      }
      const option = responses.getByRole('button', { name: step.text, exact: true });
      await option.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
        throw new Error(`${id}: turn ${i + 1} has no button "${step.text}"`);
      });
      await option.click();
    }
    await page.getByRole('button', { name: 'See how you did' }).click();
    const debrief = page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: ${escapeRegExp(scenario.title)}`) });
    await debrief.waitFor();
    await expect.poll(() => page.locator('.score-number').textContent()).toBe('100%');
    if (id === paths[0]!.scenario.id) await screenshot(page, 'debrief-best-path');
    expect(browser.errors).toEqual([]);
    await page.getByRole('button', { name: 'Play another scenario' }).click();
  });
});
