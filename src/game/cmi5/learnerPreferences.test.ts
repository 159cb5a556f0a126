// @vitest-environment happy-dom
/**
 * cmi5 §11 on the page: the learner's preferred language and sound setting
 * take effect at launch (the words of the shell and the mixer follow), for
 * this launch only: the settings kept in the browser are left as they were.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../app/app.ts';
import { Mixer } from '../audio/mixer.ts';
import { openStore } from '../../web/storage.ts';
import { currentLanguage, initI18n } from '../../web/i18n/i18n.ts';
import { FakeBackend, memoryStorage, silentSpeaker } from '../../../test/support/fakes.ts';
import { mountShell } from '../ui/shell/shell.ts';
import { StageArea } from '../ui/stageArea.ts';
import { applyLearnerPreferences, settingsFromPreferences } from './learnerPreferences.ts';

beforeAll(() => initI18n('en-GB'));

describe('learner preferences from the LMS', () => {
  it('become a change of language and sound', () => {
    expect(settingsFromPreferences({ languages: ['fr-FR', 'cy-GB'], audio: 'off' })).toEqual({ language: 'cy', muted: true, speak: false });
    expect(settingsFromPreferences({ languages: ['en-US'], audio: 'on' })).toEqual({ language: 'en-GB', muted: false });
    expect(settingsFromPreferences({ languages: ['de-DE'] })).toEqual({});
  });

  it('apply to the page at once and are not saved as the browser settings', () => {
    const storage = memoryStorage();
    const backend = new FakeBackend();
    const app = new App(openStore(storage), new Mixer(backend), silentSpeaker());
    const root = document.createElement('div');
    document.body.append(root);
    mountShell(root, app, new StageArea());
    const saved = storage.data.get('rapport.settings') ?? null;

    applyLearnerPreferences(app, { languages: ['cy'], audio: 'off' });
    expect(app.settings).toMatchObject({ language: 'cy', muted: true });
    expect(currentLanguage()).toBe('cy');
    expect(document.documentElement.lang).toBe('cy');
    expect(root.querySelector('#header-mute')?.getAttribute('aria-pressed')).toBe('true');
    expect(backend.muted).toBe(true);
    expect(storage.data.get('rapport.settings') ?? null).toBe(saved);


    // A saved change later (the learner's name as play starts) does not carry the launch's preferences into storage.
    app.updateSettings({ learner: 'Elin Jones' });
    expect(JSON.parse(storage.data.get('rapport.settings')!)).toMatchObject({ learner: 'Elin Jones', language: 'en-GB', muted: false });
    expect(app.settings).toMatchObject({ learner: 'Elin Jones', language: 'cy', muted: true });

    applyLearnerPreferences(app, { languages: ['en-US'], audio: 'on' });
    expect(app.settings).toMatchObject({ language: 'en-GB', muted: false });
    expect(currentLanguage()).toBe('en-GB');
  });
});
