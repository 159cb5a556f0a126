/**
 * Helpers for the front-end e2e files: the best path of one bundled scenario
 * (as the words on the buttons) and ways to play it the way a learner does.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { bestPathFor } from './bestPaths.ts';

export interface Path {
  scenario: Scenario;
  /** The text of each response along the best path (these scenarios have no waits on it). */
  says: string[];
}

export function bestPathOf(id: string): Path {
  const { scenario, steps } = bestPathFor(`scenarios/${id}.yaml`);
  const says = steps.map((step) => {
    if (step.kind !== 'say') throw new Error(`${id}: the best path waits; pick another scenario for this test`);
    return step.text;
  });
  return { scenario, says };
}

export const responses = (page: Page, name = 'Your response') => page.getByRole('group', { name });

/** The 1-based position of the response with this text among those on offer now. */
export async function positionOf(page: Page, text: string, group = 'Your response'): Promise<number> {
  const buttons = responses(page, group).getByRole('button');
  await buttons.first().waitFor();
  const texts = await buttons.evaluateAll((bs) => bs.map((b) => b.querySelector('.choice-text')?.textContent ?? ''));
  const i = texts.indexOf(text);
  if (i < 0) throw new Error(`no response "${text}" among ${JSON.stringify(texts)}`);
  return i + 1;
}

/** Clicks the responses one after another, waiting for each turn to arrive. */
export async function say(page: Page, texts: readonly string[], group = 'Your response'): Promise<void> {
  for (const text of texts) {
    const turn = Number(await page.locator('.conversation').getAttribute('data-turn'));
    await responses(page, group).getByRole('button', { name: text, exact: true }).click();
    await page.locator(`.conversation[data-turn="${turn + 1}"]`).waitFor();
  }
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What has the focus, and whether it is drawn (an outline or a ring) so a sighted keyboard user can see it. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    const style = e ? getComputedStyle(e) : undefined;
    return {
      text: e?.textContent?.trim() ?? '',
      tag: e?.tagName ?? '',
      scenario: e?.dataset.scenario ?? '',
      ringed: !!style && ((style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none'),
    };
  });

export type Focused = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until the focused element passes the test, and checks its focus is visible; fails after `limit` presses. */
export async function tabTo(page: Page, what: string, test: (f: Focused) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (test(f)) {
      expect(f.ringed, `focus ring on ${what}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * After a scenario card: the conversation, or first a choice of how to play
 * (practice or assessment) when the build asks for one. These tests practise.
 */
export async function pastModeChoice(page: Page, using: 'keyboard' | 'pointer' = 'pointer', names = { practice: 'Practice', start: 'Start' }): Promise<void> {
  await page.locator('.conversation, dialog[open]').first().waitFor();
  const dialog = page.locator('dialog[open]');
  if ((await dialog.count()) === 0) return;
  const practice = dialog.getByRole('radio', { name: names.practice });
  if (using === 'pointer') {
    if (await practice.count()) await practice.check();
    await dialog.getByRole('button', { name: names.start, exact: true }).click();
  } else {
    if (await practice.count()) expect(await practice.isChecked()).toBe(true);
    await tabTo(page, names.start, (f) => f.tag === 'BUTTON' && f.text === names.start, 10);
    await page.keyboard.press('Enter');
  }
  await page.locator('.conversation').waitFor();
}

/** From the picker: the scenario's card by its title, then practice in the mode chooser. */
export async function startFromPicker(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
  await page.getByRole('button', { name: title, exact: true }).click();
  await pastModeChoice(page);
}
