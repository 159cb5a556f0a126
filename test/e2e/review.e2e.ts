/**
 * The assessor's review page in Chromium: a verified transcript reviewed,
 * signed off and exported; an edited one caught at the turn it was changed;
 * practice and unknown-scenario files named as such; the evidence matrix over
 * three transcripts; the printed record as a PDF; and an axe-core audit.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verify } from '../../src/engine/verify.ts';
import { openBrowser, screenshot, type Browser } from './browser.ts';
import { pdfText } from './pdfText.ts';
import { LEARNER, makeFixtures, type Fixtures } from './reviewFixtures.ts';

let browser: Browser;
let page: Page;
let fx: Fixtures;
const reviewUrl = () => new URL('review.html', inject('baseUrl')).href;

beforeAll(async () => {
  fx = makeFixtures();
  browser = await openBrowser();
  page = browser.page;
  page.setDefaultTimeout(10_000);
});
afterAll(async () => {
  await browser?.close();
  if (fx) rmSync(fx.dir, { recursive: true, force: true });
});

async function freshPage(): Promise<void> {
  await page.goto(reviewUrl());
  await page.getByRole('heading', { level: 1, name: 'Review transcripts' }).waitFor();
}

const fileInput = () => page.getByLabel('Choose transcript files (JSON)');

async function downloadOf(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('review page', () => {
  it('is linked from the picker', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: 'Assessors: review transcripts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review transcripts' }).waitFor();
    expect(page.url()).toMatch(/review\.html$/);
  });

  it('reviews a verified transcript: judgements, comments, sign-off, and a reviewed record that still verifies', async () => {
    await freshPage();
    await fileInput().setInputFiles(fx.best.path);
    const record = page.getByRole('region', { name: `${fx.best.transcript.scenario.title}: ${LEARNER}` });
    await record.waitFor();
    await expect.poll(() => record.locator('.finding').textContent()).toContain(`Verified: replaying the ${fx.best.transcript.turns.length} recorded turns`);

    // Every turn is there with its evidence.
    const turns = record.locator('li.turn');
    expect(await turns.count()).toBe(fx.best.transcript.turns.length);
    expect(await turns.first().textContent()).toContain(fx.best.transcript.turns[0]!.line.text);
    expect(await turns.first().locator('.evidence li').count()).toBe(fx.best.transcript.turns[0]!.evidence.length);

    // Sign-off stays closed until every criterion is judged, and says how far there is to go.
    const criteria = fx.best.transcript.rollUp.criteria;
    const n = criteria.length;
    const progress = record.locator('.judging-progress');
    expect(await progress.textContent()).toBe(`0 of ${n} judged`);
    expect(await record.locator('.sign-closed').textContent()).toBe(`Sign-off opens once every criterion is judged (0 of ${n} so far).`);
    expect(await record.getByRole('button', { name: 'Sign off' }).isDisabled()).toBe(true);

    // Overriding still needs a reason.
    const [overridden, byKey, next] = criteria;
    const row = (code: string) => record.locator(`li.criterion[data-criterion="${code}"]`);
    const set = row(overridden!.code);
    // Compact: a row shows its override fields only when asked.
    expect(await set.getByLabel('Reason').isVisible()).toBe(false);
    await set.getByRole('button', { name: `Override the simulator on ${overridden!.code.toUpperCase()}` }).click();
    await set.getByRole('button', { name: 'Record override' }).click();
    await expect.poll(() => set.locator('.problem').textContent()).toBe('Give a reason for the override.');
    await set.getByLabel('Status you record').selectOption('not-demonstrated');
    await set.getByLabel('Reason').fill('Explained the offer, but only after the customer asked twice.');
    await set.getByRole('button', { name: 'Record override' }).click();
    await expect.poll(() => set.locator('.judgement-state').textContent()).toContain('You record Not demonstrated.');
    expect(await progress.textContent()).toBe(`1 of ${n} judged`);

    // The keyboard: A agrees and moves on; K and J (or the arrows) move between criteria.
    await row(byKey!.code).focus();
    await page.keyboard.press('a');
    await expect.poll(() => row(byKey!.code).locator('.judgement-state').textContent()).toBe('You agree with the simulator.');
    const focused = () => page.evaluate(() => document.activeElement?.closest('li.criterion')?.getAttribute('data-criterion'));
    expect(await focused()).toBe(next!.code);
    await page.keyboard.press('k');
    expect(await focused()).toBe(byKey!.code);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(next!.code);
    await page.keyboard.press('j');
    expect(await focused()).toBe(criteria[3]!.code);
    expect(await progress.textContent()).toBe(`2 of ${n} judged`);
    expect(await record.locator('.judgements .help').textContent()).toContain('Keys: J or ↓ next criterion, K or ↑ previous, A agree, O override.');

    // Everything left, agreed in one press; sign-off opens.
    await record.getByRole('button', { name: 'Agree with all remaining' }).click();
    await expect.poll(() => progress.textContent()).toBe(`${n} of ${n} judged: sign-off is open.`);
    expect(await record.getByRole('button', { name: 'Sign off' }).isDisabled()).toBe(false);
    expect(await record.locator('li.criterion[data-judged="agree"]').count()).toBe(n - 1);
    await record.getByLabel("Assessor's name").fill('Priya Shah');

    await turns.first().locator('.turn-comment summary').click();
    await record.getByLabel('Your comment on turn 1').fill('Good calm opening.');
    await turns.first().getByRole('button', { name: 'Add comment' }).click();
    await record.getByLabel('Your comment on the whole conversation').fill('Ready for the next unit.');
    await record.locator('.general-comments').getByRole('button', { name: 'Add comment' }).click();
    await record.getByLabel('Date of sign-off').fill('2026-03-20');
    await record.getByRole('button', { name: 'Sign off' }).click();
    await expect.poll(() => record.locator('.sign-state').textContent()).toBe('Signed off by Priya Shah on 20 March 2026.');
    await screenshot(page, 'review-signed-off');

    const { name, text } = await downloadOf(() => record.getByRole('button', { name: 'Reviewed record (JSON)' }).click());
    expect(name).toMatch(/^bank-queue-disruption-Sam-Okafor-.*-reviewed\.json$/);
    const saved = JSON.parse(text);
    expect(saved.format).toBe('rapport-reviewed/1');
    // The assessor's judgements sit beside the transcript; the transcript is the learner's, unchanged, and still verifies.
    expect(saved.transcript).toEqual(fx.best.transcript);
    expect(verify(saved.transcript, fx.best.scenario)).toEqual({ ok: true, turns: fx.best.transcript.turns.length });
    expect(saved.review.judgements[overridden!.code]).toEqual({ verdict: 'override', status: 'not-demonstrated', reason: 'Explained the offer, but only after the customer asked twice.' });
    expect(Object.keys(saved.review.judgements)).toHaveLength(criteria.length);
    expect(saved.review.comments).toEqual([{ turn: 0, text: 'Good calm opening.' }, { text: 'Ready for the next unit.' }]);
    expect([saved.review.signedBy, saved.review.signedAt]).toEqual(['Priya Shah', '2026-03-20']);

    // Reopening the reviewed record brings the review back, still verified.
    await fileInput().setInputFiles({ name: 'reopened.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const reopened = page.locator('section.record[data-finding="verified"]');
    await expect.poll(() => reopened.locator('.sign-state').textContent()).toBe('Signed off by Priya Shah on 20 March 2026.');

    // A change after signing withdraws the signature.
    await reopened.getByLabel('Your comment on the whole conversation').fill('One more thing.');
    await reopened.locator('.general-comments').getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => reopened.locator('.sign-state').textContent()).toContain('Not signed off');
    expect(browser.errors).toEqual([]);
  });

  it('says in plain words which turn of an edited transcript changed and how, hides its score and result, and offers nothing to judge or export', async () => {
    await freshPage();
    await fileInput().setInputFiles(fx.edited.path);
    const record = page.locator('section.record');
    await record.waitFor();
    const turn = fx.editedAt.turn;
    const code = fx.edited.transcript.turns[turn]!.evidence.find((e) => e.met)!.criterion.toUpperCase();
    expect(await record.locator('.finding p').first().textContent()).toBe(
      `Does not verify Changed after it was recorded: at turn ${turn + 1}, criterion ${code} is recorded as met, but the response given there does not meet it.`,
    );
    // No data path, and the numbers no one can trust are hidden.
    expect(await record.locator('.finding').textContent()).not.toContain('evidence.');
    const summary = (await record.locator('dl.summary').textContent()) ?? '';
    expect(summary).toContain('Hidden: this transcript does not verify, so its score cannot be trusted.');
    expect(summary).toContain('Hidden: this transcript does not verify, so its result cannot be trusted.');
    expect(summary).not.toMatch(/\d+(\.\d+)?%/);
    expect(await record.locator('.evidence').count()).toBe(0);
    // The raw values stay one click away.
    await record.locator('.difference-values summary').click();
    expect(await record.locator('.difference').textContent()).toMatch(/The file says:\s*true\s*Replaying gives:\s*false/);
    expect(await page.locator('li.file .badge').first().textContent()).toBe('Does not verify');
    expect(await record.locator('li.turn').count()).toBe(fx.edited.transcript.turns.length);
    expect(await record.getByRole('button', { name: 'Sign off' }).count()).toBe(0);
    expect(await record.locator('li.criterion').count()).toBe(0);
    expect(await record.getByRole('button', { name: /Reviewed record|Printable record|xAPI/ }).count()).toBe(0);
    await screenshot(page, 'review-edited');
    expect(browser.errors).toEqual([]);
  });

  it('names a changed score and a response the scenario does not offer', async () => {
    await freshPage();
    const score = structuredClone(fx.worst.transcript);
    score.rollUp.percent = 90;
    const response = structuredClone(fx.best.transcript);
    (response.turns[2]!.action as { choice: number }).choice = 99;
    await fileInput().setInputFiles([
      { name: 'score.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(score)) },
      { name: 'response.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(response)) },
    ]);
    await page.getByRole('button', { name: 'Review score.json' }).click();
    expect(await page.locator('section.record .finding').textContent()).toContain(`the score was changed from ${fx.worst.transcript.rollUp.percent}% to 90%.`);
    await page.getByRole('button', { name: 'Review response.json' }).click();
    expect(await page.locator('section.record .finding').textContent()).toContain('the response recorded at turn 3 is not one the scenario offers there.');
    expect(browser.errors).toEqual([]);
  });

  it('labels practice as practice and says plainly when a scenario is unknown or a file is not a transcript', async () => {
    await freshPage();
    const notes = join(fx.dir, 'notes.json');
    writeFileSync(notes, '{"hello": ');
    const huge = join(fx.dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(6 * 1024 * 1024, 32));
    await fileInput().setInputFiles([fx.practice.path, fx.unknown.path, notes, huge]);
    await expect.poll(() => page.locator('.open-status').textContent()).toBe('Files opened: 3.');
    expect(await page.locator('.open-problems').textContent()).toBe('huge.json was not opened: it is larger than 5 MB, far more than any transcript.');
    const items = page.locator('li.file');
    expect(await items.nth(0).textContent()).toContain('Practice');
    expect(await items.nth(1).textContent()).toContain('Unknown scenario');
    expect(await items.nth(2).textContent()).toContain('Not a transcript');

    await page.getByRole('button', { name: 'Review bank-practice.json' }).click();
    const practice = page.locator('section.record');
    expect(await practice.locator('.practice-note').textContent()).toContain('not an assessment record');
    expect(await practice.locator('li.criterion').count()).toBe(0);
    expect(await practice.getByRole('button', { name: /Reviewed record|xAPI|Sign off/ }).count()).toBe(0);
    // Printed, it is titled a practice record.
    await page.evaluate(() => (window.print = () => {}));
    await practice.getByRole('button', { name: 'Printable record' }).click();
    expect(await page.locator('.print-report h1').textContent()).toBe('Customer service conversation: practice record');

    await page.getByRole('button', { name: 'Review unknown-scenario.json' }).click();
    expect(await page.locator('section.record .finding').textContent()).toContain('This transcript is for the scenario "closed-branch-2019", which this build of Rapport does not include');
    await page.getByRole('button', { name: 'Review notes.json' }).click();
    expect(await page.locator('section.record .finding').textContent()).toContain('This file is not JSON');
    // Nothing opened before was lost.
    expect(await items.count()).toBe(3);
    expect(browser.errors).toEqual([]);
  });

  it('switches to Welsh without losing what is open', async () => {
    await freshPage();
    await fileInput().setInputFiles([fx.best.path, fx.edited.path]);
    await page.getByLabel('Language').selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Adolygu trawsgrifiadau' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cy');
    // Files still being read when the language changed are listed once they are read.
    await expect.poll(() => page.locator('li.file').count()).toBe(2);
    expect(await page.locator('li.file .badge').allTextContents()).toEqual(['Wedi\'i wirio', 'Asesiad', "Nid yw'n gwirio", 'Asesiad']);
    await page.getByRole('button', { name: `Adolygu ${fx.best.name}` }).click();
    expect(await page.locator('section.record .finding').textContent()).toContain('Wedi\'i wirio: mae ailchwarae');
    // Dates in the interface language's own format.
    expect(await page.locator('section.record dl.summary').textContent()).toContain('9 Mawrth 2026');
    expect(await page.locator('section.record .judging-progress').textContent()).toBe(`0 o ${fx.best.transcript.rollUp.criteria.length} wedi'u barnu`);
    await page.getByLabel('Iaith').selectOption('en-GB');
    await page.getByRole('heading', { level: 1, name: 'Review transcripts' }).waitFor();
    expect(browser.errors).toEqual([]);
  });

  it("shows the learner's access arrangement with the record", async () => {
    await freshPage();
    // Played with the arrangement, as a learner's Settings would ask: an arrangement edited in afterwards does not verify.
    expect(fx.extended.transcript.access).toEqual({ timers: 'extended', factor: 5 });
    expect(fx.timersOff.transcript.access).toEqual({ timers: 'off' });
    await fileInput().setInputFiles([fx.extended.path, fx.timersOff.path, fx.worst.path]);
    const accessRow = () => page.locator('section.record dl.summary dt', { hasText: 'Access arrangement' }).locator('xpath=following-sibling::dd[1]').textContent();
    await page.getByRole('button', { name: 'Review extended.json' }).click();
    expect(await accessRow()).toBe("Timers extended ×5 at the learner's request");
    // Printed too.
    await page.evaluate(() => (window.print = () => {}));
    await page.locator('section.record').getByRole('button', { name: 'Printable record' }).click();
    expect(await page.locator('.print-report').textContent()).toContain("Timers extended ×5 at the learner's request");
    await page.getByRole('button', { name: 'Review off.json' }).click();
    expect(await accessRow()).toBe('Timers turned off');
    await page.getByRole('button', { name: `Review ${fx.worst.name}` }).click();
    expect(await accessRow()).toBe('None: standard timers');
    // The evidence matrix names it with the attempt.
    expect(await page.locator('.attempt-list li').first().textContent()).toMatch(/^1\. extended\.json: .*\(Timers extended ×5 at the learner's request\)$/);
    expect(browser.errors).toEqual([]);
  });

  it('opens files dropped on the page', async () => {
    await freshPage();
    const text = readFileSync(fx.third.path, 'utf8');
    await page.evaluate(
      ({ text, name }) => {
        const data = new DataTransfer();
        data.items.add(new File([text], name, { type: 'application/json' }));
        document.querySelector('.drop-zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { text, name: fx.third.name },
    );
    await expect.poll(() => page.locator('section.record .finding').textContent()).toContain('Verified');
    expect(browser.errors).toEqual([]);
  });

  it('builds the evidence matrix over three transcripts of one learner, with links to the turns and a CSV', async () => {
    await freshPage();
    await fileInput().setInputFiles([fx.best.path, fx.worst.path, fx.third.path, fx.practice.path]);
    const matrix = page.getByRole('region', { name: 'Evidence matrix' });
    await expect.poll(() => matrix.locator('.sources').textContent()).toBe(`Evidence from 3 transcripts: ${fx.best.name}, ${fx.worst.name}, ${fx.third.name}`);
    expect(await matrix.locator('.excluded').textContent()).toContain('bank-practice.json is practice, so it is not evidence.');
    // Every criterion of A10 to C8 has a row.
    expect(await matrix.locator('tr[data-criterion]').count()).toBe(437);

    // What the transcripts say, criterion by criterion, is what the matrix shows.
    const all = [fx.best, fx.worst, fx.third];
    const statuses = new Map<string, Set<string>>();
    for (const f of all) for (const c of f.transcript.rollUp.criteria) statuses.set(c.code, (statuses.get(c.code) ?? new Set()).add(c.status));
    const expected = (code: string) => (statuses.get(code)?.has('demonstrated') ? 'demonstrated' : statuses.get(code)?.has('not-demonstrated') ? 'not-demonstrated' : 'not-seen');
    const shown = await matrix.locator('tr[data-criterion]').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-criterion'), r.getAttribute('data-status')]));
    for (const [code, status] of shown) expect(status, code!).toBe(expected(code!));
    expect(shown.filter(([, s]) => s === 'demonstrated').length).toBeGreaterThan(5);
    expect(shown.filter(([, s]) => s === 'not-seen').length).toBeGreaterThan(300);

    // A grid: one column per attempt, each cell the criterion's status in that attempt.
    expect(await matrix.locator('details.unit').first().locator('thead th.attempt').allTextContents()).toEqual(['1', '2', '3']);
    const firstBest = fx.best.transcript.rollUp.criteria[0]!;
    const cells = await matrix.locator(`tr[data-criterion="${firstBest.code}"] td.cell`).evaluateAll((tds) => tds.map((td) => td.getAttribute('data-cell')));
    expect(cells).toEqual(all.map((f) => f.transcript.rollUp.criteria.find((c) => c.code === firstBest.code)?.status ?? 'not-assessed'));

    // Each element says what is true of it: never "not demonstrated" for what was only not yet seen.
    const elements = await matrix.locator('tbody[data-element]').evaluateAll((bodies) =>
      bodies.map((b) => ({ status: b.getAttribute('data-status'), text: b.querySelector('.group-status')?.textContent ?? '', rows: [...b.querySelectorAll('tr[data-criterion]')].map((r) => r.getAttribute('data-status')) })),
    );
    for (const e of elements) {
      const n = (s: string) => e.rows.filter((r) => r === s).length;
      if (n('demonstrated') === e.rows.length) expect(e.text).toBe('demonstrated');
      else if (n('not-demonstrated') > 0) expect(e.text).toBe(`a gap: ${n('not-demonstrated')} not demonstrated`);
      else if (n('demonstrated') > 0) expect(e.text).toBe(`in progress: ${n('demonstrated')} of ${e.rows.length} seen`);
      else expect(e.text).toBe('not yet seen');
    }
    expect(new Set(elements.map((e) => e.status))).toEqual(new Set(['demonstrated', 'gap', 'in-progress', 'not-seen']));
    expect(await matrix.textContent()).not.toContain('Not demonstrated:');

    // A link goes to the turn that shows the criterion.
    const first = fx.best.transcript.turns[0]!.evidence[0]!;
    const link = matrix.locator(`tr[data-criterion="${first.criterion}"]`).getByRole('link', { name: `${fx.best.name}, turn 1 (met)` });
    await link.click();
    const turn = page.locator('section.record li.turn').first();
    await expect.poll(() => turn.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await turn.textContent()).toContain(fx.best.transcript.turns[0]!.line.text);

    const { name, text } = await downloadOf(() => matrix.getByRole('button', { name: 'Evidence matrix (CSV)' }).click());
    expect(name).toBe('evidence-matrix-Sam-Okafor.csv');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(`level,code,title,status,demonstrated,not demonstrated,not seen,${fx.best.name},${fx.worst.name},${fx.third.name},references,assessor overrides`);
    expect(lines).toHaveLength(1 + 33 + 77 + 437);
    expect(lines.find((l) => l.startsWith(`criterion,${first.criterion},`))).toContain(`${fx.best.name} turn 1 (met)`);
    // One unit only: a full-page picture of all 437 rows takes longer than the screenshot timeout on a busy machine.
    await matrix.locator('details.unit[open]').first().screenshot({ path: 'test-results/review-matrix.png', timeout: 30_000 });
    for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await matrix.locator('details.unit[open]').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/review-matrix-${width}x${height}.png`, timeout: 30_000 });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(browser.errors).toEqual([]);
  });

  it('keeps the progress count, "agree with all remaining" and the first criteria in view beside the turns at 1366x768 and 1920x1080', async () => {
    await freshPage();
    await fileInput().setInputFiles([fx.best.path, fx.third.path]);
    await page.getByRole('button', { name: `Review ${fx.best.name}` }).click();
    const record = page.locator('section.record');
    await record.locator('li.criterion').first().waitFor();
    try {
      for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
        await page.setViewportSize({ width, height });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `test-results/review-top-${width}x${height}.png` });
        await record.locator('.workspace').scrollIntoViewIfNeeded();
        await page.evaluate(() => document.querySelector('.workspace')!.scrollIntoView({ block: 'start' }));
        const inView = async (selector: string) => {
          const box = await record.locator(selector).first().boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= height && box.x + box.width <= width;
        };
        expect(await inView('.judging-progress'), `${width}x${height}`).toBe(true);
        expect(await inView('button.agree-all'), `${width}x${height}`).toBe(true);
        expect(await inView('li.criterion'), `${width}x${height}`).toBe(true);
        expect(await inView('li.turn'), `${width}x${height}`).toBe(true);
        // The turns and the criteria sit side by side.
        const turns = await record.locator('section.conversation').boundingBox();
        const panel = await record.locator('.criteria-column').boundingBox();
        expect(panel!.x).toBeGreaterThan(turns!.x + turns!.width - 1);
        await page.screenshot({ path: `test-results/review-judging-${width}x${height}.png` });
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    expect(browser.errors).toEqual([]);
  });

  it('prints the record to an A4 PDF with learner, scenario, date, score, criteria and the whole dialogue', async () => {
    await freshPage();
    await fileInput().setInputFiles(fx.best.path);
    const record = page.locator('section.record');
    await record.waitFor();
    // Chromium's print dialogue cannot be driven headless; the report is printed with page.pdf() instead.
    await page.evaluate(() => (window.print = () => {}));
    await record.getByRole('button', { name: 'Printable record' }).click();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const { pages } = await pdfText(new Uint8Array(pdf));
    const text = pages.join('\n').replace(/\s+/g, ' ');
    const t = fx.best.transcript;
    expect(text).toContain('Customer service conversation: assessment record');
    expect(text).toContain(LEARNER);
    expect(text).toContain(t.scenario.title);
    expect(text).toContain('9 March 2026');
    expect(text).toContain(`${t.rollUp.percent}% (${t.rollUp.met} of ${t.rollUp.total} weighted evidence met)`);
    expect(text).toContain('Verified by replay');
    expect(text).toContain('Performance criteria');
    for (const c of t.rollUp.criteria) expect(text).toContain(c.code);
    for (const turn of t.turns) expect(text).toContain(turn.line.text.replace(/\s+/g, ' ').slice(0, 40));
    // Nothing of the page around it: no buttons, no file list.
    expect(text).not.toContain('Choose transcript files');
    expect(text).not.toContain('Agree with all remaining');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(browser.errors).toEqual([]);
  });

  it('passes an axe-core audit with no serious or critical violations', async () => {
    await freshPage();
    await fileInput().setInputFiles([fx.best.path, fx.edited.path]);
    await page.getByRole('button', { name: `Review ${fx.best.name}` }).click();
    await page.locator('section.record li.criterion').first().waitFor();
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    // The edited transcript's view too.
    await page.getByRole('button', { name: `Review ${fx.edited.name}` }).click();
    const again = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(again.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
