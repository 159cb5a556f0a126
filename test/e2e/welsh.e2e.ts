/**
 * The interface in Welsh: switched from the header, kept across a reload, and
 * every screen (picker, a telephone conversation with feedback, the debrief)
 * free of untranslated English interface text. Scenario and standards text
 * stays in English and is marked lang="en-GB" for screen readers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/web/i18n/languages.ts';
import { screenshot } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';
import { bestPathOf, pastModeChoice, say } from './play.ts';

const en = languages['en-GB'].strings;
const cy = languages.cy.strings;

function leaves(table: unknown, prefix = ''): [string, string][] {
  return Object.entries(table as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}
const welsh = new Map(leaves(cy));
const get = (key: string) => welsh.get(key) ?? (() => { throw new Error(`no Welsh for ${key}`); })();

/** Pieces of English interface text long enough not to occur by chance in Welsh or in scenario names. */
const englishPieces = [...new Set(leaves(en).flatMap(([, v]) => v.split(/\{\{\w+\}\}/).map((p) => p.trim())).filter((p) => p.length >= 10))];

/** English interface text on the page, ignoring text marked as being in another language (scenario and standards text). */
const englishOnPage = (page: Page) =>
  page.evaluate((pieces) => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    for (const e of copy.querySelectorAll('[lang]:not([lang="cy"]), script, style, noscript')) e.remove();
    const text = copy.innerText || copy.textContent || '';
    return pieces.filter((p) => text.includes(p));
  }, englishPieces);

const browser = sharedBrowser();

const { scenario, says } = bestPathOf('phone-message-for-colleague');

describe('the Welsh interface', () => {
  it('switches the picker to Welsh from the header', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await page.getByRole('navigation').getByLabel('Language').selectOption('cy');
    await page.getByRole('heading', { level: 1, name: get('picker.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.title()).toBe(get('header.documentTitle'));
    expect(await page.getByRole('navigation').getByRole('button', { name: get('header.settings') }).count()).toBe(1);
    expect(await page.locator('.count').textContent()).toBe(get('picker.count').replace('{{shown}}', '20').replace('{{total}}', '20'));
    expect(await englishOnPage(page)).toEqual([]);
    await screenshot(page, 'welsh-picker');
  });

  it('plays a telephone conversation in Welsh, and stays Welsh after a reload', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: scenario.title, exact: true }).click();
    await pastModeChoice(page, 'pointer', { practice: get('mode.practice'), start: get('mode.start') });
    const group = get('conversation.yourResponse');
    await say(page, says.slice(0, 2), group);
    const phone = page.getByRole('region', { name: get('phone.title') });
    for (const key of ['phone.hold', 'phone.mute', 'phone.transfer']) expect(await phone.getByRole('button', { name: get(key) }).count(), key).toBe(1);
    expect(await page.getByRole('region', { name: get('feedback.title') }).count()).toBe(1);
    expect(await englishOnPage(page)).toEqual([]);
    await screenshot(page, 'welsh-conversation');

    await page.reload();
    await page.locator('.conversation[data-turn="2"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await page.getByRole('group', { name: group }).count()).toBe(1);
    await say(page, says.slice(2), group);
    await page.getByRole('button', { name: get('conversation.toDebrief') }).click();
  });

  it('shows the debrief in Welsh', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${get('debrief.title')}`) }).waitFor();
    for (const key of ['debrief.byElement', 'debrief.byCriterion', 'debrief.path']) expect(await page.getByRole('heading', { level: 2, name: get(key) }).count(), key).toBe(1);
    for (const key of ['debrief.tryAgain', 'debrief.another', 'debrief.download', 'debrief.print']) expect(await page.getByRole('button', { name: get(key), exact: true }).count(), key).toBe(1);
    expect(await englishOnPage(page)).toEqual([]);
    await screenshot(page, 'welsh-debrief');
    expect(browser.errors).toEqual([]);
  });
});
