/**
 * The Phaser stage as a learner sees it: the canvas sits on the stage slot
 * beside the panel (not under it), it is drawn, and because frames are drawn
 * only when something changes (src/game/drawOnChange.ts) this checks that
 * changes do reach the screen: the phone rattles while it rings, and
 * answering lifts the handset. Where WebGL is drawn on the CPU, as here, it is
 * drawn with Canvas 2D.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, say } from './play.ts';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

const call = bestPathOf('phone-message-for-colleague');

describe('the stage', () => {
  it('draws on the slot beside the panel, and what changes on it reaches the screen', async () => {
    browser = await openBrowser();
    const { page } = browser;
    page.setDefaultTimeout(15_000);
    // A practice link starts the conversation at once.
    await page.goto(`${inject('baseUrl')}?scenario=${call.scenario.id}&mode=practice`);
    const canvas = page.locator('#game canvas');
    await canvas.waitFor();
    await page.locator('.phone-panel[data-phone="ringing"]').waitFor();

    const [stage, slot, panel] = await Promise.all([canvas.boundingBox(), page.locator('.stage-slot').boundingBox(), page.locator('.conversation .panel').boundingBox()]);
    const rounded = (b: { x: number; y: number; width: number; height: number } | null) => b && [b.x, b.y, b.width, b.height].map(Math.round);
    expect(rounded(stage)).toEqual(rounded(slot));
    expect(stage!.x + stage!.width).toBeLessThanOrEqual(panel!.x);

    // Headless Chromium draws WebGL with SwiftShader, on the CPU, where a WebGL frame costs two or three frames'
    // time: there the stage is drawn with Canvas 2D (src/game/startGame.ts). Asking a WebGL canvas for 2D gives null.
    expect(await canvas.evaluate((c: HTMLCanvasElement) => (c.getContext('2d') ? 'canvas 2d' : 'webgl'))).toBe('canvas 2d');

    // A drawn stage: many colours, not one cleared background.
    const still = await canvas.screenshot();
    expect(still.length).toBeGreaterThan(10_000);

    // The handset rattles with each ring (a burst every 3 s): some frame in the next few seconds differs.
    let rattled = false;
    for (let i = 0; i < 30 && !rattled; i++) {
      await page.waitForTimeout(100);
      rattled = !(await canvas.screenshot()).equals(still);
    }
    expect(rattled).toBe(true);

    await say(page, [call.says[0]!]);
    await page.locator('.phone-panel:not([data-phone="ringing"])').waitFor();
    // Lifting the handset ends the rattle and redraws the phone; the picture then settles.
    await page.waitForTimeout(3500);
    const answered = await canvas.screenshot();
    expect(answered.equals(still)).toBe(false);
    await screenshot(page, 'stage-answered');
    expect(browser.errors).toEqual([]);
  });
});
