/**
 * Issue 12, item 2: every card has a primary Practise button (an assessment and "Present to a class" beside
 * it), shows the learner's status from their attempts, and the filters fold so the first cards are above the
 * fold on a laptop.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe('the picker', () => {
  it('puts Practise first on every card, the first cards above the fold, and each card says where the learner stands', async () => {
    browser = await openBrowser({ device: { viewport: { width: 1366, height: 768 } } });
    const { page } = browser;
    page.setDefaultTimeout(20_000);
    await page.goto(inject('baseUrl'));
    const cards = page.locator('.cards > li');
    await cards.first().waitFor();
    const total = await cards.count();
    expect(total).toBe(20);
    for (let i = 0; i < total; i++) {
      // Present is a link (?scenario=…&mode=present), so a tutor can open it in the projector's window.
      const buttons = cards.nth(i).locator('.card-actions').locator('button, a');
      expect(await buttons.allTextContents()).toEqual(['Practise', 'Assessment', 'Present to a class']);
      expect(await cards.nth(i).locator('.card-actions a.present-button').getAttribute('href')).toMatch(/[?&]mode=present/);
      expect(await buttons.first().getAttribute('class')).toContain('primary');
    }
    // Folded filters: the first row of cards and their Practise buttons are in view without scrolling.
    expect(await page.locator('details.filters-fold').getAttribute('open')).toBeNull();
    const practise = await cards.first().locator('button.primary').boundingBox();
    expect(practise!.y + practise!.height).toBeLessThanOrEqual(768);
    expect(await page.locator('.card-status').first().textContent()).toBe('Not started');
    await screenshot(page, 'picker-1366');

    // Practise starts at once; leaving mid-conversation leaves the card "In progress".
    const id = await cards.nth(2).locator('[data-practise]').getAttribute('data-practise');
    await cards.nth(2).locator('[data-practise]').click();
    await page.locator('.conversation[data-turn="0"] button.choice').first().click();
    await page.locator('.conversation[data-turn="1"]').waitFor();
    await page.getByRole('button', { name: 'Back to scenarios' }).click();
    await expect.poll(() => page.locator(`[data-card-status="${id}"]`).textContent()).toBe('In progress');

    // The filters open when asked for, and still filter.
    await page.locator('details.filters-fold summary').click();
    await page.getByLabel('Channel').selectOption({ label: 'Written' });
    expect(await page.locator('.cards > li').count()).toBe(1);
    expect(browser.errors).toEqual([]);
  });
});
