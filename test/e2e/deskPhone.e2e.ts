/**
 * The desk phone shows the call's state: when the learner puts a caller on
 * hold the stage redraws the handset's display (the words and a pause sign)
 * and lights the Hold key, and taking the caller off hold redraws it again.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, say } from './play.ts';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

// Its best path puts the caller on hold at the seventh response and comes back at the eighth.
const call = bestPathOf('complaint-late-delivery');

describe('the desk phone', () => {
  it('shows hold on the handset when the caller is put on hold, and clears it on return', async () => {
    browser = await openBrowser({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const { page } = browser;
    page.setDefaultTimeout(20_000);
    await page.goto(`${inject('baseUrl')}?scenario=${call.scenario.id}&mode=practice`);
    const canvas = page.locator('#game canvas');
    await canvas.waitFor();
    await say(page, call.says.slice(0, 6));
    await page.locator('.phone-panel[data-phone="connected"]').waitFor();
    await page.waitForTimeout(2500);
    const connected = await canvas.screenshot();

    await say(page, call.says.slice(6, 7));
    await page.locator('.phone-panel[data-phone="on-hold"]').waitFor();
    await page.waitForTimeout(2500);
    const onHold = await canvas.screenshot();
    expect(onHold.equals(connected), 'the stage must redraw the phone for hold').toBe(false);
    await screenshot(page, 'desk-phone-on-hold');

    await say(page, call.says.slice(7, 8));
    await page.locator('.phone-panel:not([data-phone="on-hold"])').waitFor();
    await page.waitForTimeout(2500);
    expect((await canvas.screenshot()).equals(onHold), 'the hold sign must go when the caller is back').toBe(false);
    expect(browser.errors).toEqual([]);
  });
});
