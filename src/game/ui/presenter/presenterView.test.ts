// @vitest-environment happy-dom
/**
 * Presenter mode's projected screen and the attempts history through the
 * real overlay: notes off the screen until shown, reveal in place, the vote
 * beside each option, step back and its kept branches, the tutor's keys, the
 * present link, and finished attempts listed from IndexedDB.
 */
// idb recognises IndexedDB's objects by the global classes a browser has; fake-indexeddb/auto puts them there.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../app/app.ts';
import { attemptRecord, openAttemptStore } from '../../app/attempts.ts';
import { loadLibrary } from '../../app/library.ts';
import { Play } from '../../app/play.ts';
import { tallyFor } from '../../app/presenter.ts';
import { requestFromQuery } from '../../app/modeRules.ts';
import { openStore } from '../../../web/storage.ts';
import { Mixer } from '../../audio/mixer.ts';
import { initI18n } from '../../../web/i18n/i18n.ts';
import { allCueUrls, FakeBackend, memorySource, memoryStorage, settled, silentSpeaker } from '../../../../test/support/fakes.ts';
import { fixtureText } from '../../../../test/support/scenarios.ts';
import { mountShell } from '../shell/shell.ts';
import { StageArea } from '../stageArea.ts';

const files = { '/scenarios/tiny-counter.yaml': fixtureText('tiny-counter.yaml') };

beforeAll(() => initI18n('en-GB'));
afterEach(() => document.body.replaceChildren());

let dbs = 0;
async function mounted(attempts = openAttemptStore(new IDBFactory(), `view-${++dbs}`)) {
  const root = document.createElement('div');
  document.body.append(root);
  const app = new App(openStore(memoryStorage()), new Mixer(new FakeBackend()), silentSpeaker());
  app.attempts = attempts;
  await app.load(allCueUrls(), memorySource(loadLibrary(files)));
  mountShell(root, app, new StageArea());
  await Promise.resolve();
  return { app, root };
}

const q = (root: ParentNode, selector: string) => root.querySelector<HTMLElement>(selector);
const byText = (root: ParentNode, selector: string, text: string | RegExp) => {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((e) => (typeof text === 'string' ? e.textContent?.trim() === text : text.test(e.textContent ?? '')));
  if (!found) throw new Error(`no ${selector} with "${String(text)}"`);
  return found;
};
const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
const presented = (app: App) => {
  if (app.screen.name !== 'conversation' || !app.screen.play.presenter) throw new Error(`not presenting (${app.screen.name})`);
  return app.screen.play;
};

const present = async (root: HTMLElement) => {
  const link = byText(root, 'a', 'Present to a class');
  expect(link.getAttribute('href')).toBe('?scenario=tiny-counter&mode=present');
  link.click();
  await settled();
};

