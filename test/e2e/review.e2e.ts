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

    // Signing off before judging is refused, naming what is left.
    await record.getByLabel("Assessor's name").fill('Priya Shah');
    await record.getByRole('button', { name: 'Sign off' }).click();
    await expect.poll(() => record.locator('.sign-off .problem').textContent()).toContain('Judge every criterion first');

    const criteria = fx.best.transcript.rollUp.criteria;
    const [overridden, ...agreed] = criteria;
    for (const c of agreed) {
      const set = record.locator(`fieldset[data-criterion="${c.code}"]`);
      await set.getByLabel('Agree with the simulator').check();
      await set.getByRole('button', { name: 'Record judgement' }).click();
      await expect.poll(() => set.locator('.judgement-state').textContent()).toBe('You agree with the simulator.');
    }
    const set = record.locator(`fieldset[data-criterion="${overridden!.code}"]`);
    await set.getByLabel('Override').check();
    await set.getByRole('button', { name: 'Record judgement' }).click();
    await expect.poll(() => set.locator('.problem').textContent()).toBe('Give a reason for the override.');
    await set.getByLabel('Status you record').selectOption('not-demonstrated');
    await set.getByLabel('Reason').fill('Explained the offer, but only after the customer asked twice.');
    await set.getByRole('button', { name: 'Record judgement' }).click();
    await expect.poll(() => set.locator('.judgement-state').textContent()).toContain('You record Not demonstrated.');

    await record.getByLabel('Your comment on turn 1').fill('Good calm opening.');
    await turns.first().getByRole('button', { name: 'Add comment' }).click();
    await record.getByLabel('Your comment on the whole conversation').fill('Ready for the next unit.');
    await record.locator('.general-comments').getByRole('button', { name: 'Add comment' }).click();
    await record.getByLabel('Date of sign-off').fill('2026-03-20');
    await record.getByRole('button', { name: 'Sign off' }).click();
    await expect.poll(() => record.locator('.sign-state').textContent()).toBe('Signed off by Priya Shah on 2026-03-20.');
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
    await expect.poll(() => reopened.locator('.sign-state').textContent()).toBe('Signed off by Priya Shah on 2026-03-20.');

    // A change after signing withdraws the signature.
    await reopened.getByLabel('Your comment on the whole conversation').fill('One more thing.');
    await reopened.locator('.general-comments').getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => reopened.locator('.sign-state').textContent()).toContain('Not signed off');
    expect(browser.errors).toEqual([]);
  });

  it('names the first turn where an edited transcript differs, and offers nothing to judge or export', async () => {
    await freshPage();
    await fileInput().setInputFiles(fx.edited.path);
    const record = page.locator('section.record');
    await record.waitFor();
    const finding = (await record.locator('.finding').textContent()) ?? '';
    expect(finding).toContain('Does not verify');
    expect(finding).toContain(`The first difference is at turn ${fx.editedAt.turn + 1}, in ${fx.editedAt.field}.`);
    expect(await record.locator('.difference').textContent()).toMatch(/The file says:\s*true\s*Replaying gives:\s*false/);
    expect(await page.locator('li.file .badge').first().textContent()).toBe('Does not verify');
    expect(await record.locator('li.turn').count()).toBe(fx.edited.transcript.turns.length);
    expect(await record.getByRole('button', { name: 'Sign off' }).count()).toBe(0);
    expect(await record.locator('fieldset.judgement').count()).toBe(0);
    expect(await record.getByRole('button', { name: /Reviewed record|Printable record|xAPI/ }).count()).toBe(0);
    await screenshot(page, 'review-edited');
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
    expect(await practice.locator('fieldset.judgement').count()).toBe(0);
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
    await page.getByLabel('Iaith').selectOption('en-GB');
    await page.getByRole('heading', { level: 1, name: 'Review transcripts' }).waitFor();
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
    expect(lines[0]).toBe('level,code,title,status,demonstrated,not demonstrated,not seen,references,assessor overrides');
    expect(lines).toHaveLength(1 + 33 + 77 + 437);
    expect(lines.find((l) => l.startsWith(`criterion,${first.criterion},`))).toContain(`${fx.best.name} turn 1 (met)`);
    // One unit only: a full-page picture of all 437 rows takes longer than the screenshot timeout on a busy machine.
    await matrix.locator('details.unit[open]').first().screenshot({ path: 'test-results/review-matrix.png', timeout: 30_000 });
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
    expect(text).not.toContain('Record judgement');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(browser.errors).toEqual([]);
  });

  it('passes an axe-core audit with no serious or critical violations', async () => {
    await freshPage();
    await fileInput().setInputFiles([fx.best.path, fx.edited.path]);
    await page.getByRole('button', { name: `Review ${fx.best.name}` }).click();
    await page.locator('section.record fieldset.judgement').first().waitFor();
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
