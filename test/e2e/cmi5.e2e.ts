/**
 * Launched as an LMS launches a cmi5 AU: the built app opened with the launch
 * parameters against a real xAPI endpoint on 127.0.0.1. The learner plays
 * their assessment through an LRS outage (503s, then dropped connections);
 * the statements must arrive once each and in cmi5's order, and the app must
 * go back to the LMS's returnURL. Then the same registration in Review mode
 * shows the recorded attempt read-only, and a later Normal launch of it is
 * practice. Browse mode records no result; a window closed without "Return
 * to the course" still ends its session, at once or at the next launch.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { durationBetween } from '../../src/export/isoDuration.ts';
import { bestPaths } from './bestPaths.ts';
import { openBrowser, openPage, screenshot, type Browser } from './browser.ts';
import { startFakeLms, type FakeLms, type StoredStatement } from './fakeLms.ts';
import { say as sayAndWait } from './play.ts';

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

// The shortest best path with no waiting on a timer, so the outage falls between known turns.
const path = bestPaths()
  .filter((p) => p.steps.every((s) => s.kind === 'say') && p.steps.length >= 4)
  .sort((a, b) => a.steps.length - b.steps.length)[0]!;
const { scenario } = path;
const says = path.steps.map((s) => (s.kind === 'say' ? s.text : ''));
const activityId = `https://rapport.example/cmi5/scenarios/${scenario.id}`;
const actor = { objectType: 'Agent', name: 'Dana Reid', account: { homePage: 'https://lms.example', name: 'dana.reid' } };
const registration = randomUUID();

let browser: Browser;
let lms: FakeLms;

beforeAll(async () => {
  lms = await startFakeLms();
  browser = await openBrowser();
  browser.page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await lms?.close();
});

const verbOf = (s: StoredStatement) => s.verb.id.split('/').pop();
const verbs = () => lms.statements.map(verbOf);
const statementsOf = (registration: string) => lms.statements.filter((s) => s.context?.registration === registration);
const verbsOf = (registration: string) => statementsOf(registration).map(verbOf);
const launchOf = (registration: string) => lms.launchUrl(`${inject('baseUrl')}index.html?scenario=${scenario.id}`, { registration, activityId, actor });
const barState = (page: Page) => page.locator('.cmi5-bar').getAttribute('data-cmi5');

const newPage = () => openPage(browser);
const launchData = (launchMode: string) => ({
  contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/courses/rapport' }] }, extensions: { [SESSION]: randomUUID() } },
  launchMode,
  launchMethod: 'AnyWindow',
  moveOn: 'CompletedAndPassed',
  masteryScore: scenario.pass.mark / 100,
  returnURL: `${lms.url}return`,
});
/** Network failures we cause on purpose show in the console; anything else is a real error. */
const realErrors = () => browser.errors.filter((e) => !/Failed to load resource|net::ERR_/.test(e));

