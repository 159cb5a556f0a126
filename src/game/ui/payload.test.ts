// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
/**
 * A scenario whose every text field holds script and markup is played through
 * the real overlay (picker, conversation on each channel, feedback, ending,
 * debrief) with script evaluation switched on. Nothing may run, no element may
 * come out of the payloads, and each payload must be on the page as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app/app.ts';
import { initI18n } from '../../web/i18n/i18n.ts';
import { loadedApp, memoryStorage, settled } from '../../../test/support/fakes.ts';
import { mountShell } from './shell/shell.ts';
import { StageArea } from './stageArea.ts';

declare global {
  var __pwned: string[];
}

const text = readFileSync(join(import.meta.dirname, '../../../test/fixtures/payload/payload-everywhere.yaml'), 'utf8');
const variant = (channel: string) => text.replace('id: payload-everywhere', `id: payload-${channel}`).replace('channel: face-to-face', `channel: ${channel}`);
const BROKEN = `/scenarios/<img src=x onerror="__pwned.push('file')">.yaml`;
const files = {
  '/scenarios/payload-face-to-face.yaml': variant('face-to-face'),
  '/scenarios/payload-telephone.yaml': variant('telephone'),
  '/scenarios/payload-written.yaml': variant('written'),
  [BROKEN]: `id: [<script>__pwned.push('yaml')</script>`,
};

/** Every quoted value in the fixture: the payloads as the page must show them. */
const payloads = [...text.matchAll(/^\s*(?:- )?(?:[a-z]+: )?(?:\{ [^"]*)?"((?:[^"\\]|\\.)*)"/gm)].map((m) => m[1]!.replace(/\\"/g, '"'));
const payload = (start: string) => {
  const found = payloads.find((p) => p.startsWith(start) || p.includes(start));
  if (!found) throw new Error(`no payload containing ${start}`);
  return found;
};

/** Tags and attributes that could only have come from a payload parsed as HTML. */
function assertInert(root: HTMLElement): void {
  expect(globalThis.__pwned).toEqual([]);
  expect([...root.querySelectorAll('script, img, iframe, style, b, i, u, object, embed, svg svg')].map((e) => e.outerHTML)).toEqual([]);
  for (const node of root.querySelectorAll('*')) {
    const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`);
    expect(attrs.filter((a) => /^on/i.test(a) || /javascript:/i.test(a)), node.outerHTML.slice(0, 200)).toEqual([]);
  }
  expect(root.querySelectorAll('button:not(.choice):not(.card) button, .choice button').length).toBe(0);
}

function assertShown(root: HTMLElement, ...starts: string[]): void {
  const shown = root.textContent ?? '';
  for (const s of starts) expect(shown, s).toContain(payload(s));
}

const click = (root: HTMLElement, selector: string, contains = '') => {
  const target = [...root.querySelectorAll<HTMLElement>(selector)].find((e) => (e.textContent ?? '').includes(contains));
  if (!target) throw new Error(`nothing matches ${selector} containing "${contains}"`);
  target.click();
};

let root: HTMLElement;
let app: App;

beforeAll(async () => {
  globalThis.__pwned = [];
  initI18n('en-GB');
  ({ app } = await loadedApp(memoryStorage(), files));
  root = document.createElement('div');
  document.body.append(root);
  mountShell(root, app, new StageArea());
});

afterEach(() => assertInert(root));

describe('scenario text with script and markup payloads', () => {
  it('can tell when script runs (the detector works)', () => {
    const script = document.createElement('script');
    script.textContent = "__pwned.push('control')";
    document.body.append(script);
    expect(globalThis.__pwned).toEqual(['control']);
    script.remove();
    globalThis.__pwned = [];
  });

  it('names the rejected file literally in a notice', () => {
    const notice = root.querySelector('.notices')!;
    expect(notice.textContent).toContain(`The scenario file ${BROKEN.slice(1)} has problems`);
  });

  it('shows titles, organisation and setting literally on the picker', () => {
    expect(root.querySelectorAll('.card')).toHaveLength(3);
    assertShown(root, "push('title')", "push('organisation')", "push('setting')");
  });

  it.each(['face-to-face', 'telephone', 'written'])('plays the %s variant to the debrief with every field shown as text', async (channel) => {
    click(root, `.card[data-scenario="payload-${channel}"]`);
    // A card opens the practice-or-assessment chooser; practice is preselected.
    click(root, 'dialog.mode-chooser button[type="submit"]');
    await settled();
    expect(app.screen.name).toBe('conversation');
    assertShown(root, "push('title')", "push('role')", "push('say')", "push('gloss')", 'action', "push('name')", "push('meter')", "push('choice')", '<b>poor</b>');
    if (channel === 'written') expect(root.querySelector('.speaker')?.textContent).toBe(`Message from ${payload("push('name')")}`);
    assertInert(root);

    click(root, 'button.choice', "push('choice')");
    assertShown(root, "push('why')", "push('hint')", "push('say2')");
    assertInert(root);

    click(root, 'button.choice', "push('fix')");
    assertShown(root, "push('end')", "push('ending')", '<u>why fixed</u>');
    assertInert(root);

    click(root, '.ending button', '');
    expect(app.screen.name).toBe('debrief');
    assertShown(root, "push('title')", "push('say')", "push('choice')", "push('why')", "push('say2')", "push('fix')", '<u>why fixed</u>', "push('ending')");
    assertInert(root);

    click(root, '.debrief-actions button', 'Play another');
    expect(app.screen.name).toBe('picker');
  });
});
