/**
 * A cmi5 launch against the real test LRS process, which refuses cmi5 passed
 * and failed statements whose score contradicts the masteryScore, as an LMS
 * may (issue 14, items 5 and 6):
 *
 * - an assessment that reaches the mastery score but misses a critical
 *   criterion, played while the LRS is stopped and started again, reaches it
 *   whole: failed without a scaled score at or above mastery (the score kept
 *   in a result extension), then terminated, and the learner returns;
 * - the learner's cmi5LearnerPreferences (Welsh, sound off) apply at launch;
 * - a returnURL that is not an http(s) address is never followed: a notice
 *   says so, "Return to the course" is not offered, and nothing runs.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLrs, type LrsProcess } from '../support/lrs/lrsProcess.ts';
import { highScoreMissingCritical } from './bestPaths.ts';
import { openBrowser, openPage, screenshot, type Browser } from './browser.ts';
import { startLmsFront, type LmsFront } from './lmsFront.ts';
import { say } from './play.ts';

const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const attempt = highScoreMissingCritical();
const { scenario } = attempt;
const says = attempt.steps.map((s) => (s.kind === 'say' ? s.text : ''));
const activityId = `https://rapport.example/cmi5/scenarios/${scenario.id}`;
const actor = { objectType: 'Agent', name: 'Dana Reid', account: { homePage: 'https://lms.example', name: 'dana.reid' } };
const masteryScore = scenario.pass.mark / 100;

let browser: Browser;
let lrs: LrsProcess;
let lms: LmsFront;

beforeAll(async () => {
  lrs = await startLrs({ strictCmi5: true });
  lms = await startLmsFront(lrs);
  browser = await openBrowser();
  browser.page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await lms?.close();
  await lrs?.stop();
});

const launchData = (returnURL: unknown, launchMode = 'Normal') => ({
  contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/courses/rapport' }] }, extensions: { [SESSION]: randomUUID() } },
  launchMode,
  launchMethod: 'AnyWindow',
  moveOn: 'CompletedAndPassed',
  masteryScore,
  returnURL,
});
const au = () => `${inject('baseUrl')}index.html?scenario=${scenario.id}`;
const verbOf = (s: Record<string, unknown>) => String((s.verb as { id: string }).id).split('/').pop();
const stored = async (registration: string) => (await lrs.statements({ registration, ascending: 'true' })).map((s) => s as Record<string, unknown> & { result?: Record<string, unknown> });
/** Failures we cause by stopping the LRS show in the console; anything else is a real error. */
const realErrors = () => browser.errors.filter((e) => !/Failed to load resource|net::ERR_/.test(e));

