/**
 * The class view against a real Learning Record Store process (test/support/
 * lrs): attempts sent as the simulator sends them (every turn, then the
 * completing statement that carries the transcript), the LRS entered in the
 * simulator's Settings, and the class view reading it back through `more`
 * (the LRS gives three statements a page), verifying each, and setting apart
 * one edited in the store and one that carries no transcript.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Transcript } from '../../src/engine/transcript.ts';
import { xapiStatements } from '../../src/export/xapiStatements.ts';
import type { XapiStatement } from '../../src/export/xapiTypes.ts';
import { activityBase, learnerAgent } from '../../src/web/lrs/lrsClient.ts';
import { startLrs, type LrsProcess } from '../support/lrs/lrsProcess.ts';
import { playRandom, seededPick } from '../support/play.ts';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { CLASS_SCENARIOS } from './classFixtures.ts';

let browser: Browser;
let page: Page;
let lrs: LrsProcess;
const attempts: Transcript[] = [];
let edited: XapiStatement;
let bare: XapiStatement;

const transcriptKey = (base: string) => `${base.replace(/\/+$/, '')}/extensions/transcript`;

beforeAll(async () => {
  lrs = await startLrs({ maxPage: 3 });
  const base = inject('baseUrl');
  const learners = ['Ana Silva', 'Ben Jones', 'Cat Wu'];
  for (let i = 0; i < 8; i++) {
    const scenario = CLASS_SCENARIOS[i % 2]!;
    attempts.push(playRandom(scenario, seededPick(500 + i), { learner: learners[i % 3]!, seed: 90 + i, start: Date.UTC(2026, 3, 1 + i, 10) }));
  }
  const statements = attempts.map((t) => xapiStatements(t, { actor: learnerAgent(t, base), activityBase: activityBase(base) }));
  // One attempt edited in the store (its score raised), one sent without its transcript, as an older Rapport sent it.
  edited = statements[6]!.at(-1)!;
  (edited.context!.extensions![transcriptKey(activityBase(base))] as Transcript).rollUp.percent = 100;
  bare = statements[7]!.at(-1)!;
  delete bare.context!.extensions![transcriptKey(activityBase(base))];
  const auth = `Basic ${Buffer.from(`${lrs.key}:${lrs.secret}`).toString('base64')}`;
  for (const batch of statements) {
    const r = await fetch(new URL('statements', lrs.endpoint), { method: 'POST', headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' }, body: JSON.stringify(batch) });
    expect(r.status).toBe(200);
  }
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
});
afterAll(async () => {
  await browser?.close();
  await lrs?.stop();
});

async function setLrs(secret: string): Promise<void> {
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: 'Settings' }).click();
  for (const [label, value] of [['xAPI endpoint (https://…)', lrs.endpoint], ['Key or user name', lrs.key], ['Secret or password', secret]] as const) {
    await page.getByLabel(label).fill(value);
    await page.getByLabel(label).press('Tab');
  }
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('link', { name: 'Tutors: see a class as a whole' }).click();
  await page.getByRole('heading', { level: 1, name: 'Class view' }).waitFor();
}

describe('class view from a Learning Record Store', () => {
  it('says plainly when the LRS refuses the name and password set in Settings', async () => {
    await setLrs('wrong');
    await page.getByRole('button', { name: 'Load from the Learning Record Store' }).click();
    await expect.poll(() => page.locator('.problem').textContent(), { timeout: 20_000 }).toBe("The Learning Record Store refused the request: check the name and password in the simulator's Settings.");
  });

  it('reads every completed attempt back through the pages of the LRS, counting those that verify', async () => {
    // More completions of one kind than the LRS gives on a page, so only a client that follows `more` sees them all.
    const byVerb = new Map<string, number>();
    for (const t of attempts) byVerb.set(String(t.pass?.passed), (byVerb.get(String(t.pass?.passed)) ?? 0) + 1);
    expect(Math.max(...byVerb.values())).toBeGreaterThan(3);

    await setLrs(lrs.secret);
    expect(await page.locator('.lrs .help').textContent()).toBe(`Learning Record Store set in Settings: ${lrs.endpoint}`);
    await page.getByRole('button', { name: 'Load from the Learning Record Store' }).click();
    await expect.poll(() => page.locator('.load-status').textContent(), { timeout: 20_000 }).toMatch(/^Loaded 7: counted 6, not counted 1\.$/);

    const counted = attempts.slice(0, 6);
    const learners = new Set(counted.map((t) => t.learner));
    expect(await page.locator('.summary').textContent()).toBe(`Counted: ${counted.length} attempts by ${learners.size} learners, each verified by replay.`);
    expect(await page.locator(`.set-apart li[data-source="lrs:${edited.id}"]`).textContent()).toBe(
      `Learning Record Store statement ${edited.id} (${attempts[6]!.learner}, in ${attempts[6]!.scenario.title}): it was changed after it was recorded: the score or the criteria summary was changed`,
    );
    expect(await page.locator('.lrs-without').textContent()).toContain('carry no transcript (sent by an older version of Rapport or another tool): 1.');

    for (const scenario of CLASS_SCENARIOS.slice(0, 2)) {
      const mine = counted.filter((t) => t.scenario.id === scenario.id);
      const who = new Set(mine.map((t) => t.learner));
      expect(await page.locator(`section.scenario[data-scenario="${scenario.id}"] .counts`).textContent()).toBe(`${who.size} learners, ${mine.length} attempts; ${who.size} learners assessed.`);
      const first = mine[0]!.rollUp.criteria[0]!.code;
      const shown = new Set(mine.filter((t) => t.rollUp.criteria.some((c) => c.code === first && c.status === 'demonstrated')).map((t) => t.learner)).size;
      expect(await page.locator(`section.scenario[data-scenario="${scenario.id}"] tr[data-criterion="${first}"] td.num`).textContent()).toBe(`${shown} of ${who.size}`);
    }
    for (const name of learners) {
      const mine = counted.filter((t) => t.learner === name);
      expect(await page.locator(`table.learners tr[data-learner="${name}"] td`).first().textContent()).toBe(String(mine.length));
    }

    // Loading again adds nothing: the same attempts are recognised.
    await page.getByRole('button', { name: 'Load from the Learning Record Store' }).click();
    await expect.poll(() => page.locator('.load-status').textContent(), { timeout: 20_000 }).toMatch(/^Loaded 7: counted 0, not counted 7\.$/);
    expect(await page.locator('.summary').textContent()).toContain(`Counted: ${counted.length} attempts`);
    await screenshot(page, 'class-view-lrs');
    // The refused request of the first test is the browser's own console line; nothing else may go wrong.
    expect(browser.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
