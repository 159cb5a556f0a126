/**
 * Sound in the browser: nothing plays before the learner's first key or click
 * (even when a saved ringing call is resumed on load); a sound file that is
 * missing (404) or undecodable gives a notice naming it and the scenario
 * still plays; mute and volume persist across a reload.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, pastModeChoice, say } from './play.ts';

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

async function open(): Promise<Browser> {
  browser = await openBrowser();
  browser.page.setDefaultTimeout(15_000);
  // Count every sound the page starts, through Web Audio or a media element.
  await browser.page.addInitScript(() => {
    const w = window as unknown as { __sounds: number };
    w.__sounds = 0;
    const start = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.__sounds++;
      return start.apply(this, args);
    };
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () {
      w.__sounds++;
      return play.call(this);
    };
  });
  return browser;
}

const soundsStarted = (b: Browser) => b.page.evaluate(() => (window as unknown as { __sounds: number }).__sounds);

/** A 404 for a missing file is the browser's console error, which is expected here; anything else is not. */
const unexpected = (errors: string[]) => errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e));

const ringing = bestPathOf('phone-abusive-caller');

describe('sound', () => {
  it('makes no sound before the first gesture, even in a ringing call resumed on load', async () => {
    const b = await open();
    const { page } = b;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: ringing.scenario.title, exact: true }).click();
    await pastModeChoice(page);
    await page.locator('.phone-panel[data-phone="ringing"]').waitFor();
    // Clicking was a gesture: the ring is sounding.
    await expect.poll(() => soundsStarted(b)).toBeGreaterThan(0);

    await page.reload();
    await page.locator('.phone-panel[data-phone="ringing"]').waitFor();
    await page.waitForTimeout(2000);
    expect(await soundsStarted(b)).toBe(0);

    await page.keyboard.press('Shift');
    await expect.poll(() => soundsStarted(b)).toBeGreaterThan(0);
    expect(b.errors).toEqual([]);
  });

  it('names a missing and an undecodable sound file in a notice, and the call still plays', async () => {
    const b = await open();
    const { page, context } = b;
    await context.route(/\/assets\/ring-[^/]*\.wav$/, (route) => route.fulfill({ status: 404, body: 'not here' }));
    await context.route(/\/assets\/pickup-[^/]*\.wav$/, (route) => route.fulfill({ status: 200, contentType: 'audio/wav', body: Buffer.from('RIFF this is not a wave file at all') }));
    await page.goto(inject('baseUrl'));
    const notice = page.locator('.notice[data-notice="sound"]');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toMatch(/^Some sounds could not be loaded \(.*\)\. The role-play carries on without them\./);
    expect(text).toContain('ring');
    expect(text).toContain('pickup');

    await page.getByRole('button', { name: ringing.scenario.title, exact: true }).click();
    await pastModeChoice(page);
    await say(page, ringing.says.slice(0, 3));
    expect(await page.locator('.conversation').getAttribute('data-turn')).toBe('3');
    await screenshot(page, 'sound-missing-notice');
    expect(unexpected(b.errors)).toEqual([]);
  });

  it('keeps mute and volume across a reload', async () => {
    const b = await open();
    const { page } = b;
    await page.goto(inject('baseUrl'));
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await page.getByRole('button', { name: 'Mute sound' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    const volume = page.getByRole('dialog', { name: 'Settings' }).getByRole('slider', { name: 'Volume' });
    await volume.fill('35');
    await volume.dispatchEvent('change');
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();

    await page.reload();
    const muted = page.getByRole('button', { name: 'Sound is muted' });
    await muted.waitFor();
    expect(await muted.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    expect(await dialog.getByRole('slider', { name: 'Volume' }).inputValue()).toBe('35');
    expect(await dialog.getByRole('checkbox', { name: 'Mute all sound' }).isChecked()).toBe(true);
    expect(b.errors).toEqual([]);
  });
});