describe('a cmi5 launch against an LRS that enforces cmi5', () => {
  it('records a failed attempt at mastery level through an LRS outage: failed without its score as scaled, then terminated, then back to the course', async () => {
    const { page } = browser;
    const registration = randomUUID();
    await page.goto(await lms.launch(au(), { registration, activityId, actor, launchData: launchData(`${lms.url}return`) }));
    await expect.poll(() => page.locator('.cmi5-bar').getAttribute('data-cmi5')).toBe('normal');
    const half = Math.ceil(says.length / 2);
    await say(page, says.slice(0, half));
    await expect.poll(async () => (await stored(registration)).map(verbOf)).toEqual(['initialized', ...Array(half).fill('answered')]);

    // The college's LRS goes down mid-attempt; the learner carries on and finishes.
    await lrs.stop();
    await say(page, says.slice(half));
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: /^Debrief:/ }).waitFor();
    expect(await page.locator('.pass-result').getAttribute('data-pass')).not.toBe('passed');
    await expect.poll(() => page.locator('[data-notice="cmi5-lrs"]').textContent()).toMatch(/cannot be reached just now/);
    await screenshot(page, 'cmi5-lrs-stopped');

    // It comes back; the learner returns to the course, and everything goes first.
    await lrs.restart();
    await page.getByRole('button', { name: 'Return to the course' }).click();
    await page.waitForURL(`${lms.url}return`, { timeout: 45_000 });

    const statements = await stored(registration);
    expect(statements.map(verbOf)).toEqual(['initialized', ...Array(says.length).fill('answered'), 'completed', 'failed', 'terminated']);
    const failed = statements.find((s) => verbOf(s) === 'failed')!;
    expect(failed.result?.success).toBe(false);
    expect(failed.result?.score).toBeUndefined();
    const extensions = failed.result?.extensions as Record<string, unknown>;
    expect((extensions['https://rapport.example/cmi5/extensions/score'] as { scaled: number }).scaled).toBeGreaterThanOrEqual(masteryScore);
    expect(extensions['https://rapport.example/cmi5/extensions/missed-critical']).toEqual(attempt.missedCritical);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    expect(realErrors()).toEqual([]);
  });

  it("opens in the learner's language with the sound off, as their cmi5LearnerPreferences ask, without changing this browser's settings", async () => {
    const page = await openPage(browser);
    const registration = randomUUID();
    // A learner of their own: preferences belong to the learner, across every course and launch.
    const welshSpeaker = { objectType: 'Agent', name: 'Elin Jones', account: { homePage: 'https://lms.example', name: 'elin.jones' } };
    await page.goto(await lms.launch(au(), { registration, activityId, actor: welshSpeaker, launchData: launchData(`${lms.url}return`, 'Browse'), preferences: { languagePreference: 'fr-FR,cy-GB,en-GB', audioPreference: 'off' } }));
    // The preferences arrive from the LRS after the page is up: allow a loaded machine its time.
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 15_000 }).toBe('cy');
    await expect.poll(() => page.locator('.cmi5-bar').getAttribute('data-cmi5'), { timeout: 15_000 }).toBe('browse');
    await page.getByRole('button', { name: "Dychwelyd i'r cwrs" }).waitFor();
    await expect.poll(() => page.locator('#header-mute').getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('true');
    const saved = await page.evaluate(() => localStorage.getItem('rapport.settings'));
    expect(saved === null || JSON.parse(saved).language !== 'cy').toBe(true);
    await screenshot(page, 'cmi5-preferences-welsh');
    await page.close();
  });

  it('never follows a returnURL that is not a web address: a notice, no "Return to the course", and nothing runs', async () => {
    const payloads = ['javascript:window.__pwned="js";document.title="pwned"', ' JaVaScRiPt:window.__pwned="mixed"', 'java\tscript:window.__pwned="tab"', 'data:text/html,<script>opener.__pwned="data"</script>'];
    for (const returnURL of payloads) {
      const page = await openPage(browser);
      const registration = randomUUID();
      const launchUrl = await lms.launch(au(), { registration, activityId, actor, launchData: launchData(returnURL, 'Browse') });
      await page.goto(launchUrl);
      const notice = page.locator('[data-notice="cmi5-return"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('is not a web address');
      expect(await page.getByRole('button', { name: 'Return to the course' }).count()).toBe(0);
      await page.getByRole('button', { name: 'End this session' }).click();
      await expect.poll(() => page.locator('.cmi5-bar').getAttribute('data-cmi5')).toBe('done');
      expect(await page.locator('.cmi5-status').textContent()).toBe('Everything is recorded. You can close this window.');
      expect(page.url()).toBe(launchUrl);
      expect(await page.evaluate(() => [(window as unknown as { __pwned?: string }).__pwned ?? '', document.title])).toEqual(['', 'Rapport: customer service role-play']);
      await expect.poll(async () => (await stored(registration)).map(verbOf)).toEqual(['initialized', 'terminated']);
      if (returnURL.startsWith('javascript:')) {
        for (const [width, height] of [
          [1366, 768],
          [390, 844],
          [1920, 1080],
        ] as const) {
          await page.setViewportSize({ width, height });
          await page.screenshot({ path: `test-results/cmi5-unsafe-return-${width}.png` });
        }
      }
      await page.close();
    }
    expect(realErrors()).toEqual([]);
  });
});
