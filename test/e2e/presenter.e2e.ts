/**
 * A tutor presents a scenario to a class in Chromium with two windows, the
 * projected one and the tutor window: notes never on the projected window
 * unless shown, feedback revealed in place (on screen, in large type), the
 * class's vote from the tutor window beside the options, a reload of either
 * window, stepping back from the turn list, the clicker's keys, and the
 * layout of every scenario at 1280x800 and 1920x1080. Then the attempts history: a finished
 * attempt listed, its debrief reopened, everything exported and imported
 * into a fresh browser profile, and a damaged file refused with a reason.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { bestPathOf, escapeRegExp, positionOf, responses, say } from './play.ts';

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

/** Whether the customer's line, every option and the class's vote beside each are on screen together, without scrolling. */
const conversationInView = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.conversation.presenter .line, .conversation.presenter .choice, .conversation.presenter .vote-aside')].map((e) => e.getBoundingClientRect());
    const options = document.querySelectorAll('.conversation.presenter .choice').length;
    return { options, inView: boxes.length > 0 && boxes.every((b) => b.top >= 0 && b.bottom <= innerHeight + 0.5 && b.left >= 0 && b.right <= innerWidth + 0.5) };
  });

/** The smallest computed size of the words the class reads: the line, the options, the vote and any revealed feedback. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    const texts = [...document.querySelectorAll('.conversation.presenter :is(.said, .speaker, .choice-text, .vote-count, .presenter-feedback p, .presenter-feedback li, .presenter-notes p)')];
    return Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  });

/** The tutor notes of wherever the projected conversation is now. */
async function notesHere(page: Page): Promise<string | undefined> {
  const node = await page.locator('.conversation').getAttribute('data-node');
  return scenario.nodes[node!]?.notes?.replace(/\s+/g, ' ').trim();
}

