/**
 * Issue 12, item 5 (WCAG 2.2.1 Timing Adjustable), with Playwright's clock driving the page's timers: a turn
 * with a timer shows a countdown (role="timer") announced at the start, half-way and in the last ten seconds;
 * Settings extend timers (×2, ×5, ×10) or turn them off, and the choice is kept with the conversation (the
 * transcript's access arrangement). The energy bill call rings for 20 seconds before the caller hangs up. The
 * clock jumps (fastForward) rather than runs, so the stage does not draw every frame of the wait.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser.ts';

const CALL = 'phone-angry-energy-bill';
let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function opened(): Promise<Page> {
  browser = await openBrowser();
  const { page } = browser;
  page.setDefaultTimeout(20_000);
  await page.clock.install({ time: new Date('2026-12-03T09:00:00Z') });
  return page;
}

/** Chooses how long customers wait in Settings, as a learner would. */
async function chooseTimers(page: Page, label: string): Promise<void> {
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('How long customers wait').selectOption({ label });
  await page.getByRole('button', { name: 'Close' }).click();
}

async function startCall(page: Page): Promise<void> {
  await page.goto(`${inject('baseUrl')}?scenario=${CALL}&mode=practice`);
  await page.locator('.conversation[data-turn="0"] button.choice').first().waitFor();
}

const countdownText = (page: Page) => page.getByRole('timer', { name: 'Time before the caller acts:' }).textContent();
const announced = (page: Page) => page.locator('[data-countdown-announce]').textContent();
/**
 * The page's clock still runs in real time between jumps (loading, rendering), so a reading may be up to a few
 * seconds behind the jumps alone: this matches the time given or up to three seconds less.
 */
const about = (clock: string) => {
  const [m, sec] = clock.split(':').map(Number) as [number, number];
  const shown = [0, 1, 2, 3].map((late) => m * 60 + sec - late).map((t) => `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`);
  return new RegExp(`(${shown.join('|')})`);
};
const savedAccess = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('rapport.play') ?? 'null')?.session?.snapshot?.context?.access ?? null);

describe('timers a learner can adjust', () => {
  it('counts down the standard time, announces it at sensible moments, and the caller acts when it runs out', async () => {
    const page = await opened();
    await startCall(page);
    expect(await countdownText(page)).toMatch(about('00:20'));
    expect(await announced(page)).toBe('The customer will act in 00:20 unless you respond.');
    await page.clock.fastForward(5_000);
    expect(await countdownText(page)).toMatch(about('00:15'));
    // Not every second: the announcement has not changed.
    expect(await announced(page)).toBe('The customer will act in 00:20 unless you respond.');
    await page.clock.fastForward(5_000);
    expect(await announced(page)).toMatch(about('00:10'));
    expect(await announced(page)).toMatch(/left before the customer acts\.$/);
    expect(await page.locator('.conversation').getAttribute('data-turn')).toBe('0');
    await page.clock.fastForward(10_500);
    await page.locator('.conversation[data-turn="1"]').waitFor();
    expect(await savedAccess(page)).toBeNull();
    expect(browser!.errors).toEqual([]);
  });

  it('extends the time five times when Settings say so, and records the arrangement', async () => {
    const page = await opened();
    await chooseTimers(page, 'Five times as long');
    await startCall(page);
    expect(await countdownText(page)).toMatch(about('01:40'));
    expect(await savedAccess(page)).toEqual({ timers: 'extended', factor: 5 });
    await page.clock.fastForward(50_000);
    expect(await announced(page)).toMatch(/^Half the time has gone: /);
    expect(await announced(page)).toMatch(about('00:50'));
    await page.clock.fastForward(30_000);
    expect(await page.locator('.conversation').getAttribute('data-turn')).toBe('0');
    await page.clock.fastForward(10_000);
    expect(await announced(page)).toMatch(/left before the customer acts\.$/);
    expect(await announced(page)).toMatch(about('00:10'));
    await page.clock.fastForward(10_500);
    await page.locator('.conversation[data-turn="1"]').waitFor();
    expect(browser!.errors).toEqual([]);
  });

  it('never runs out when timers are off, and says the customer waits', async () => {
    const page = await opened();
    await chooseTimers(page, 'Off: customers wait for you');
    await startCall(page);
    expect(await page.locator('.countdown').textContent()).toBe('Timers are off: the customer waits for your response.');
    expect(await page.getByRole('timer', { name: 'Time before the caller acts:' }).count()).toBe(0);
    expect(await savedAccess(page)).toEqual({ timers: 'off' });
    await page.clock.fastForward(30 * 60_000);
    expect(await page.locator('.conversation').getAttribute('data-turn')).toBe('0');
    await page.locator('button.choice').first().click();
    await page.locator('.conversation[data-turn="1"]').waitFor();
    expect(browser!.errors).toEqual([]);
  });

  it('never times a written message like a call: no countdown, and leaving it unanswered is the learner\'s choice', async () => {
    const page = await opened();
    await page.goto(`${inject('baseUrl')}?scenario=complaint-written-bin-collections&mode=practice`);
    await page.locator('.conversation[data-turn="0"] button.choice').first().waitFor();
    expect(await page.getByRole('timer').count()).toBe(0);
    await page.clock.fastForward(60 * 60_000);
    expect(await page.locator('.conversation').getAttribute('data-turn')).toBe('0');
    await page.getByRole('button', { name: 'Leave it unanswered for now' }).click();
    await page.locator('.conversation[data-turn="1"]').waitFor();
    expect(await page.locator('.log').textContent()).toContain('(You left it unanswered.)');
    expect(browser!.errors).toEqual([]);
  });
});
