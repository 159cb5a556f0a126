// @vitest-environment happy-dom
/**
 * Switching language from the header redraws everything in the new language:
 * the header, the skip link, the settings dialog and the screen, and the
 * keyboard user stays on the switcher they just used.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app/app.ts';
import { languages } from '../../../web/i18n/languages.ts';
import { initI18n } from '../../../web/i18n/i18n.ts';
import { App as AppClass } from '../../app/app.ts';
import { loadLibrary } from '../../app/library.ts';
import { openStore } from '../../../web/storage.ts';
import { Mixer } from '../../audio/mixer.ts';
import { allCueUrls, FakeBackend, loadedApp, memorySource, memoryStorage, settled, silentSpeaker } from '../../../../test/support/fakes.ts';
import { fixtureText } from '../../../../test/support/scenarios.ts';
import { mountShell } from './shell.ts';
import { StageArea } from '../stageArea.ts';

const en = languages['en-GB'].strings;
const cy = languages.cy.strings;
const tiny = fixtureText('tiny-counter.yaml');
let app: App;
let root: HTMLElement;

beforeAll(async () => {
  initI18n('en-GB');
  ({ app } = await loadedApp(memoryStorage(), { '/scenarios/tiny-counter.yaml': tiny }));
  root = document.createElement('div');
  document.body.append(root);
  mountShell(root, app, new StageArea());
});

const texts = () => ({
  skip: root.querySelector('.skip-link')?.textContent,
  tagline: root.querySelector('.brand-tag')?.textContent,
  settings: root.querySelector('#header-settings')?.textContent,
  mute: root.querySelector('#header-mute')?.textContent,
  dialogTitle: root.querySelector('dialog h2')?.textContent,
  dialogClose: root.querySelector('dialog .dialog-actions button')?.textContent,
  heading: root.querySelector('main h1')?.textContent,
});

describe('the language switcher in the header', () => {
  it('starts in English', () => {
    expect(texts()).toEqual({
      skip: en.header.skip,
      tagline: en.header.tagline,
      settings: en.header.settings,
      mute: en.header.mute,
      dialogTitle: en.settings.title,
      dialogClose: en.settings.close,
      heading: en.picker.title,
    });
  });

  it('redraws the header, skip link, settings dialog and screen in Welsh, keeping focus on the switcher', () => {
    const select = root.querySelector<HTMLSelectElement>('#header-language')!;
    select.focus();
    select.value = 'cy';
    select.dispatchEvent(new Event('change'));
    expect(texts()).toEqual({
      skip: cy.header.skip,
      tagline: cy.header.tagline,
      settings: cy.header.settings,
      mute: cy.header.mute,
      dialogTitle: cy.settings.title,
      dialogClose: cy.settings.close,
      heading: cy.picker.title,
    });
    expect(document.documentElement.lang).toBe('cy');
    // The standards' unit titles stay English in the Welsh picker, and say so to a screen reader.
    const units = [...root.querySelectorAll<HTMLSelectElement>('.filters select')].at(-1)!;
    expect([...units.options].slice(1).map((o) => [o.text, o.lang])).toEqual([
      ['A10 Deal with customers face to face', 'en-GB'],
      ['C4 Deliver customer service to difficult customers', 'en-GB'],
    ]);
    expect(units.options[0]!.lang).toBe('');
    expect(document.activeElement?.id).toBe('header-language');
    expect(app.settings.language).toBe('cy');
  });

  it('keeps focus on the mute button after muting from the keyboard', () => {
    const mute = root.querySelector<HTMLButtonElement>('#header-mute')!;
    mute.focus();
    mute.click();
    expect(app.settings.muted).toBe(true);
    expect(document.activeElement?.id).toBe('header-mute');
    expect(document.activeElement?.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the loading screen', () => {
  it('shows a visible progress bar that follows what is loading, then the picker', async () => {
    const loading = new AppClass(openStore(memoryStorage()), new Mixer(new FakeBackend()), silentSpeaker());
    const host = document.createElement('div');
    document.body.append(host);
    mountShell(host, loading, new StageArea());
    const bar = host.querySelector<HTMLProgressElement>('main progress')!;
    expect(bar.className).toBe('loading-bar');
    expect(bar.classList.contains('visually-hidden')).toBe(false);
    expect(bar.getAttribute('aria-labelledby')).toBe('loading-title');

    const seen: [number, number][] = [];
    loading.on('loading', () => seen.push([bar.value, bar.max]));
    await loading.load(allCueUrls(), memorySource(loadLibrary({ '/scenarios/tiny-counter.yaml': tiny })));
    const total = allCueUrls().size;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.map(([v]) => v)).toEqual([...seen.map(([v]) => v)].sort((a, b) => a - b));
    expect(seen.length).toBeGreaterThan(2);
    expect(host.querySelector('main h1')?.textContent).toBe(en.picker.title);
    host.remove();
  });
});

describe('while a scenario is being fetched', () => {
  it('says which one is opening and marks the page busy, in the learner\'s language, until it starts', async () => {
    initI18n('en-GB');
    const source = memorySource(loadLibrary({ '/scenarios/tiny-counter.yaml': tiny }));
    const { app: fetching } = await loadedApp(memoryStorage(), source);
    const host = document.createElement('div');
    document.body.append(host);
    mountShell(host, fetching, new StageArea());
    const status = host.querySelector<HTMLElement>('.opening-status')!;
    const main = host.querySelector('main')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');

    source.held.add('scenarios/tiny-counter.yaml');
    host.querySelector<HTMLButtonElement>('button.card')!.click();
    await Promise.resolve();
    host.querySelector<HTMLButtonElement>('dialog.mode-chooser button[type="submit"]')!.click();
    await settled();
    expect(status.textContent).toBe('Opening “A short counter conversation”…');
    expect(main.getAttribute('aria-busy')).toBe('true');
    fetching.updateSettings({ language: 'cy' });
    expect(status.textContent).toBe('Wrthi\'n agor “A short counter conversation”…');

    source.release('scenarios/tiny-counter.yaml');
    await settled();
    expect(fetching.screen.name).toBe('conversation');
    expect(status.textContent).toBe('');
    expect(main.hasAttribute('aria-busy')).toBe(false);
    fetching.updateSettings({ language: 'en-GB' });
    host.remove();
  });
});