async function projectedText(page: Page): Promise<string> {
  return (await page.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
}

describe('presenting to a class in two windows', () => {
  it('keeps the notes off the projected window unless shown, reveals feedback in place, follows the tutor window, and survives a reload of either', async () => {
    const { page, context, errors } = await fresh();
    await page.setViewportSize({ width: 1920, height: 1080 });
    const link = page.getByRole('link', { name: `Present to a class: ${scenario.title}`, exact: true });
    expect(await link.getAttribute('href')).toBe(`?scenario=${scenario.id}&mode=present`);
    await link.click();
    await page.locator('.conversation.presenter .vote-aside').first().waitFor();
    const firstNotes = (await notesHere(page))!;
    expect(firstNotes.length).toBeGreaterThan(20);
    expect(await projectedText(page)).not.toContain(firstNotes.slice(0, 40));

    // The tutor window opens from the projected one and shows the notes, and what each option's feedback will say.
    const [tutor] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Tutor window' }).click()]);
    const tutorErrors: string[] = [];
    tutor.on('pageerror', (e) => tutorErrors.push(e.message));
    tutor.on('console', (m) => m.type() === 'error' && tutorErrors.push(m.text()));
    tutor.setDefaultTimeout(20_000);
    await tutor.setViewportSize({ width: 1920, height: 1080 });
    const status = tutor.getByRole('status').first();
    await poll(() => status.textContent()).toBe('In step with the projected screen, at turn 1.');
    await poll(async () => (await tutor.getByRole('region', { name: 'Tutor notes' }).textContent())?.replace(/\s+/g, ' ')).toContain(firstNotes.slice(0, 40));
    const shown = await optionTexts(page);
    const tutorOptions = tutor.locator('.tutor-option');
    await poll(() => tutorOptions.count()).toBe(shown.length);
    for (const [i, text] of shown.entries()) {
      const option = tutorOptions.nth(i);
      expect(await option.locator('.tutor-option-text').textContent()).toBe(`${i + 1}${text}`);
      await poll(() => option.textContent()).toContain('If chosen, the feedback will say:');
    }
    expect(await projectedText(page)).not.toContain(firstNotes.slice(0, 40));

    // Votes counted on the tutor window (typed, and with the number keys) appear beside the options on the projected one.
    const best = await positionOf(page, says[0]!);
    await tutor.getByRole('spinbutton', { name: `Option ${best}:` }).fill('6');
    await tutor.getByRole('spinbutton', { name: `Option ${best}:` }).press('Tab');
    const other = best === 1 ? 2 : 1;
    await tutor.locator('body').press(String(other));
    await tutor.locator('body').press(String(other));
    await poll(() => page.locator('.vote-aside').nth(best - 1).textContent()).toBe('Votes: 675%');
    await poll(() => page.locator('.vote-aside').nth(other - 1).textContent()).toBe('Votes: 225%');
    expect(await conversationInView(page)).toEqual({ options: shown.length, inView: true });
    expect(await smallestText(page)).toBeGreaterThanOrEqual(28);

    // Page Down (a clicker's "next") on the projected window takes the option most of the class chose; its feedback waits.
    await page.locator('body').press('PageDown');
    await page.locator('.conversation[data-turn="1"]').waitFor();
    expect(await page.locator('.presenter-feedback').count()).toBe(0);
    await poll(() => tutor.getByRole('region', { name: 'Feedback on the last response' }).textContent()).toContain('Not on the projected screen yet');

    // R on the tutor window reveals it in place on the projected one: on screen without scrolling, in large type.
    await tutor.locator('body').press('r');
    const revealed = page.locator('.stage-cover .presenter-feedback');
    await revealed.waitFor();
    const box = await revealed.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, left: r.left, right: r.right, h: innerHeight, w: innerWidth };
    });
    expect(box.top, JSON.stringify(box)).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(box.h / 2);
    expect(box.right).toBeLessThanOrEqual(box.w);
    await poll(() => revealed.textContent()).toContain(`You said: ${says[0]!}`);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(28);
    expect(await conversationInView(page)).toMatchObject({ inView: true });
    await poll(() => tutor.getByRole('region', { name: 'Feedback on the last response' }).textContent()).toContain('The class can see this feedback');

    // The notes go up on the projected screen only when the tutor says so (N on either window), and come down again.
    const secondNotes = (await notesHere(page)) ?? 'There are no notes for this point of the conversation.';
    expect(await projectedText(page)).not.toContain(secondNotes.slice(0, 40));
    await page.locator('body').press('n');
    await poll(() => page.locator('.stage-cover .presenter-notes').textContent()).toContain(secondNotes.slice(0, 40));
    await poll(() => tutor.getByRole('region', { name: 'Tutor notes' }).textContent()).toContain('The class can see these notes');
    await screenshot(page, 'presenter-projected-1920');
    await screenshot(tutor, 'presenter-tutor-1920');
    await tutor.locator('body').press('n');
    await poll(async () => (await projectedText(page)).includes(secondNotes.slice(0, 40))).toBe(false);

    // Contrast and the other serious accessibility checks on the projected screen.
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.id === 'color-contrast' || v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // A reload of the tutor window asks again; a reload of the projected one resumes the play, the reveal and the votes.
    await tutor.reload();
    await poll(() => tutor.getByRole('status').first().textContent()).toBe('In step with the projected screen, at turn 2.');
    await page.reload();
    await page.locator('.conversation.presenter[data-turn="1"] .stage-cover .presenter-feedback').waitFor({ timeout: 90_000 });
    await poll(() => tutor.getByRole('status').first().textContent()).toBe('In step with the projected screen, at turn 2.');
    expect(await projectedText(page)).not.toContain(secondNotes.slice(0, 40));

    // "What if we had said…": back from the tutor's turn list; the turn left behind is kept, with the class's vote on it.
    await tutor.getByRole('button', { name: 'Go back to before turn 1' }).click();
    await page.locator('.conversation[data-turn="0"]').waitFor();
    await poll(() => tutor.getByRole('region', { name: 'Turns so far' }).textContent()).toContain('Branches explored so far: 1.');
    await poll(() => page.locator('.vote-aside').nth(best - 1).textContent()).toBe('Votes: 675%');
    expect(await projectedText(page)).not.toContain(firstNotes.slice(0, 40));

    // The same screens at 1280x800: line, options and vote still in view together.
    await page.setViewportSize({ width: 1280, height: 800 });
    await tutor.setViewportSize({ width: 1280, height: 800 });
    expect(await conversationInView(page)).toEqual({ options: shown.length, inView: true });
    await screenshot(page, 'presenter-projected-1280');
    await screenshot(tutor, 'presenter-tutor-1280');

    // The shortcuts are listed on the tutor window, which passes the same accessibility checks.
    const keys = tutor.getByRole('region', { name: 'Keyboard shortcuts' });
    await poll(() => keys.textContent()).toMatch(/Page Down.*Next: reveal the feedback/);
    const tutorViolations = await axeViolations(tutor);
    expect(tutorViolations.filter((v) => v.id === 'color-contrast' || v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    // Play on along the best path; the debrief keeps the class's vote with its turn and lists the branch explored.
    await say(page, says);
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief: ${escapeRegExp(scenario.title)}`) }).waitFor();
    await poll(() => page.locator('.path-vote').first().textContent()).toContain(`“${says[0]!}” 6`);
    await poll(() => page.getByRole('region', { name: 'Branches the class explored' }).getByRole('heading', { level: 3 }).count()).toBe(1);
    await poll(() => tutor.getByRole('status').first().textContent()).toMatch(/shows the debrief/);
    expect(errors).toEqual([]);
    expect(tutorErrors).toEqual([]);
  }, 400_000);

  it('keeps the line, the options and the vote in view at 1280x800 and 1920x1080 for every bundled scenario, in type of 28px or more at 1920x1080', async () => {
    const { page, errors } = await fresh();
    const ids = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    expect(ids.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const [width, height] of [[1280, 800], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      for (const id of ids) {
        // A presentation in progress wins over a link (as a conversation does): each scenario starts from a clean slate.
        await page.evaluate(() => localStorage.clear());
        await page.goto(`${inject('baseUrl')}?scenario=${id}&mode=present`);
        await page.locator('.conversation.presenter .vote-aside').first().waitFor({ timeout: 60_000 });
        const seen = await conversationInView(page);
        if (!seen.inView || seen.options === 0) failures.push(`${id} at ${width}x${height}: ${JSON.stringify(seen)}`);
        if (width === 1920 && (await smallestText(page)) < 28) failures.push(`${id} at 1920x1080: text of ${await smallestText(page)}px`);
      }
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
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
