/**
 * The debrief's exports in Chromium, after an assessment played to the end:
 * the transcript (canonical JSON, which verifies by replay), the CSV, the xAPI
 * statements, the printed report as a PDF, and the statements sent to an LRS
 * set in the settings: held while it cannot be reached, then sent once.
 */
import { readFileSync } from 'node:fs';
import type { Request, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Transcript } from '../../src/engine/transcript.ts';
import { verify } from '../../src/engine/verify.ts';
import { openBrowser, type Browser } from './browser.ts';
import { pdfText } from './pdfText.ts';
import { bestPathOf, say } from './play.ts';

const { scenario, says } = bestPathOf('bank-queue-disruption');
const LRS = 'https://lrs.example.test/xapi/';
let browser: Browser;
/** Bodies the fake LRS accepted, and how many attempts it refused as unreachable. */
const stored: { ids: string[]; auth: string | undefined }[] = [];
let unreachable = 0;
let online = false;

beforeAll(async () => {
  browser = await openBrowser({ acceptDownloads: true });
  browser.page.setDefaultTimeout(15_000);
  await browser.page.route(`${LRS}statements`, async (route: Route, request: Request) => {
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (!online) {
      unreachable++;
      return route.abort('internetdisconnected');
    }
    stored.push({ ids: (JSON.parse(request.postData() ?? '[]') as { id: string }[]).map((s) => s.id), auth: request.headers().authorization });
    return route.fulfill({ status: 200, headers: cors, contentType: 'application/json', body: '[]' });
  });
});
afterAll(async () => {
  await browser?.close();
});

const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, content-type, x-experience-api-version', 'access-control-allow-methods': 'POST, PUT' };

async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([browser.page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

describe('debrief exports', () => {
  it('refuses an LRS endpoint that is not a web address, and keeps one that is', async () => {
    const { page } = browser;
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Settings' }).click();
    const endpoint = page.getByLabel('xAPI endpoint (https://…)');
    await endpoint.fill('javascript:alert(1)');
    await endpoint.press('Tab');
    await expect.poll(() => page.locator('dialog .lrs [role="alert"]').textContent()).toContain('it was not saved');
    await endpoint.fill(LRS);
    await endpoint.press('Tab');
    await page.getByLabel('Key or user name').fill('rapport-key');
    await page.getByLabel('Key or user name').press('Tab');
    await page.getByLabel('Secret or password').fill('s3cret');
    await page.getByLabel('Secret or password').press('Tab');
    await page.getByRole('button', { name: 'Close' }).click();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('rapport.settings') ?? '{}'));
    expect([saved.lrsEndpoint, saved.lrsUsername, saved.lrsPassword]).toEqual([LRS, 'rapport-key', 's3cret']);
  });

  it('sends the finished assessment to the LRS once it can be reached, and exports JSON, CSV and xAPI', async () => {
    const { page } = browser;
    await page.goto(`${inject('baseUrl')}?scenario=${scenario.id}&mode=assessment`);
    const dialog = page.locator('dialog[open]');
    await dialog.getByLabel('Your name').fill('Sam Okafor');
    await dialog.getByRole('button', { name: 'Start', exact: true }).click();
    await page.locator('.conversation').waitFor();
    await say(page, says);
    await page.getByRole('button', { name: 'See how you did' }).click();
    await page.getByRole('heading', { level: 1, name: /^Debrief:/ }).waitFor();

    // Offline: the statements wait, and say so.
    await expect.poll(() => page.locator('.lrs-status').textContent()).toMatch(/statements are waiting/);
    expect(unreachable).toBeGreaterThan(0);
    expect(stored).toEqual([]);
    online = true;
    await expect.poll(() => page.locator('.lrs-status').textContent(), { timeout: 20_000 }).toBe('The statements are in the Learning Record Store.');

    const json = await download(() => page.getByRole('button', { name: 'Download transcript (JSON)' }).click());
    const transcript = JSON.parse(json.text) as Transcript;
    expect(json.name).toMatch(/^bank-queue-disruption-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
    expect([transcript.learner, transcript.mode]).toEqual(['Sam Okafor', 'assessment']);
    expect(verify(transcript, scenario)).toEqual({ ok: true, turns: says.length });
    // Canonical: keys sorted at every level.
    expect(Object.keys(JSON.parse(json.text))).toEqual(Object.keys(transcript).sort());

    const csv = await download(() => page.getByRole('button', { name: 'Download transcript (CSV)' }).click());
    const rows = csv.text.trimEnd().split('\r\n');
    expect(rows[0]).toBe('turn,node,customer line,gloss,choice taken,criteria met,criteria missed,meters after,time');
    expect(rows).toHaveLength(says.length + 1);

    const xapi = await download(() => page.getByRole('button', { name: 'Download xAPI statements' }).click());
    const statements = JSON.parse(xapi.text) as { id: string; verb: { id: string }; result?: { score?: { scaled: number }; success?: boolean; completion?: boolean } }[];
    expect(statements).toHaveLength(says.length + 1);
    expect(statements.at(-1)).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/passed' }, result: { score: { scaled: 1 }, success: true, completion: true } });
    // Each statement reached the LRS exactly once, with the credentials from the settings.
    const sent = stored.flatMap((s) => s.ids);
    expect(sent.sort()).toEqual(statements.map((s) => s.id).sort());
    expect(stored[0]!.auth).toBe(`Basic ${Buffer.from('rapport-key:s3cret').toString('base64')}`);
    expect(browser.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  });

  it('prints a clean A4 report of the conversation', async () => {
    const { page } = browser;
    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('button', { name: 'Printable report' }).click();
    const { pages } = await pdfText(new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true })));
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Customer service conversation: assessment record');
    expect(text).toContain('Sam Okafor');
    expect(text).toContain(scenario.title);
    expect(text).toContain('100%');
    expect(text).toContain(says[0]!.replace(/\s+/g, ' ').slice(0, 40));
    // Only the report: none of the debrief's buttons.
    expect(text).not.toContain('Try again');
    expect(text).not.toContain('Download transcript');
  });
});
