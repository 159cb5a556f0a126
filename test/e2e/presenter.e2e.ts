/**
 * A tutor presents a scenario to a class in Chromium: tutor notes, feedback
 * revealed on demand, the class's vote, stepping back to take another branch
 * (the branch left behind stays listed), keyboard shortcuts and their help,
 * and the projector layout's contrast. Then the attempts history: a finished
 * attempt listed, its debrief reopened, everything exported and imported
 * into a fresh browser profile, and a damaged file refused with a reason.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, escapeRegExp, responses, say } from './play.ts';

const { scenario, says } = bestPathOf('counter-refund-no-receipt');
const opened: Browser[] = [];
// The build machine is shared and often busy: give the page time rather than fail on a slow frame.
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 200 });

afterEach(async () => {
  for (const b of opened.splice(0)) await b.close();
});

async function fresh(): Promise<Browser> {
  const browser = await openBrowser();
  opened.push(browser);
  browser.page.setDefaultTimeout(20_000);
  await browser.page.goto(inject('baseUrl'));
  await browser.page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor({ timeout: 90_000 });
  return browser;
}

async function optionTexts(page: Page): Promise<string[]> {
  const buttons = responses(page).getByRole('button');
  await buttons.first().waitFor();
  return buttons.evaluateAll((bs) => bs.map((b) => b.querySelector('.choice-text')?.textContent ?? ''));
}

async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Element, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document.querySelector('#ui')!, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

describe('presenting to a class', () => {
  it('reveals feedback, tallies the vote, steps back to take another branch and keeps the branch left behind', async () => {
    const { page, errors } = await fresh();
    await page.getByRole('button', { name: `Present to a class: ${scenario.title}`, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Presenting to a class' }).waitFor();

    // The tutor notes of the first point, and a way to hide them.
    const notes = page.getByRole('region', { name: 'Tutor notes' });
    const firstNotes = scenario.nodes[scenario.start]!.notes!.replace(/\s+/g, ' ').trim();
    await poll(async () => (await notes.textContent())?.replace(/\s+/g, ' ')).toContain(firstNotes.slice(0, 60));
    await page.keyboard.press('n');
    await poll(() => notes.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show tutor notes' }).click();
    await poll(() => notes.isVisible()).toBe(true);

    // The class votes: Shift+number adds one to that option, the field takes a count.
    const first = await optionTexts(page);
    await page.keyboard.press('Shift+Digit1');
    await page.keyboard.press('Shift+Digit1');
    await page.getByRole('spinbutton', { name: new RegExp(`^Option 2: ${escapeRegExp(first[1]!)}`) }).fill('5');
    await page.getByRole('spinbutton', { name: new RegExp(`^Option 2: `) }).press('Tab');
    await poll(() => page.getByRole('region', { name: 'Class vote' }).textContent()).toContain('Votes counted: 7');

    // The tutor takes the best answer; its feedback waits until they reveal it.
    await say(page, [says[0]!]);
    const feedback = page.getByRole('region', { name: 'Feedback on the last response' });
    await poll(() => feedback.textContent()).toContain('Hidden until you reveal it');
    await page.locator('body').press('r');
    await poll(() => feedback.getByRole('heading', { name: 'How that went' }).isVisible()).toBe(true);

    // Two more turns along the best path, then back to before turn 2 to try something else.
    await say(page, [says[1]!, says[2]!]);
    await page.getByRole('button', { name: 'Go back to before turn 2' }).click();
    await page.locator('.conversation[data-turn="1"]').waitFor();
    const branches = page.getByRole('region', { name: 'Explored branches' });
    await poll(() => branches.textContent()).toContain('Branch 1, after turn 1:');
    await poll(() => branches.textContent()).toContain(says[1]!);
    await poll(() => branches.textContent()).toContain(says[2]!);

    // "What if we had said…": a different response at turn 2.
    const other = (await optionTexts(page)).find((text) => text !== says[1]);
    expect(other).toBeDefined();
    await say(page, [other!]);
    await poll(() => page.getByRole('region', { name: 'Turns so far' }).getByRole('listitem').count()).toBe(2);
    await poll(() => branches.textContent()).toContain(says[2]!);
    // B steps back one turn more; that turn is kept as a second branch.
    await page.locator('body').press('b');
    await page.locator('.conversation[data-turn="1"]').waitFor();
    await poll(() => branches.getByRole('listitem').filter({ hasText: /^Branch/ }).count()).toBe(2);
    await poll(() => branches.textContent()).toContain(other!);

    // The help lists the shortcuts; Escape closes it.
    await page.locator('body').press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await poll(() => help.isVisible()).toBe(true);
    await poll(() => help.textContent()).toMatch(/Reveal the feedback on the last response/);
    await page.keyboard.press('Escape');
    await poll(() => help.isVisible()).toBe(false);

    // The projector layout: large text, and no contrast or other serious accessibility failures.
    const size = await page.locator('.conversation.presenter .line .said').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.id === 'color-contrast' || v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await screenshot(page, 'presenter');

    // Play on to the end along the best path; the debrief lists what the class explored.
    await say(page, says.slice(1));
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: ${escapeRegExp(scenario.title)}`) }).waitFor();
    const explored = page.getByRole('region', { name: 'Branches the class explored' });
    await poll(() => explored.getByRole('heading', { level: 3 }).count()).toBe(2);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('attempts history', () => {
  it('lists a finished attempt, reopens its debrief, exports it and imports it into a fresh profile, refusing a damaged file', async () => {
    const one = await fresh();
    await one.page.getByRole('button', { name: scenario.title, exact: true }).click();
    await one.page.getByRole('dialog', { name: `Start: ${scenario.title}` }).getByRole('button', { name: 'Start', exact: true }).click();
    await say(one.page, says);
    await one.page.getByRole('button', { name: 'See how you did' }).click();
    await one.page.getByRole('button', { name: 'Play another scenario' }).click();
    await one.page.getByRole('button', { name: 'Past attempts on this device' }).click();
    await one.page.getByRole('heading', { level: 1, name: 'Past attempts' }).waitFor();
    const row = one.page.getByRole('row', { name: new RegExp(escapeRegExp(scenario.title)) });
    await poll(() => row.textContent()).toMatch(/100%.*Passed/);
    await poll(() => row.textContent()).toContain('Practice');

    // The transcript downloads from the row; its debrief opens again.
    const [transcript] = await Promise.all([one.page.waitForEvent('download'), row.getByRole('button', { name: /^Download transcript/ }).click()]);
    expect(JSON.parse(readFileSync((await transcript.path())!, 'utf8')).format).toBe('rapport-transcript/1');
    await row.getByRole('button', { name: /^Open debrief/ }).click();
    await poll(() => one.page.locator('.score-number').textContent()).toBe('100%');
    await one.page.getByRole('button', { name: 'Play another scenario' }).click();
    await one.page.getByRole('button', { name: 'Past attempts on this device' }).click();

    const [exported] = await Promise.all([one.page.waitForEvent('download'), one.page.getByRole('button', { name: 'Export all attempts (one file)' }).click()]);
    const dir = mkdtempSync(join(tmpdir(), 'rapport-attempts-'));
    const file = join(dir, exported.suggestedFilename());
    await exported.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'rapport-attempts/1', count: 1 });
    expect(one.errors).toEqual([]);

    // A fresh profile: nothing stored; a damaged file is refused and changes nothing; the real one imports.
    const two = await fresh();
    await two.page.getByRole('button', { name: 'Past attempts on this device' }).click();
    await poll(() => two.page.getByText('No finished attempts are stored on this device yet.').isVisible()).toBe(true);
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, readFileSync(file, 'utf8').replace('"percent": 100', '"percent": 40'));
    const input = two.page.getByLabel('Import attempts from a file');
    await input.setInputFiles(damaged);
    const alert = two.page.getByRole('alert');
    await poll(() => alert.textContent()).toMatch(/Nothing was imported from damaged\.json.*checksum does not match/);
    await poll(() => two.page.getByText('No finished attempts are stored on this device yet.').isVisible()).toBe(true);

    await input.setInputFiles(file);
    await poll(() => two.page.getByText('Imported 1 attempts (0 were here already).').isVisible()).toBe(true);
    const imported = two.page.getByRole('row', { name: new RegExp(escapeRegExp(scenario.title)) });
    await poll(() => imported.textContent()).toMatch(/100%.*Passed/);
    await imported.getByRole('button', { name: /^Open debrief/ }).click();
    await poll(() => two.page.locator('.score-number').textContent()).toBe('100%');
    await screenshot(two.page, 'history-imported-debrief');
    expect(two.errors).toEqual([]);
  }, 300_000);
});
