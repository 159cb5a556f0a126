/**
 * axe-core audits of every screen a learner meets: the picker (in English and
 * Welsh, and with the settings dialog open), a telephone conversation with its
 * feedback, meters and handset controls, a language-divide conversation with
 * lines in another language, and the debrief with its charts and tables. No
 * serious or critical violation is allowed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';
import { bestPathOf, startFromPicker, say } from './play.ts';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function audit(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

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
