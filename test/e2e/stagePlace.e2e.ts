/**
 * The stage follows the story's place: a home visit starts at the customer's
 * door and, once she lets the engineer in, the stage is set in her home; a
 * step back returns it to the door. Read from the canvas's own pixels, since
 * the stage is the only thing that shows where the conversation is.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Locator } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, say } from './play.ts';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

/** Share of pixels that differ between two screenshots of the same size. */
function differs(a: Buffer, b: Buffer): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return 1;
  return pixelmatch(x.data, y.data, undefined, x.width, x.height, { threshold: 0.1 }) / (x.width * x.height);
}

/** The canvas once it has stopped changing (a walk-in or an expression's fade takes about a second). */
async function settled(canvas: Locator): Promise<Buffer> {
  let last = await canvas.screenshot();
  for (let i = 0; i < 30; i++) {
    await canvas.page().waitForTimeout(300);
    const next = await canvas.screenshot();
    if (differs(last, next) < 0.01) return next;
    last = next;
  }
  return last;
}

const visit = bestPathOf('language-portuguese-home-visit');

describe('the stage follows the place the story is in', () => {
  it('is set at the door, moves into the home when she lets the engineer in, and back to the door on a step back', async () => {
    browser = await openBrowser({ viewport: { width: 1366, height: 768 } });
    const { page } = browser;
    page.setDefaultTimeout(20_000);
    await page.goto(`${inject('baseUrl')}?scenario=${visit.scenario.id}&mode=practice`);
    const canvas = page.locator('#game canvas');
    await canvas.waitFor();
    const atDoor = await settled(canvas);

    // Still at the door while she answers it: only her face and pose may change.
    await say(page, [visit.says[0]!]);
    expect(differs(atDoor, await settled(canvas))).toBeLessThan(0.2);

    // On along the best path until the narration has them inside (the marks on her carpet, or her kitchen).
    let turn = 1;
    while (!/marks on the carpet|In the kitchen/.test((await page.locator('.conversation .line').last().textContent()) ?? '')) {
      expect(turn, 'the best path never went inside').toBeLessThan(5);
      await say(page, [visit.says[turn]!]);
      turn++;
    }
    const inside = await settled(canvas);
    await screenshot(page, 'stage-place-inside');
    expect(differs(atDoor, inside)).toBeGreaterThan(0.5);

    // Take back the step that went inside: the door again.
    await page.getByRole('button', { name: 'Take back my last response' }).click();
    await page.locator(`.conversation[data-turn="${turn - 1}"]`).waitFor();
    expect(differs(inside, await settled(canvas))).toBeGreaterThan(0.5);
    expect(browser.errors).toEqual([]);
  });
});
