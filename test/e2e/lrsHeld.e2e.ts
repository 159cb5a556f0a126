/**
 * The Learning Record Store set in Settings, met as a college's LRS is: a
 * separate process (startLrs) that goes down and comes back (issue 14,
 * item 7). Statements held while it was down are sent when the app is next
 * opened, with no further play, and when the browser comes back online, not
 * only when another conversation reaches its debrief; a notice says so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLrs, type LrsProcess } from '../support/lrs/lrsProcess.ts';
import { bestPaths } from './bestPaths.ts';
import { openBrowser, openPage, screenshot, type Browser } from './browser.ts';
import { say } from './play.ts';

// The shortest best path with no waiting on a timer.
const path = bestPaths()
  .filter((p) => p.steps.every((s) => s.kind === 'say'))
  .sort((a, b) => a.steps.length - b.steps.length)[0]!;
const says = path.steps.map((s) => (s.kind === 'say' ? s.text : ''));
const practice = () => `${inject('baseUrl')}?scenario=${path.scenario.id}&mode=practice`;

let browser: Browser;
let lrs: LrsProcess;

beforeAll(async () => {
  lrs = await startLrs();
  browser = await openBrowser();
  browser.page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await lrs?.stop();
});

/** Statements the LRS holds for this scenario, through its own query API. */
const inLrs = async () => (await lrs.statements()).filter((s) => JSON.stringify(s.object).includes(`/scenarios/${path.scenario.id}`));
/** Failures we cause by stopping the LRS show in the console; anything else is a real error. */
const realErrors = () => browser.errors.filter((e) => !/Failed to load resource|net::ERR_/.test(e));

const newPage = () => openPage(browser);

/** Plays the scenario to its debrief, whose status line then says where the statements are. */
async function playToDebrief(page: Page): Promise<void> {
  await page.goto(practice());
  await page.locator('.conversation').waitFor();
  await say(page, says);
  await page.getByRole('button', { name: 'See how you did' }).click();
  await page.getByRole('heading', { level: 1, name: /^Debrief:/ }).waitFor();
}

describe('statements held for the LRS in Settings', () => {
  it('are set up in Settings with the LRS as a tutor would', async () => {
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Settings' }).click();
    for (const [label, value] of [
      ['xAPI endpoint (https://…)', lrs.endpoint],
      ['Key or user name', lrs.key],
      ['Secret or password', lrs.secret],
    ] as const) {
      await page.getByLabel(label).fill(value);
      await page.getByLabel(label).press('Tab');
    }
    await page.getByRole('button', { name: 'Close' }).click();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.settings') ?? '{}'));
    expect(saved.lrsEndpoint).toBe(lrs.endpoint);
  });

  it('reach the LRS when the app is next opened after an outage, without any further play', async () => {
    await lrs.stop();
    const first = await newPage();
    await playToDebrief(first);
    await expect.poll(() => first.locator('.lrs-status').textContent()).toMatch(/statements are waiting/);
    // The learner moves on and closes the tab while the LRS is still down; it comes back later. (A debrief still
    // on screen would send again as it is shown; the picker sends nothing of its own.)
    await first.getByRole('button', { name: 'Play another scenario' }).click();
    await first.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await first.close();
    await lrs.restart();
    expect(await inLrs()).toEqual([]);

    const next = await newPage();
    await next.goto(inject('baseUrl'));
    await next.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await expect.poll(async () => (await inLrs()).length, { timeout: 20_000 }).toBe(says.length + 1);
    const notice = next.locator('[data-notice="lrs-held"]');
    await expect.poll(() => notice.textContent()).toContain(`${says.length + 1} statements held from earlier have reached the Learning Record Store.`);
    await screenshot(next, 'lrs-held-sent');
    await next.setViewportSize({ width: 390, height: 844 });
    await next.screenshot({ path: 'test-results/lrs-held-sent-390.png' });

    // Opened again: nothing is held, nothing is sent twice, nothing to say.
    await next.reload();
    await next.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await next.locator('[data-notice="lrs-held"]').count()).toBe(0);
    const ids = (await inLrs()).map((s) => s.id);
    expect(new Set(ids).size).toBe(says.length + 1);
    await next.close();
    expect(realErrors()).toEqual([]);
  });

  it('reach the LRS as soon as the browser is back online, not at the next retry', async () => {
    const before = (await inLrs()).length;
    await lrs.stop();
    const page = await newPage();
    // The page's clock is ours, so the queue's own retries cannot be what delivers the statements.
    await page.clock.install();
    await playToDebrief(page);
    await expect.poll(() => page.locator('.lrs-status').textContent()).toMatch(/statements are waiting/);
    await page.clock.pauseAt(new Date((await page.evaluate(() => Date.now())) + 500));

    await browser.context.setOffline(true);
    await lrs.restart();
    await new Promise((r) => setTimeout(r, 1500));
    expect((await inLrs()).length).toBe(before);
    await browser.context.setOffline(false);
    await expect.poll(async () => (await inLrs()).length, { timeout: 10_000 }).toBe(before + says.length + 1);
    await expect.poll(() => page.locator('.lrs-status').textContent()).toBe('The statements are in the Learning Record Store.');
    await page.close();
    expect(realErrors()).toEqual([]);
  });
});
