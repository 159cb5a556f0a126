/**
 * Launched as an LMS launches a cmi5 AU: the built app opened with the launch
 * parameters against a real xAPI endpoint on 127.0.0.1. The learner plays
 * their assessment through an LRS outage (503s, then dropped connections);
 * the statements must arrive once each and in cmi5's order, and the app must
 * go back to the LMS's returnURL. Then the same registration in Review mode
 * shows the recorded attempt read-only.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bestPaths } from './bestPaths.ts';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { startFakeLms, type FakeLms } from './fakeLms.ts';

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

// The shortest best path with no waiting on a timer, so the outage falls between known turns.
const path = bestPaths()
  .filter((p) => p.steps.every((s) => s.kind === 'say') && p.steps.length >= 4)
  .sort((a, b) => a.steps.length - b.steps.length)[0]!;
const { scenario } = path;
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

const verbs = () => lms.statements.map((s) => s.verb.id.split('/').pop());
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
