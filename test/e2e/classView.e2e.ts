/**
 * The tutor's class view in Chromium over a generated class of 30 transcripts
 * (three scenarios, eight learners, practice among them, three edited): the
 * figures on the page are checked against figures this test computes itself
 * from the transcripts, without the page's code.
 */
import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Transcript } from '../../src/engine/transcript.ts';
import { verify } from '../../src/engine/verify.ts';
import { audit } from './axeAudit.ts';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { makeClass, makeHistory, type ClassFile } from './classFixtures.ts';

let browser: Browser;
let page: Page;
let fx: ReturnType<typeof makeClass>;
const requested: string[] = [];

beforeAll(async () => {
  fx = makeClass();
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(20_000);
  page.on('request', (r) => requested.push(r.url()));
});
afterAll(async () => {
  await browser?.close();
  if (fx) rmSync(fx.dir, { recursive: true, force: true });
});

/** Who a transcript belongs to, as a tutor would group them: the name as typed, spacing and case aside; an unnamed one alone. */
const who = (f: ClassFile) => f.transcript.learner.trim().toLowerCase() || `unnamed ${f.name}`;
const shown = (t: Transcript) => t.rollUp.criteria.filter((c) => c.status === 'demonstrated').map((c) => c.code);

describe('class view over a generated class', () => {
  let counted: ClassFile[];

  it('is linked from the picker and does not load the simulator', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: 'Tutors: see a class as a whole' }).click();
    await page.getByRole('heading', { level: 1, name: 'Class view' }).waitFor();
    expect(page.url()).toMatch(/class\.html$/);
    requested.length = 0;
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Class view' }).waitFor();
    expect(requested.filter((u) => /startGame|phaser/i.test(u))).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
  });

  it('loads files and a folder, counting only the transcripts that verify and listing the others with the reason', async () => {
    // The test's own verdicts, straight from the engine's verify: the three edited files, and no other, fail.
    counted = fx.all.filter((f) => verify(structuredClone(f.transcript), f.scenario).ok);
    expect(fx.all.filter((f) => !counted.includes(f)).map((f) => f.edit)).toEqual(['score', 'response', 'mode']);

    await page.getByLabel('Choose transcript files or an attempt-history export (JSON)').setInputFiles(fx.first.map((f) => f.path));
    await expect.poll(() => page.locator('.load-status').textContent(), { timeout: 30_000 }).toContain('Loaded 10');
    await page.getByLabel('Choose a folder of transcripts').setInputFiles(fx.folder);
    await expect.poll(() => page.locator('.load-status').textContent(), { timeout: 30_000 }).toContain('Loaded 20');

    const learners = new Set(counted.map(who));
    expect(await page.locator('.summary').textContent()).toBe(`Counted: ${counted.length} attempts by ${learners.size} learners, each verified by replay.`);
    const apart = page.locator('.set-apart li');
    expect(await apart.count()).toBe(3);
    const reasonOf = async (f: ClassFile) => (await page.locator(`.set-apart li[data-source="${f.name}"]`).textContent()) ?? '';
    const [score, response, mode] = fx.all.filter((f) => f.edit);
    expect(await reasonOf(score!)).toContain('the score or the criteria summary was changed');
    expect(await reasonOf(response!)).toContain(`at turn ${response!.editedTurn}`);
    expect(await reasonOf(mode!)).toContain('at turn 1');
    await screenshot(page, 'class-view-1280');
  });

  it("shows each scenario's criterion shares, weakest criteria and heat map as the transcripts give them", async () => {
    for (const scenario of new Set(counted.map((f) => f.scenario))) {
      const mine = counted.filter((f) => f.scenario === scenario);
      const section = page.locator(`section.scenario[data-scenario="${scenario.id}"]`);
      const assessed = mine.filter((f) => f.transcript.mode === 'assessment');
      const assessedLearners = new Set(assessed.map(who));
      expect(await section.locator('.counts').textContent()).toBe(`${new Set(mine.map(who)).size} learners, ${mine.length} attempts; ${assessedLearners.size} learners assessed.`);

      const codes = new Set(mine.flatMap((f) => f.transcript.rollUp.criteria.map((c) => c.code)));
      const shares = new Map<string, number>();
      for (const code of codes) {
        const n = new Set(assessed.filter((f) => shown(f.transcript).includes(code)).map(who)).size;
        shares.set(code, n / assessedLearners.size);
        expect(await section.locator(`tr[data-criterion="${code}"] td.num`).textContent(), code).toBe(`${n} of ${assessedLearners.size}`);
      }
      const lowest = Math.min(...shares.values());
      if (lowest < 1) expect(await section.locator('.weakest li').first().textContent()).toMatch(new RegExp(`^(${[...shares].filter(([, s]) => s === lowest).map(([c]) => c).join('|')}) `));

      // Each response at each point: the learners who gave it, practice included.
      const expected: Record<string, number> = {};
      for (const [nodeId, node] of Object.entries(scenario.nodes)) {
        node.choices.forEach((_, choice) => {
          expected[`${nodeId} ${choice}`] = new Set(mine.filter((f) => f.transcript.turns.some((t) => t.nodeId === nodeId && t.action.kind === 'choice' && t.action.choice === choice)).map(who)).size;
        });
      }
      const onPage = await section.locator('.heat-table tr[data-node]').evaluateAll((rows) =>
        Object.fromEntries(rows.filter((r) => r.getAttribute('data-response') !== 'timeout').map((r) => [`${r.getAttribute('data-node')} ${r.getAttribute('data-response')}`, parseInt(r.querySelector('td.took')!.textContent!, 10)])),
      );
      expect(onPage).toEqual(expected);
      // The map is drawn: one box per point, text only.
      expect(await section.locator('svg.heat-map g.point').count()).toBe(Object.keys(scenario.nodes).length);
    }
  });

  it("gives one row per learner with attempts, passes, and next practice aimed at what they have not yet shown", async () => {
    const byLearner = new Map<string, ClassFile[]>();
    for (const f of counted) byLearner.set(who(f), [...(byLearner.get(who(f)) ?? []), f]);
    const classCodes = new Set(counted.flatMap((f) => f.transcript.rollUp.criteria.map((c) => c.code)));
    expect(await page.locator('table.learners tbody tr').count()).toBe(byLearner.size);
    for (const [, files] of byLearner) {
      const name = files[0]!.transcript.learner;
      if (!name) continue;
      const row = page.locator(`table.learners tr[data-learner="${name}"]`);
      const assessments = files.filter((f) => f.transcript.mode === 'assessment');
      const passed = assessments.filter((f) => f.transcript.pass?.passed).length;
      const cells = await row.locator('td').allTextContents();
      const notYetOnPage = (await row.locator('td[data-codes]').nth(1).getAttribute('data-codes'))!;
      expect(cells[0]).toBe(String(files.length));
      expect(cells[1]).toBe(`${passed} of ${assessments.length}`);
      const have = new Set(assessments.flatMap((f) => shown(f.transcript)));
      const notYet = [...classCodes].filter((c) => !have.has(c));
      expect(new Set(notYetOnPage.split(' ').filter(Boolean))).toEqual(new Set(notYet));
      const suggested = await row.locator('.next li').evaluateAll((items) => items.map((li) => li.getAttribute('data-covers')!.split(' ')));
      // The class's own scenarios assess everything not yet shown, so there is always something to suggest, and never more than three.
      if (notYet.length) expect(suggested.length).toBeGreaterThanOrEqual(1);
      expect(suggested.length).toBeLessThanOrEqual(3);
      for (const covers of suggested) for (const c of covers) expect(notYet, name).toContain(c);
    }
    expect(await page.locator('table.learners th[scope="row"]', { hasText: 'Unnamed learner' }).count()).toBe(1);
  });

  it('exports the learners, the criteria and the responses as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Learners and next practice (CSV)' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('class-learners.csv');
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + new Set(counted.map(who)).size);
  });

  it("takes a learner's attempt-history export, each attempt replayed, and sets apart one damaged since export", async () => {
    const history = makeHistory(fx.dir);
    await page.getByLabel('Choose transcript files or an attempt-history export (JSON)').setInputFiles([history.path, history.damaged]);
    await expect.poll(() => page.locator('.load-status').textContent(), { timeout: 30_000 }).toBe('Loaded 3: counted 2, not counted 1.');
    const learners = new Set([...counted.map(who), 'ivy lewis']);
    expect(await page.locator('.summary').textContent()).toBe(`Counted: ${counted.length + 2} attempts by ${learners.size} learners, each verified by replay.`);
    expect(await page.locator('.set-apart li[data-source="rapport-attempts-damaged.json"]').textContent()).toBe(
      'rapport-attempts-damaged.json: it is an attempt-history export that cannot be used: the file has been changed or damaged since it was exported (its checksum does not match).',
    );
    const passed = history.transcripts.filter((t) => t.pass?.passed).length;
    expect(await page.locator('table.learners tr[data-learner="Ivy Lewis"] td').allTextContents()).toEqual(expect.arrayContaining(['2', `${passed} of 2`]));
  });

  it('has no serious accessibility problem, and works in Welsh', async () => {
    // Every scenario's map table open, so axe checks them too.
    await page.locator('details.heat-table').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    expect(await audit(page)).toEqual([]);
    const suggestionsBefore = await page.locator('table.learners .next li').count();
    expect(suggestionsBefore).toBeGreaterThan(0);
    await page.getByLabel('Language').selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Golwg y dosbarth' }).waitFor();
    // What was loaded stays when the page is rebuilt in another language.
    expect(await page.locator('.summary').textContent()).toMatch(/^Wedi'u cyfrif: \d+ o ymdrechion/);
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    await screenshot(page, 'class-view-cy');
    await page.getByLabel('Iaith').selectOption('en-GB');
    await page.getByRole('heading', { level: 1, name: 'Class view' }).waitFor();
    // Next practice is still suggested on the rebuilt page, as it was before the switch.
    expect(await page.locator('table.learners .next li').count()).toBe(suggestionsBefore);
  });

  it('looks right at a laptop, a phone and a projector', async () => {
    for (const [w, h] of [[1366, 768], [390, 844], [1920, 1080]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await screenshot(page, `class-view-${w}x${h}`);
      // Nothing but the heat map's own scroller may be wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    }
    expect(browser.errors).toEqual([]);
  });
});