describe('a cmi5 launch from an LMS', () => {
  it('records an assessment through an outage: every statement once, in order, then returns to the LMS', async () => {
    const page = browser.page;
    lms.launchData(registration, launchData('Normal'));
    await page.goto(lms.launchUrl(`${inject('baseUrl')}index.html?scenario=${scenario.id}`, { registration, activityId, actor }));

    await page.getByRole('region', { name: scenario.title, exact: true }).waitFor();
    await expect.poll(() => page.locator('.mode-strip').textContent()).toBe('Assessment: Dana Reid');
    await expect.poll(() => page.locator('.cmi5-bar').getAttribute('data-cmi5')).toBe('normal');
    await expect.poll(verbs).toEqual(['initialized']);

    const responses = page.getByRole('group', { name: 'Your response' });
    const say = async (i: number) => {
      const step = path.steps[i]!;
      if (step.kind !== 'say') throw new Error('no waits on this path');
      await responses.getByRole('button', { name: step.text, exact: true }).click();
    };
    await say(0);
    await expect.poll(verbs).toEqual(['initialized', 'answered']);
    // No feedback or meters in an assessment, whatever the learner's settings.
    expect(await page.locator('.feedback-panel, .meters').count()).toBe(0);

    // The LRS answers 503 ...
    lms.outage = '503';
    await say(1);
    const notice = page.locator('[data-notice="cmi5-lrs"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/cannot be reached just now \(the LRS answered 503\)/);
    // ... then drops connections altogether.
    lms.outage = 'drop';
    await say(2);
    await expect.poll(() => notice.textContent()).toMatch(/offline or unreachable/);
    await screenshot(page, 'cmi5-outage');
    const refusedAttempts = lms.attempts;
    expect(refusedAttempts).toBeGreaterThanOrEqual(3);
    expect(verbs()).toEqual(['initialized', 'answered']);

    lms.outage = 'none';
    for (let i = 3; i < path.steps.length; i++) await say(i);
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief:`) }).waitFor();
    expect(await page.locator('.pass-result').getAttribute('data-pass')).toBe('passed');
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(0);

    // The course has its result: playing again is practice, and sends nothing more.
    expect(await barState(page)).toBe('recorded');
    const actions = page.locator('.debrief-actions');
    expect(await actions.getByRole('button', { name: 'Start another attempt' }).count()).toBe(0);
    await actions.getByRole('button', { name: 'Try again', exact: true }).click();
    await page.locator('.mode-strip[data-mode="practice"]').waitFor();
    await sayAndWait(page, says.slice(0, 1));

    await page.getByRole('button', { name: 'Return to the course' }).click();
    await page.waitForURL(`${lms.url}return`, { timeout: 30_000 });
    await page.getByRole('heading', { name: 'Back at the LMS' }).waitFor();

    const n = path.steps.length;
    expect(verbs()).toEqual(['initialized', ...Array(n).fill('answered'), 'completed', 'passed', 'terminated']);
    expect(new Set(lms.statements.map((s) => s.id)).size).toBe(lms.statements.length);
    const turns = lms.statements.filter((s) => s.verb.id.endsWith('/answered')).map((s) => s.context?.extensions?.['https://rapport.example/cmi5/extensions/turn']);
    expect(turns).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    const sessionId = lms.statements[0]!.context!.extensions![SESSION];
    for (const s of lms.statements) {
      expect(s.context?.registration).toBe(registration);
      expect(s.context?.extensions?.[SESSION]).toBe(sessionId);
      expect(s.context?.contextActivities?.grouping?.map((g) => g.id)).toContain('https://lms.example/courses/rapport');
      const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
      const verb = s.verb.id.split('/').pop()!;
      if (verb === 'answered') expect(categories).toEqual([]);
      else expect(categories).toEqual(['completed', 'passed'].includes(verb) ? [CMI5_CATEGORY, MOVEON] : [CMI5_CATEGORY]);
      if (verb !== 'answered') expect(s.object.id).toBe(activityId);
    }
    const passed = lms.statements.find((s) => s.verb.id.endsWith('/passed'))!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 1 } });
    expect(passed.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(scenario.pass.mark / 100);
    expect(realErrors()).toEqual([]);
  });

  it('shows the recorded attempt read-only in Review mode, and records no result', async () => {
    const page = browser.page;
    const before = lms.statements.length;
    lms.launchData(registration, launchData('Review'));
    await page.goto(lms.launchUrl(`${inject('baseUrl')}index.html?scenario=${scenario.id}`, { registration, activityId, actor }));
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Debrief:`) }).waitFor();
    await expect.poll(() => page.locator('.cmi5-bar').getAttribute('data-cmi5')).toBe('review');
    expect(await page.locator('.score-number').textContent()).toBe('100%');
    expect(await page.locator('.record-kind').textContent()).toMatch(/^Assessment attempt by Dana Reid/);
    expect(await page.locator('.debrief-actions').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Return to the course' }).click();
    await page.waitForURL(`${lms.url}return`);
    expect(verbs().slice(before)).toEqual(['initialized', 'terminated']);
    expect(realErrors()).toEqual([]);
  });

  it('makes a later Normal launch of the registration practice: the recorded attempt stands and no second result is sent', async () => {
    const page = browser.page;
    const before = lms.statements.length;
    lms.launchData(registration, launchData('Normal'));
    await page.goto(launchOf(registration));
    await expect.poll(() => barState(page), { timeout: 15_000 }).toBe('recorded');
    await page.locator('.mode-strip[data-mode="practice"]').waitFor();
    await sayAndWait(page, says);
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: /^Debrief:/ }).waitFor();
    await page.getByRole('button', { name: 'Return to the course' }).click();
    await page.waitForURL(`${lms.url}return`, { timeout: 30_000 });
    expect(verbs().slice(before)).toEqual(['initialized', ...Array(says.length).fill('answered'), 'terminated']);
    expect(realErrors()).toEqual([]);
  });

  it('practises in Browse mode, with feedback: initialized, the turns and terminated, and no completed, passed or failed', async () => {
    const page = browser.page;
    const browsing = randomUUID();
    lms.launchData(browsing, launchData('Browse'));
    await page.goto(launchOf(browsing));
    await expect.poll(() => barState(page), { timeout: 15_000 }).toBe('browse');
    await page.locator('.mode-strip[data-mode="practice"]').waitFor();
    await expect.poll(() => verbsOf(browsing), { timeout: 15_000 }).toEqual(['initialized']);
    await sayAndWait(page, says.slice(0, 1));
    await page.locator('.feedback-panel').first().waitFor();
    await sayAndWait(page, says.slice(1));
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: /^Debrief:/ }).waitFor();
    // Practice after practice is still practice.
    expect(await page.locator('.debrief-actions').getByRole('button', { name: 'Start another attempt' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Return to the course' }).click();
    await page.waitForURL(`${lms.url}return`, { timeout: 30_000 });

    expect(verbsOf(browsing)).toEqual(['initialized', ...Array(says.length).fill('answered'), 'terminated']);
    // The turns carry whether each response met its criteria; the AU's own statements say nothing of success or completion.
    for (const s of statementsOf(browsing)) {
      const categories = (s.context?.contextActivities?.category ?? []).map((c) => c.id);
      expect(categories).not.toContain(MOVEON);
      if (verbOf(s) === 'answered') continue;
      expect(categories).toEqual([CMI5_CATEGORY]);
      expect(s.result?.success).toBeUndefined();
      expect(s.result?.completion).toBeUndefined();
    }
    expect(realErrors()).toEqual([]);
  });

  it('ends the session when the window is closed instead: what was pending and terminated leave with the page, each once, terminated last', async () => {
    const closing = randomUUID();
    lms.launchData(closing, launchData('Normal'));
    const page = await newPage();
    await page.goto(launchOf(closing));
    await expect.poll(() => barState(page), { timeout: 15_000 }).toBe('normal');
    await sayAndWait(page, says.slice(0, 2));
    await expect.poll(() => verbsOf(closing), { timeout: 15_000 }).toEqual(['initialized', 'answered', 'answered']);

    // Two refusals of the next turn put the queue's own retry seconds away, so the page's last request is what carries it.
    lms.outage = '503';
    const refusedFrom = lms.requests.length;
    await sayAndWait(page, says.slice(2, 3));
    await expect.poll(() => lms.requests.slice(refusedFrom).filter((r) => r.outcome === 503).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    lms.outage = 'none';
    const closedAt = lms.requests.length;
    await page.close({ runBeforeUnload: true });

    await expect.poll(() => verbsOf(closing), { timeout: 15_000 }).toEqual(['initialized', 'answered', 'answered', 'answered', 'terminated']);
    expect(lms.requests.slice(closedAt)).toEqual([{ verbs: ['answered', 'terminated'], outcome: 200 }]);
    const mine = statementsOf(closing);
    expect(new Set(mine.map((s) => s.id)).size).toBe(mine.length);
    expect(mine.at(-1)!.result?.duration).toBe(durationBetween(mine[0]!.timestamp as string, mine.at(-1)!.timestamp as string));
    expect(realErrors()).toEqual([]);
  });

  it('keeps what could not leave with a closed window, and sends it first, in order and once, at the next launch of the registration', async () => {
    const again = randomUUID();
    lms.launchData(again, launchData('Normal'));
    const first = await newPage();
    await first.goto(launchOf(again));
    await expect.poll(() => barState(first), { timeout: 15_000 }).toBe('normal');
    await sayAndWait(first, says.slice(0, 1));
    await expect.poll(() => verbsOf(again), { timeout: 15_000 }).toEqual(['initialized', 'answered']);

    lms.outage = 'drop';
    await sayAndWait(first, says.slice(1, 2));
    await expect.poll(() => first.locator('.cmi5-bar').getAttribute('data-pending'), { timeout: 15_000 }).toBe('1');
    await first.close({ runBeforeUnload: true });
    // The closing page's request (the only one with terminated) was dropped too.
    await expect.poll(() => lms.requests.some((r) => r.verbs.includes('terminated') && r.outcome === 'dropped'), { timeout: 15_000 }).toBe(true);
    expect(verbsOf(again)).toEqual(['initialized', 'answered']);

    lms.outage = 'none';
    lms.launchData(again, launchData('Normal'));
    const second = await newPage();
    await second.goto(launchOf(again));
    await expect.poll(() => verbsOf(again), { timeout: 15_000 }).toEqual(['initialized', 'answered', 'answered', 'terminated', 'initialized']);
    await expect.poll(() => barState(second), { timeout: 15_000 }).toBe('normal');
    await second.close({ runBeforeUnload: true });
    await expect.poll(() => verbsOf(again), { timeout: 15_000 }).toEqual(['initialized', 'answered', 'answered', 'terminated', 'initialized', 'terminated']);
    const sessions = statementsOf(again).map((s) => s.context?.extensions?.[SESSION]);
    expect(new Set(sessions.slice(0, 4)).size).toBe(1);
    expect(sessions[4]).not.toBe(sessions[0]);
    expect(sessions[5]).toBe(sessions[4]);
    const ids = statementsOf(again).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(realErrors()).toEqual([]);
  });

  it('gives a clear notice for a launch link it cannot use, and records nothing', async () => {
    const page = browser.page;
    const before = lms.statements.length;
    await page.goto(`${inject('baseUrl')}index.html?scenario=${scenario.id}&endpoint=ftp://nowhere&registration=x&activityId=${encodeURIComponent(activityId)}`);
    const notice = page.locator('[data-notice="cmi5"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('the launch link cannot be used (fetch is missing; actor is missing; endpoint is not an http(s) address; registration is not a UUID)');
    expect(lms.statements.length).toBe(before);
  });
});