describe('presenter mode, the projected screen', () => {
  it('is reached from the picker\'s present link, keeps the tutor notes off the screen until shown, and reveals feedback over the stage', async () => {
    const { app, root } = await mounted();
    await present(root);
    const play = presented(app);
    expect(q(root, '.conversation.presenter')).not.toBeNull();
    expect(root.textContent).not.toContain('First impressions.');
    expect(q(root, '#presenter-notes')).toBeNull();
    press('n');
    expect(q(root, '.stage-cover #presenter-notes')!.textContent).toContain('First impressions.');
    expect(byText(root, 'button', 'Hide notes from the class').getAttribute('aria-pressed')).toBe('true');
    press('N');
    expect(root.textContent).not.toContain('First impressions.');

    press('1');
    expect(play.turns).toHaveLength(1);
    expect(q(root, '.feedback-panel')).toBeNull();
    press('r');
    expect(q(root, '.stage-cover .presenter-feedback .feedback-panel')!.textContent).toContain(play.turns[0]!.evidence[0]!.why);
    expect(play.presenter!.revealed).toEqual([0]);
  });

  it('counts votes with Shift+number beside each option, goes on to the leading option with Page Down, and keeps the vote with its turn in the debrief', async () => {
    const { app, root } = await mounted();
    await present(root);
    const play = presented(app);
    const view = play.view();
    press('!', { code: 'Digit2', shiftKey: true });
    press('!', { code: 'Digit2', shiftKey: true });
    press('!', { code: 'Digit1', shiftKey: true });
    expect(tallyFor(play.presenter!, 0, 'greet')).toEqual({ [String(view.options[1]!.choice)]: 2, [String(view.options[0]!.choice)]: 1 });
    const second = q(root, `.vote-aside[data-choice="${view.options[1]!.choice}"]`)!;
    expect(second.textContent).toBe('Votes: 267%');
    // Page Down (a clicker's "next") takes the option most of the class chose; the next Page Down reveals its feedback.
    press('PageDown');
    expect(play.turns.map((turn) => turn.action.kind === 'choice' && turn.action.choice)).toEqual([view.options[1]!.choice]);
    press('PageDown');
    expect(play.presenter!.revealed).toEqual([0]);
    // A tie leads nowhere: nothing is chosen, and the status line says what to do.
    const here = play.view();
    press('@', { code: 'Digit1', shiftKey: true });
    press('@', { code: 'Digit2', shiftKey: true });
    press('PageDown');
    expect(play.turns).toHaveLength(1);
    expect(q(root, '.conversation [role="status"]')!.textContent).toMatch(/count the class's votes/);
    byText(root, 'button.choice', /put that right/).click();
    byText(root, 'button', 'See how you did').click();
    const votes = [...root.querySelectorAll('.path-vote')].map((v) => v.textContent);
    expect(votes).toEqual([
      `The class voted (learners for each option): “${view.options[0]!.text}” 1; “${view.options[1]!.text}” 2`,
      `The class voted (learners for each option): “${here.options[0]!.text}” 1; “${here.options[1]!.text}” 1`,
    ]);
  });

  it('steps back with B or Page Up, keeps the explored branches and lists them in the debrief', async () => {
    const { app, root } = await mounted();
    await present(root);
    const play = presented(app);
    byText(root, 'button.choice', /^\d?Yes\?$/).click();
    const position = play.view().options.findIndex((o) => /not my department/.test(o.text)) + 1;
    press('!', { code: `Digit${position}`, shiftKey: true });
    byText(root, 'button.choice', /not my department/).click();
    expect(play.ended).toBe(true);
    press('b');
    press('PageUp');
    expect(play.turns).toHaveLength(0);
    expect(play.presenter!.branches).toHaveLength(2);
    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    byText(root, 'button.choice', /put that right/).click();
    byText(root, 'button', 'See how you did').click();
    expect(app.screen.name).toBe('debrief');
    const section = byText(root, '.debrief-section', /Branches the class explored/);
    expect(section.querySelectorAll('li.branch')).toHaveLength(2);
    expect(section.textContent).toContain("That's not my department.");
    // The vote cast at the abandoned turn went with its branch, and is not on the path the class took in the end.
    expect(section.querySelector('.path-vote')!.textContent).toBe("The class voted (learners for each option): “That's not my department.” 1");
    expect(root.querySelectorAll('.path .path-vote')).toHaveLength(0);
  });

  it('lists every shortcut on a help dialog opened with ?', async () => {
    const { root } = await mounted();
    await present(root);
    const dialog = q(root, 'dialog.shortcuts') as HTMLDialogElement;
    press('?', { shiftKey: true, code: 'Slash' });
    expect(dialog.open).toBe(true);
    const rows = [...dialog.querySelectorAll('tbody tr')].map((r) => r.textContent);
    for (const key of ['Page Down', 'Page Up', 'R', 'N', 'B', 'W', 'T', '?', 'Shift']) expect(rows.some((r) => r?.includes(key))).toBe(true);
  });

  it('holds the customer\'s timer until the tutor lets it run out with W', async () => {
    const { app, root } = await mounted();
    await present(root);
    const play = presented(app);
    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    byText(root, 'button.choice', /fetch my manager/).click();
    expect(play.view().nodeId).toBe('manager');
    press('w');
    expect(play.view().ended?.outcome).toBe('customer-left');
  });

  it('opens the tutor window with T, and says so when the browser blocks it', async () => {
    const { app, root } = await mounted();
    await present(root);
    const opened: string[] = [];
    let blocked = false;
    const open = window.open;
    try {
      window.open = ((url: string, name: string) => {
        opened.push(`${url} ${name}`);
        return blocked ? null : ({ focus() {} } as Window);
      }) as typeof window.open;
      press('t');
      expect(opened).toContain(`${location.pathname}?view=tutor rapport-tutor`);
      blocked = true;
      expect(app.notices.map((n) => n.key)).not.toContain('presenter.tutorBlocked');
      byText(root, 'button', 'Tutor window').click();
      expect(app.notices.map((n) => n.key)).toContain('presenter.tutorBlocked');
    } finally {
      window.open = open;
    }
  });

  it('opens straight into present mode from a ?scenario=<id>&mode=present link', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const app = new App(openStore(memoryStorage()), new Mixer(new FakeBackend()), silentSpeaker());
    app.requested = requestFromQuery('?scenario=tiny-counter&mode=present');
    mountShell(root, app, new StageArea());
    await app.load(allCueUrls(), memorySource(loadLibrary(files)));
    expect(presented(app).mode).toBe('practice');
    expect(q(root, '.conversation.presenter')).not.toBeNull();
  });
});

