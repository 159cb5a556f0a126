/**
 * axe-core audits of every screen a learner meets: the picker (in English and
 * Welsh, and with the settings dialog open), a telephone conversation with its
 * feedback, meters and handset controls, a language-divide conversation with
 * lines in another language, and the debrief with its charts and tables. No
 * serious or critical violation is allowed.
 */
import { describe, expect, it } from 'vitest';
import { audit } from './axeAudit.ts';
import { screenshot } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';
import { bestPathOf, startFromPicker, say } from './play.ts';

const browser = sharedBrowser();

describe('axe-core finds no serious or critical problem', () => {
  it('on the picker, and with the settings dialog open', async () => {
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Close' }).click();
  });

  it('in a telephone conversation with feedback, meters and the handset', async () => {
    const { page } = browser;
    const { scenario, says } = bestPathOf('phone-identity-and-hold');
    await startFromPicker(page, scenario.title);
    await say(page, says.slice(0, 2));
    await page.locator('.feedback-panel').waitFor();
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'axe-telephone-conversation');
    await page.getByRole('button', { name: 'Back to scenarios' }).click();
  });

  it('in a language-divide conversation, with lines in another language and their meaning', async () => {
    const { page } = browser;
    const { scenario, says } = bestPathOf('language-polish-surgery-registration');
    await startFromPicker(page, scenario.title);
    await say(page, says.slice(0, 1));
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'axe-language-conversation');
  });

  it('in the debrief', async () => {
    const { page } = browser;
    const { scenario, says } = bestPathOf('language-polish-surgery-registration');
    await say(page, says.slice(1));
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: `) }).waitFor();
    expect(await page.locator('.debrief').getAttribute('data-scenario')).toBe(scenario.id);
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'axe-debrief');
  });

  it('on the picker in Welsh', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Play another scenario' }).click();
    await page.getByRole('navigation').getByLabel('Language').selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Dewiswch senario' }).waitFor();
    expect(await audit(page)).toEqual([]);
    expect(browser.errors).toEqual([]);
  });
});
