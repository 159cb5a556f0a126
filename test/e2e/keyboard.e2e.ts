/**
 * A keyboard-only learner: no mouse at all. They Tab to a scenario, answer
 * with the number keys on one and with Tab and Enter on another, reach the
 * debrief and go back to the picker, always seeing where the focus is.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';
import { bestPathOf, escapeRegExp, focused, pastModeChoice, positionOf, tabTo } from './play.ts';

const browser = sharedBrowser();

async function turnIs(page: Page, turn: number): Promise<void> {
  await page.locator(`.conversation[data-turn="${turn}"]`).waitFor();
}

describe('keyboard only', () => {
  it('plays a counter scenario with the number keys, to full marks, and returns to the picker', async () => {
    const { page } = browser;
    const { scenario, says } = bestPathOf('counter-refund-no-receipt');
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await tabTo(page, scenario.title, (f) => f.scenario === scenario.id);
    await page.keyboard.press('Enter');
    await pastModeChoice(page, 'keyboard');
    await turnIs(page, 0);
    expect((await focused(page)).text).toBe(scenario.title);

    for (const [i, text] of says.entries()) {
      const n = await positionOf(page, text);
      await page.keyboard.press(String(n));
      await turnIs(page, i + 1);
      if (i === 0) await screenshot(page, 'keyboard-conversation');
    }
    // The ending takes the focus to the way on.
    const toDebrief = await focused(page);
    expect(toDebrief).toMatchObject({ tag: 'BUTTON', text: 'See how you did', ringed: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: ${escapeRegExp(scenario.title)}`) }).waitFor();
    expect(await page.locator('.score-number').textContent()).toBe('100%');
    await tabTo(page, 'Play another scenario', (f) => f.tag === 'BUTTON' && f.text === 'Play another scenario');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    expect(browser.errors).toEqual([]);
  });

  it('answers a written complaint with Tab and Enter alone', async () => {
    const { page } = browser;
    const { scenario, says } = bestPathOf('complaint-written-bin-collections');
    await tabTo(page, scenario.title, (f) => f.scenario === scenario.id);
    await page.keyboard.press('Enter');
    await pastModeChoice(page, 'keyboard');
    await turnIs(page, 0);
    for (const [i, text] of says.entries()) {
      const n = await positionOf(page, text);
      // From the heading (first turn) or the first response (after a choice), Tab walks the responses in order.
      if (i === 0) await tabTo(page, 'the first response', (f) => f.tag === 'BUTTON' && f.text.startsWith('1'));
      for (let k = 1; k < n; k++) await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.text, `turn ${i + 1}`).toBe(`${n}${text}`);
      expect(f.ringed).toBe(true);
      await page.keyboard.press('Enter');
      await turnIs(page, i + 1);
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: ${escapeRegExp(scenario.title)}`) }).waitFor();
    expect(await page.locator('.score-number').textContent()).toBe('100%');
    await screenshot(page, 'keyboard-debrief');
    expect(browser.errors).toEqual([]);
  });

  it('puts a caller on hold from the handset: the Hold key takes the response that does it', async () => {
    const { page } = browser;
    const { scenario, says } = bestPathOf('phone-identity-and-hold');
    const hold = says.findIndex((text) => scenario.nodes.reading?.choices.some((c) => c.text === text && c.to === 'on-hold'));
    expect(hold).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Play another scenario' }).press('Enter');
    await tabTo(page, scenario.title, (f) => f.scenario === scenario.id);
    await page.keyboard.press('Enter');
    await pastModeChoice(page, 'keyboard');
    for (const [i, text] of says.slice(0, hold).entries()) {
      await page.keyboard.press(String(await positionOf(page, text)));
      await turnIs(page, i + 1);
    }
    const key = page.getByRole('group', { name: 'Telephone controls' }).getByRole('button', { name: 'Hold' });
    expect(await key.getAttribute('aria-disabled')).toBe('false');
    expect(await key.getAttribute('aria-pressed')).toBe('false');
    // Mute and Transfer say why they are unavailable, beside the keys.
    expect(await page.locator('.phone-note').textContent()).toMatch(/^Unavailable now: Mute and Transfer\./);
    await key.focus();
    await page.keyboard.press('Enter');
    await turnIs(page, hold + 1);
    // The response the key took is the one on the best path, recorded as said.
    expect(await page.locator('.log-you').last().textContent()).toContain(says[hold]!);
    expect(await page.locator('.phone-status').textContent()).toBe('On hold');
    expect(await key.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'keyboard-on-hold');
    expect(browser.errors).toEqual([]);
  });
});
