/**
 * Visual regression: the picker, a conversation on each channel (face to face,
 * telephone, written) and the debrief, at fixed sizes, against committed
 * baselines (see visualCompare.ts). The screens are made still: reduced
 * motion, Math.random seeded before the page runs (the session's seed, blinks),
 * and Playwright's clock stepped by hand, so a timer fires at the same moment
 * of every run. One check proves the comparison catches the bug it is for: a
 * canvas at the window's size over its slot must fail.
 *
 * Regenerate after a deliberate change: `npm run test:baselines`.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './browser.ts';
import { bestPathOf, say } from './play.ts';
import { compareWithBaseline, TOLERANCE, updating } from './visualCompare.ts';

/** 23 November 2026, 10:00 UTC: dates on screen (the debrief) are the same every run. */
const START = new Date('2026-11-23T10:00:00Z');

const seededRandom = () => {
  // mulberry32, as the engine's own shuffle: the page's Math.random gives the same numbers every run.
  let a = 0x2f6b9d1;
  Math.random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** For the tests that play a whole call or open two browsers, stepping the clock by hand: minutes on a loaded machine. */
const SLOW = 300_000;

const opened: Browser[] = [];
afterAll(async () => {
  for (const b of opened) await b.close();
});

async function still(viewport: { width: number; height: number }): Promise<Page> {
  const browser = await openBrowser({ viewport, reducedMotion: 'reduce' });
  opened.push(browser);
  const { page, context } = browser;
  page.setDefaultTimeout(30_000);
  await context.addInitScript(seededRandom);
  await page.clock.install({ time: START });
  // The installed clock runs until paused; pausing a minute on leaves room for a slow machine, never a time already past.
  await page.clock.pauseAt(new Date(START.getTime() + 60_000));
  return page;
}

/**
 * Moves the page's clock on by `ms` in steps, letting the browser decode the stage's pictures (real time, not the
 * page's clock) between them: afterwards every walk, fade and spoken line has finished, and blinks fall where they always do.
 */
async function settle(page: Page, ms = 10_000): Promise<void> {
  for (let t = 0; t < ms; t += 250) {
    await page.clock.runFor(250);
    await page.waitForTimeout(40);
  }
}

async function open(page: Page, query: string): Promise<void> {
  const loaded = page.goto(`${inject('baseUrl')}${query}`);
  // The clock is paused: move it while the page loads, or its timers never fire.
  for (let i = 0; i < 40 && !(await Promise.race([loaded.then(() => true), page.waitForTimeout(100).then(() => false)])); i++) await page.clock.runFor(100);
  await loaded;
}

/** Runs the page's clock while `action` is under way: the page's own timers (a response enabled, a turn shown) need it. */
async function ticking<T>(page: Page, action: Promise<T>): Promise<T> {
  let done = false;
  const result = action.finally(() => (done = true));
  while (!done) {
    await page.clock.runFor(100);
    await Promise.race([result.catch(() => undefined), page.waitForTimeout(50)]);
  }
  return result;
}

async function expectLike(page: Page, name: string): Promise<void> {
  const result = compareWithBaseline(name, await page.screenshot());
  expect(result.differs, result.message).toBeLessThanOrEqual(TOLERANCE);
}

const conversation = async (page: Page, id: string) => {
  await open(page, `?scenario=${id}&mode=practice`);
  await page.locator('.conversation .stage-slot').waitFor();
  await page.locator('#game canvas').waitFor();
  await settle(page);
};

describe('screens against their baselines', () => {
  it('the picker at 1366x768', async () => {
    const page = await still({ width: 1366, height: 768 });
    await open(page, '');
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    await settle(page, 2000);
    await expectLike(page, 'picker-1366x768');
  });

  it('a face-to-face conversation at 1366x768, and the comparison fails when the canvas takes the window\'s size', async () => {
    const page = await still({ width: 1366, height: 768 });
    await conversation(page, 'bank-queue-disruption');
    await expectLike(page, 'face-to-face-1366x768');
    if (updating()) return;
    // The bug this test is for: from the second conversation, the canvas kept the window's size inside its slot.
    const restore = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#game canvas')!;
      const before = { width: canvas.style.width, height: canvas.style.height };
      Object.assign(canvas.style, { width: `${innerWidth}px`, height: `${innerHeight}px` });
      return before;
    });
    await settle(page, 500);
    const missized = compareWithBaseline('face-to-face-1366x768', await page.screenshot(), false);
    expect(missized.differs, `a window-sized canvas must not pass: ${missized.message}`).toBeGreaterThan(TOLERANCE * 10);
    await page.evaluate((size) => Object.assign(document.querySelector<HTMLCanvasElement>('#game canvas')!.style, size), restore);
    await settle(page, 500);
    await expectLike(page, 'face-to-face-1366x768');
  });

  it('a face-to-face conversation on a 390x844 phone and a 1920x1080 projector', async () => {
    for (const [width, height] of [
      [390, 844],
      [1920, 1080],
    ] as const) {
      const page = await still({ width, height });
      await conversation(page, 'bank-queue-disruption');
      await expectLike(page, `face-to-face-${width}x${height}`);
    }
  }, SLOW);

  it('a telephone call at 1366x768', async () => {
    const page = await still({ width: 1366, height: 768 });
    await conversation(page, 'phone-angry-energy-bill');
    await expectLike(page, 'telephone-1366x768');
  });

  it('a written complaint at 1366x768', async () => {
    const page = await still({ width: 1366, height: 768 });
    await conversation(page, 'complaint-written-bin-collections');
    await expectLike(page, 'written-1366x768');
  });

  it('the debrief at 1366x768', async () => {
    const call = bestPathOf('phone-message-for-colleague');
    const page = await still({ width: 1366, height: 768 });
    await conversation(page, call.scenario.id);
    for (const text of call.says) await ticking(page, say(page, [text]));
    await ticking(page, page.getByRole('button', { name: 'See how you did' }).click());
    await ticking(page, page.getByRole('heading', { level: 1, name: /^Debrief/ }).waitFor());
    await settle(page, 3000);
    await expectLike(page, 'debrief-1366x768');
  }, SLOW);
});
