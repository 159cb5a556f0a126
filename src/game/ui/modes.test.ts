// @vitest-environment happy-dom
/**
 * Practice and assessment through the real overlay: chosen before play, and
 * held whatever the way in (button, keyboard shortcut, a save resumed from
 * storage, the page's URL). And the debrief's pass or "not yet", with why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../app/app.ts';
import { loadLibrary } from '../app/library.ts';
import { hintFor, localDate } from '../app/modeRules.ts';
import { openStore } from '../../web/storage.ts';
import { Mixer } from '../audio/mixer.ts';
import { initI18n } from '../../web/i18n/i18n.ts';
import { allCueUrls, FakeBackend, memorySource, memoryStorage, settled, silentSpeaker } from '../../../test/support/fakes.ts';
import { mountShell } from './shell/shell.ts';
import { StageArea } from './stageArea.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../test/fixtures', name), 'utf8');
const files = { '/scenarios/critical-counter.yaml': fixture('critical-counter.yaml') };

beforeAll(() => initI18n('en-GB'));
afterEach(() => document.body.replaceChildren());

async function mounted(storage = memoryStorage(), requested?: App['requested']) {
  const root = document.createElement('div');
  document.body.append(root);
  const app = new App(openStore(storage), new Mixer(new FakeBackend()), silentSpeaker());
  // `requested` is read when loading ends, so it is set before the load (as createApp does).
  if (requested) app.requested = requested;
  await app.load(allCueUrls(), memorySource(loadLibrary(files)));
  mountShell(root, app, new StageArea());
  await Promise.resolve();
  return { app, root, storage };
}

const q = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T & HTMLElement>(selector);
const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const option = (root: HTMLElement, start: string) => {
  const b = [...root.querySelectorAll<HTMLButtonElement>('button.choice')].find((x) => x.textContent?.includes(start));
  if (!b) throw new Error(`no option "${start}"`);
  return b;
};
const play = (app: App) => {
  if (app.screen.name !== 'conversation' && app.screen.name !== 'debrief') throw new Error(`on ${app.screen.name}`);
  return app.screen.play;
};

async function startFromPicker(root: HTMLElement, mode: 'practice' | 'assessment', name = '', date = localDate(new Date())) {
  q(root, '.card')!.click();
  await Promise.resolve();
  const dialog = q<HTMLDialogElement>(root, 'dialog.mode-chooser')!;
  expect(dialog).not.toBeNull();
  q<HTMLInputElement>(dialog, `input[value="${mode}"]`)!.click();
  q<HTMLInputElement>(dialog, 'input[type="text"]')!.value = name;
  q<HTMLInputElement>(dialog, 'input[type="date"]')!.value = date;
  q(dialog, 'button[type="submit"]')!.click();
  await settled();
  return dialog;
}

describe('choosing the mode before play', () => {
  it('opens a chooser from the picker; practice is the default and starts at once', async () => {
    const { app, root } = await mounted();
    await startFromPicker(root, 'practice');
    expect(app.screen.name).toBe('conversation');
    expect(play(app).mode).toBe('practice');
  });

  it('refuses an assessment without the name or with another day\'s date, and says why', async () => {
    const { app, root } = await mounted();
    let dialog = await startFromPicker(root, 'assessment', '   ');
    expect(app.screen.name).toBe('picker');
    expect(q(dialog, '[role="alert"]')!.textContent).toBe('An assessment needs your name before it starts.');
    q(dialog, 'button[type="submit"]')!.click();
    app.backToPicker();
    await Promise.resolve();
    dialog = await startFromPicker(root, 'assessment', 'Dana Reid', '2001-01-01');
    expect(app.screen.name).toBe('picker');
    expect(q(dialog, '[role="alert"]')!.textContent).toMatch(/must be today's date/);
    // And the app itself refuses, whatever calls it.
    expect(await app.startScenario(app.library.entries[0]!, { mode: 'assessment', learner: '' })).toBe(false);
    expect(await app.startScenario(app.library.entries[0]!, { mode: 'assessment', learner: 'Dana', date: '2001-01-01' })).toBe(false);
    expect(app.notices.find((n) => n.id === 'start')?.key).toBe('mode.dateNotToday');
    expect(app.screen.name).toBe('picker');
  });

  it('starts a named, dated assessment that records the mode and the learner', async () => {
    const { app, root } = await mounted();
    await startFromPicker(root, 'assessment', 'Dana Reid');
    expect(app.screen.name).toBe('conversation');
    const t = play(app).transcript();
    expect([t.mode, t.learner]).toEqual(['assessment', 'Dana Reid']);
    expect(q(root, '.mode-strip')!.textContent).toBe('Assessment: Dana Reid');
  });
});

describe('assessment mode', () => {
  it('shows no feedback, meters, hint or step back, and ignores H and U', async () => {
    const { app, root } = await mounted();
    app.updateSettings({ showMeters: true, feedback: 'immediate' });
    await startFromPicker(root, 'assessment', 'Dana Reid');
    option(root, 'Sorry to keep you').click();
    expect(play(app).turns).toHaveLength(1);
    expect(q(root, '.meters')).toBeNull();
    expect(q(root, '.feedback-panel')).toBeNull();
    expect(q(root, '[data-tool]')).toBeNull();
    press('u');
    press('U');
    press('h');
    expect(play(app).turns).toHaveLength(1);
    expect(q(root, '.hint')).toBeNull();
    expect(app.notices.find((n) => n.id === 'mode')?.key).toBe('mode.noHints');
    expect(app.stepBack()).toBe(false);
    expect(app.hint()).toBeUndefined();
    // Beneath the app, the engine refuses too.
    expect(() => play(app).stepBack(1)).toThrow(/not allowed in an assessment/);
    expect(play(app).turns).toHaveLength(1);
  });

  it('starts straight into practice from a link that names the scenario and practice; an assessment link opens the chooser', async () => {
    const practice = await mounted(memoryStorage(), { scenario: 'critical-counter', mode: 'practice' });
    expect(practice.app.screen.name).toBe('conversation');
    expect(play(practice.app).mode).toBe('practice');
    document.body.replaceChildren();
    const assessment = await mounted(memoryStorage(), { scenario: 'critical-counter', mode: 'assessment' });
    expect(assessment.app.screen.name).toBe('picker');
    expect(q(assessment.root, 'dialog.mode-chooser')).not.toBeNull();
  });

  it('keeps its mode when resumed from storage, even if the URL asks for practice', async () => {
    const storage = memoryStorage();
    const first = await mounted(storage);
    await startFromPicker(first.root, 'assessment', 'Dana Reid');
    option(first.root, 'Sorry to keep you').click();
    document.body.replaceChildren();

    const second = await mounted(storage, { scenario: 'critical-counter', mode: 'practice' });
    expect(second.app.screen.name).toBe('conversation');
    expect(play(second.app).mode).toBe('assessment');
    expect(play(second.app).turns).toHaveLength(1);
    expect(second.app.notices.map((n) => n.key)).toContain('mode.urlIgnored');
    press('u');
    expect(play(second.app).turns).toHaveLength(1);
    expect(q(second.root, '.feedback-panel')).toBeNull();
  });

  it('refuses a save whose recorded mode was edited, rather than resuming it as another kind of record', async () => {
    const storage = memoryStorage();
    const first = await mounted(storage);
    await startFromPicker(first.root, 'assessment', 'Dana Reid');
    const saved = JSON.parse(storage.data.get('rapport.play')!);
    expect(saved.mode).toBe('assessment');
    storage.data.set('rapport.play', JSON.stringify({ ...saved, mode: 'practice' }));
    document.body.replaceChildren();
    const second = await mounted(storage);
    expect(second.app.screen.name).toBe('picker');
    expect(second.app.notices.map((n) => n.id)).toContain('resume');
  });

  it('is one attempt: "start another attempt" goes back to the named, dated start', async () => {
    const { app, root } = await mounted();
    await startFromPicker(root, 'assessment', 'Dana Reid');
    option(root, 'Sorry to keep you').click();
    option(root, 'Let me put that right').click();
    q(root, '.ending button')!.click();
    expect(app.screen.name).toBe('debrief');
    expect(q(root, '.record-kind')!.textContent).toMatch(/^Assessment attempt by Dana Reid/);
    const again = [...root.querySelectorAll<HTMLButtonElement>('.debrief-actions button')].find((b) => b.textContent === 'Start another attempt')!;
    again.click();
    await Promise.resolve();
    expect(app.screen).toMatchObject({ name: 'picker', choose: { mode: 'assessment' } });
    expect(q<HTMLInputElement>(root, 'dialog.mode-chooser input[value="assessment"]')!.checked).toBe(true);
  });

  it('is not offered again once a course has its one attempt: "try again" practises, the chooser has practice only, and the app refuses one', async () => {
    const { app, root } = await mounted();
    await startFromPicker(root, 'assessment', 'Dana Reid');
    option(root, 'Sorry to keep you').click();
    option(root, 'Let me put that right').click();
    // As a cmi5 launch does once the attempt is reported (src/game/cmi5Attach.ts).
    app.practiceOnly = true;
    q(root, '.ending button')!.click();
    const actions = [...root.querySelectorAll<HTMLButtonElement>('.debrief-actions button')];
    expect(actions.map((b) => b.textContent)).not.toContain('Start another attempt');
    actions.find((b) => b.textContent === 'Try again')!.click();
    await settled();
    expect(app.screen.name).toBe('conversation');
    expect(play(app).mode).toBe('practice');

    app.backToPicker();
    await Promise.resolve();
    q(root, '.card')!.click();
    await Promise.resolve();
    expect(q(root, 'dialog.mode-chooser input[value="assessment"]')).toBeNull();
    expect(q<HTMLInputElement>(root, 'dialog.mode-chooser input[value="practice"]')!.checked).toBe(true);
    expect(await app.startScenario(app.library.entries[0]!, { mode: 'assessment', learner: 'Dana Reid', date: localDate(new Date()) })).toBe(false);
    expect(app.notices.map((n) => n.key)).toContain('mode.practiceOnly');
  });
});

describe('practice mode', () => {
  it('gives feedback and meters, a hint that names the criteria but not the answer, and takes back by button or U', async () => {
    const { app, root } = await mounted();
    app.updateSettings({ showMeters: true, feedback: 'immediate' });
    await startFromPicker(root, 'practice');
    q(root, '[data-tool="hint"]')!.click();
    const hint = q(root, '.hint')!.textContent!;
    expect(hint).toContain('First impressions.');
    expect(hint).toContain('a10.1.2');
    for (const o of play(app).view().options) expect(hint).not.toContain(o.text);
    expect(hint).not.toMatch(/Acknowledges the wait|Does not greet/);

    option(root, 'Sorry to keep you').click();
    expect(q(root, '.feedback-panel')).not.toBeNull();
    expect(q(root, '.meters')).not.toBeNull();
    // The hint was for the turn before.
    expect(q(root, '.hint')).toBeNull();
    press('u');
    expect(play(app).turns).toHaveLength(0);
    expect(play(app).view().nodeId).toBe('greet');
    option(root, 'Yes?').click();
    q(root, '[data-tool="step-back"]')!.click();
    expect(play(app).turns).toHaveLength(0);
  });

  it('hides meters and feedback when the learner prefers', async () => {
    const { app, root } = await mounted();
    app.updateSettings({ showMeters: false, feedback: 'end' });
    await startFromPicker(root, 'practice');
    option(root, 'Sorry to keep you').click();
    expect(q(root, '.meters')).toBeNull();
    expect(q(root, '.feedback-panel')).toBeNull();
  });

  it('hint draws only on criteria of the options on offer and the node notes', async () => {
    const { app } = await mounted();
    await app.startScenario(app.library.entries[0]!);
    const h = hintFor(play(app).scenario, play(app).view());
    expect(h).toEqual({ notes: 'First impressions.', criteria: [{ code: 'a10.1.2', text: expect.any(String) }] });
  });
});

describe('the URL', () => {
  it('opens the chooser for the scenario asked for, with the mode preselected but not forced', async () => {
    const { app, root } = await mounted(memoryStorage(), { scenario: 'critical-counter', mode: 'assessment' });
    expect(app.screen).toMatchObject({ name: 'picker', choose: { mode: 'assessment' } });
    await Promise.resolve();
    const dialog = q(root, 'dialog.mode-chooser')!;
    expect(q<HTMLInputElement>(dialog, 'input[value="assessment"]')!.checked).toBe(true);
    // Without a name it still cannot start.
    q<HTMLInputElement>(dialog, 'input[type="text"]')!.value = '';
    q(dialog, 'button[type="submit"]')!.click();
    expect(app.screen.name).toBe('picker');
  });

  it('names a scenario it does not have', async () => {
    const { app } = await mounted(memoryStorage(), { scenario: 'no-such-thing' });
    expect(app.screen.name).toBe('picker');
    expect(app.notices.find((n) => n.id === 'url-scenario')?.params?.id).toBe('no-such-thing');
  });
});

describe('the debrief says pass or not yet, and why', () => {
  async function finish(steps: string[]) {
    const m = await mounted();
    await startFromPicker(m.root, 'practice');
    for (const s of steps) option(m.root, s).click();
    q(m.root, '.ending button')!.click();
    return m;
  }

  it('passes with the mark and every critical criterion', async () => {
    const { root } = await finish(['Sorry to keep you', 'Let me put that right']);
    const r = q(root, '.pass-result')!;
    expect(r.dataset.pass).toBe('passed');
    expect(r.textContent).toContain('Passed');
    expect(r.textContent).toContain('You met 100% of the evidence; the pass mark is 60%.');
    expect(r.textContent).toContain('Every critical criterion was demonstrated.');
    expect(q(root, '.record-kind')!.textContent).toBe('Practice attempt: not an assessment record.');
  });

  it('says "not yet" at 100% when a critical criterion was never shown, and names it', async () => {
    const { root } = await finish(['Sorry to keep you', "I'll fetch my manager", 'Thank you for waiting']);
    expect(q(root, '.score-number')!.textContent).toBe('100%');
    const r = q(root, '.pass-result')!;
    expect(r.dataset.pass).toBe('not-yet');
    expect(q(r, '.verdict')!.textContent).toBe('Not yet');
    const missed = q(r, '.missed-critical li[data-criterion="c4.1.1"]')!;
    expect(missed.textContent).toMatch(/^c4\.1\.1 \S.*\(not shown on the path you took\)$/);
  });

  it('says "not yet" below the mark', async () => {
    const { root } = await finish(['Yes?', 'Let me put that right']);
    const r = q(root, '.pass-result')!;
    expect(r.dataset.pass).toBe('not-yet');
    expect(r.textContent).toContain('You met 33.3% of the evidence, below the pass mark of 60%.');
    expect(q(r, '.missed-critical')).toBeNull();
  });
});
