// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { currentLanguage, initI18n } from './i18n/i18n.ts';
import { pageHeader } from './pageHeader.ts';
import { defaultSettings, parseSettings } from './settings.ts';
import { openStore } from './storage.ts';

describe('pageHeader', () => {
  it('keeps the way back, the title and a language menu that writes the shared settings and rebuilds the page', () => {
    initI18n('en-GB');
    const store = openStore(localStorage);
    store.write('settings', { ...defaultSettings, learner: 'Sam', lrsEndpoint: 'https://lrs.example/xapi/' });
    const settings = parseSettings(store.read('settings'));
    const rebuilt: string[] = [];
    const header = pageHeader({ skip: 'Skip', back: 'Back', title: 'Class view', lede: 'Lede' }, settings, store, (l) => rebuilt.push(l));
    document.body.replaceChildren(header);
    expect(header.querySelector('h1')?.textContent).toBe('Class view');
    expect(header.querySelector<HTMLAnchorElement>('.app-header nav a')?.getAttribute('href')).toBe('./');
    // The same dark bar as the simulator and the review page.
    expect(header.querySelector('.app-header .brand-name')?.textContent).toBe('Rapport');
    const select = header.querySelector('select')!;
    select.value = 'cy';
    select.dispatchEvent(new Event('change'));
    expect(rebuilt).toEqual(['cy']);
    expect(currentLanguage()).toBe('cy');
    // The other settings are the simulator's and stay as they were.
    expect(parseSettings(store.read('settings'))).toMatchObject({ language: 'cy', learner: 'Sam', lrsEndpoint: 'https://lrs.example/xapi/' });
  });
});
