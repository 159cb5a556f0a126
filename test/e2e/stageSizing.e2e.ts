/**
 * The stage's canvas fits its slot, at the device's pixel ratio, on every
 * conversation of a session: the first, the next after "Back to scenarios",
 * after the window is resized and after a reload (the canvas once kept the
 * whole window's size from the second conversation on). On a phone the
 * customer's portrait stays in view while the learner reads the options.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { responses, startFromPicker } from './play.ts';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

interface Fit {
  canvas: number[];
  frame: number[];
  backing: number[];
  ratio: number;
}

/** The canvas's box on the page, the box it must fill (the stage slot, or the window without one), and its pixels. */
async function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    };
    const canvas = document.querySelector<HTMLCanvasElement>('#game canvas')!;
    const slot = document.querySelector('.stage-slot');
    return { canvas: box(canvas), frame: slot ? box(slot) : [0, 0, innerWidth, innerHeight], backing: [canvas.width, canvas.height], ratio: devicePixelRatio };
  });
}

/** Waits until the canvas fills its slot to the pixel, its backing store at the pixel ratio; fails with both boxes if it never does. */
async function expectFitted(page: Page, what: string): Promise<Fit> {
  let fit = await measure(page);
  const fitted = (f: Fit) =>
    f.canvas.every((v, i) => Math.abs(v - f.frame[i]!) <= 1) && Math.abs(f.backing[0]! - f.frame[2]! * f.ratio) <= f.ratio && Math.abs(f.backing[1]! - f.frame[3]! * f.ratio) <= f.ratio;
  for (let i = 0; i < 40 && !fitted(fit); i++) {
    await page.waitForTimeout(100);
    fit = await measure(page);
  }
  expect(fitted(fit), `${what}: canvas ${JSON.stringify(fit.canvas)} backing ${JSON.stringify(fit.backing)} in ${JSON.stringify(fit.frame)} at ratio ${fit.ratio}`).toBe(true);
  return fit;
}

const conversationReady = (page: Page) => page.locator('.conversation .stage-slot').waitFor();

describe('the stage canvas', () => {
  it('fits its slot on every conversation of a session, after a resize and after a reload', async () => {
    browser = await openBrowser({ viewport: { width: 1366, height: 768 } });
    const { page } = browser;
    page.setDefaultTimeout(20_000);
    await page.goto(`${inject('baseUrl')}?scenario=counter-refund-no-receipt&mode=practice`);
    await page.locator('#game canvas').waitFor();
    await conversationReady(page);
    await expectFitted(page, 'first conversation');

    await page.getByRole('button', { name: 'Back to scenarios' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await expectFitted(page, 'picker');

    await startFromPicker(page, 'Mould, missed visits and a line crossed');
    await conversationReady(page);
    const second = await expectFitted(page, 'second conversation');
    // Beside the panel, not under it: the slot is narrower than the window.
    expect(second.canvas[2]).toBeLessThan(1366 * 0.75);

    await page.getByRole('button', { name: 'Back to scenarios' }).click();
    await startFromPicker(page, 'A bill four times the usual');
    await conversationReady(page);
    await expectFitted(page, 'third conversation');

    await page.setViewportSize({ width: 1280, height: 800 });
    await expectFitted(page, 'after a resize to 1280x800');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectFitted(page, 'after a resize to 1920x1080');

    await page.reload();
    await conversationReady(page);
    await page.locator('#game canvas').waitFor();
    await expectFitted(page, 'after a reload');
    await screenshot(page, 'stage-sized-after-reload');
    expect(browser.errors).toEqual([]);
  });

  it('is drawn at a phone\'s pixel ratio, and the customer\'s portrait stays in view while the learner reads the options', async () => {
    browser = await openBrowser({ device: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true } });
    const { page } = browser;
    page.setDefaultTimeout(20_000);
    await page.goto(`${inject('baseUrl')}?scenario=bank-queue-disruption&mode=practice`);
    await page.locator('#game canvas').waitFor();
    await conversationReady(page);
    const fit = await expectFitted(page, 'phone');
    expect(fit.ratio).toBe(3);
    expect(fit.backing[0]).toBe(Math.round(fit.frame[2]! * 3));

    const portrait = page.locator('.customer-portrait');
    // The face is drawn: a picture of the customer, not the empty disc.
    await expect.poll(() => portrait.locator('.customer-portrait-face').evaluate((face) => getComputedStyle(face).backgroundImage)).toMatch(/^url\("data:image\/svg\+xml/);
    const options = responses(page).getByRole('button');
    for (const option of [options.first(), options.last()]) {
      await option.scrollIntoViewIfNeeded();
      const [p, o] = await Promise.all([portrait.boundingBox(), option.boundingBox()]);
      // Both on screen together, the portrait above and clear of the option.
      expect(p!.y).toBeGreaterThanOrEqual(0);
      expect(p!.y + p!.height).toBeLessThanOrEqual(o!.y);
      expect(o!.y + o!.height).toBeLessThanOrEqual(844);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'stage-phone-portrait');
    expect(browser.errors).toEqual([]);
  });
});