describe('attempts history', () => {
  const settle = () => new Promise((r) => setTimeout(r, 50));
  /** IndexedDB answers when it answers: poll for what the learner would see, up to five seconds, rather than guess a delay. */
  async function until<T>(look: () => T | null | undefined | false): Promise<T> {
    for (let waited = 0; waited < 5000; waited += 25) {
      const found = look();
      if (found) return found;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('did not appear within 5 s');
  }

  it('keeps each finished attempt and lists it from the picker: scenario, learner, mode, score, pass', async () => {
    const { app, root } = await mounted();
    app.updateSettings({ learner: 'Ceri' });
    await app.startScenario(app.library.entries[0]!);
    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    byText(root, 'button.choice', /put that right/).click();
    await settle();
    app.backToPicker();
    byText(root, 'button', 'Past attempts on this device').click();
    const row = await until(() => q(root, '.history-table tbody tr'));
    expect(row.textContent).toContain('A short counter conversation');
    expect(row.textContent).toContain('Ceri');
    expect(row.textContent).toContain('Practice');
    expect(row.textContent).toContain('100%');
    expect(row.textContent).toContain('Passed');
    byText(row, 'button', 'Open debrief').click();
    await settled();
    expect(app.screen.name).toBe('debrief');
    expect(q(root, '.score-number')!.textContent).toBe('100%');
  });

  it('says why a stored attempt whose scenario has changed cannot be opened, and stays put', async () => {
    const { app } = await mounted();
    const entry = (await app.open(app.library.entries[0]!))!;
    const play = Play.start(entry, 'Dai');
    play.choose(0);
    play.choose(0);
    const record = attemptRecord(entry.file, play.transcript());
    play.stop();
    app.showHistory();
    await app.openAttempt({ ...record, transcript: { ...record.transcript, scenario: { ...record.transcript.scenario, hash: 'f'.repeat(64) } } });
    expect(app.notices.map((n) => n.key)).toContain('notice.attemptUnavailable');
    expect(app.screen.name).toBe('history');
    await app.openAttempt(record);
    expect(app.screen.name).toBe('debrief');
  });

  it('shows a notice when history cannot be kept, and play goes on', async () => {
    const { app, root } = await mounted(openAttemptStore(undefined));
    await app.startScenario(app.library.entries[0]!);
    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    byText(root, 'button.choice', /put that right/).click();
    await until(() => app.notices.some((n) => n.key === 'notice.historyUnavailable'));
    expect(app.screen.name).toBe('conversation');
    byText(root, 'button', 'See how you did').click();
    expect(app.screen.name).toBe('debrief');
  });
});
