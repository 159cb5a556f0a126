// @vitest-environment happy-dom
/**
 * Presenter mode and the attempts history through the real overlay: the
 * tutor's notes, reveal, tally, step back and its kept branches, keyboard
 * shortcuts (never while typing), and finished attempts listed from IndexedDB.
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

describe('presenter mode', () => {
  it('is reached from the picker, shows the tutor notes (hideable) and keeps feedback hidden until revealed', async () => {
    const { app, root } = await mounted();
    byText(root, 'button', 'Present to a class').click();
    await settled();
    const play = presented(app);
    expect(q(root, '.conversation.presenter')).not.toBeNull();
    expect(q(root, '#presenter-notes')!.textContent).toContain('First impressions.');
    press('n');
    expect(q(root, '#presenter-notes')!.hidden).toBe(true);
    expect(byText(root, 'button', 'Show tutor notes').getAttribute('aria-expanded')).toBe('false');
    press('N');
    expect(q(root, '#presenter-notes')!.hidden).toBe(false);

    press('1');
    expect(play.turns).toHaveLength(1);
    expect(q(root, '.presenter-feedback')!.textContent).toContain('Hidden until you reveal it');
    expect(q(root, '.feedback-panel')).toBeNull();
    press('r');
    expect(q(root, '.presenter-feedback .feedback-panel')).not.toBeNull();
    expect(play.presenter!.revealed).toEqual([0]);
  });

  it('tallies votes by button, field and Shift+number, and no shortcut fires while typing in a field', async () => {
    const { app, root } = await mounted();
    byText(root, 'button', 'Present to a class').click();
    await settled();
    const play = presented(app);
    const view = play.view();
    press('!', { code: 'Digit2', shiftKey: true });
    press('!', { code: 'Digit2', shiftKey: true });
    expect(tallyFor(play.presenter!, 0, 'greet')).toEqual({ [String(view.options[1]!.choice)]: 2 });
    const input = q(root, `.presenter-tally tr[data-choice="${view.options[0]!.choice}"] input`) as HTMLInputElement;
    input.focus();
    input.value = '14';
    input.dispatchEvent(new Event('change'));
    expect(tallyFor(play.presenter!, 0, 'greet')[String(view.options[0]!.choice)]).toBe(14);
    // Typing in the field (now redrawn) is typing, not shortcuts.
    const again = q(root, `.presenter-tally tr[data-choice="${view.options[0]!.choice}"] input`)!;
    expect(document.activeElement).toBe(again);
    for (const key of ['1', 'n', 'b', 'r', '?']) press(key, {}, again);
    expect(play.turns).toHaveLength(0);
    expect(play.presenter!.notesHidden).toBe(false);
    expect(q(root, 'dialog.shortcuts')!.hasAttribute('open')).toBe(false);
    expect(q(root, '.presenter-tally')!.textContent).toContain('Votes counted: 16');

    // The vote stays with the turn: the debrief shows it beside the path the class took.
    input.blur();
    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    byText(root, 'button.choice', /put that right/).click();
    byText(root, 'button', 'See how you did').click();
    const votes = root.querySelectorAll('.path-vote');
    expect(votes).toHaveLength(1);
    expect(votes[0]!.textContent).toBe(`The class voted (learners for each option): “${view.options[0]!.text}” 14; “${view.options[1]!.text}” 2`);
  });

  it('steps back any number of turns and lists the explored branch, also in the debrief', async () => {
    const { app, root } = await mounted();
    byText(root, 'button', 'Present to a class').click();
    await settled();
    const play = presented(app);
    byText(root, 'button.choice', /^\d?Yes\?$/).click();
    byText(root, 'button.choice', /not my department/).click();
    expect(play.ended).toBe(true);
    byText(root, 'button', 'Go back to before turn 1').click();
    expect(play.turns).toHaveLength(0);
    const branches = q(root, '.presenter-branches')!;
    expect(branches.textContent).toContain('Branch 1, from the start:');
    expect(branches.textContent).toContain("That's not my department.");
    expect(branches.textContent).toContain('the customer left');

    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    press('b');
    expect(play.turns).toHaveLength(0);
    expect(play.presenter!.branches).toHaveLength(2);
    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    byText(root, 'button.choice', /put that right/).click();
    byText(root, 'button', 'See how you did').click();
    expect(app.screen.name).toBe('debrief');
    const section = byText(root, '.debrief-section', /Branches the class explored/);
    expect(section.querySelectorAll('li.branch')).toHaveLength(2);
  });

  it('lists every shortcut on a help dialog opened with ?', async () => {
    const { root } = await mounted();
    byText(root, 'button', 'Present to a class').click();
    await settled();
    const dialog = q(root, 'dialog.shortcuts') as HTMLDialogElement;
    press('?', { shiftKey: true, code: 'Slash' });
    expect(dialog.open).toBe(true);
    const rows = [...dialog.querySelectorAll('tbody tr')].map((r) => r.textContent);
    for (const key of ['R', 'N', 'B', 'W', '?', 'Shift']) expect(rows.some((r) => r?.includes(key))).toBe(true);
  });

  it('holds the customer\'s timer until the tutor lets it run out with W', async () => {
    const { app, root } = await mounted();
    byText(root, 'button', 'Present to a class').click();
    await settled();
    const play = presented(app);
    byText(root, 'button.choice', /Sorry to keep you waiting/).click();
    byText(root, 'button.choice', /fetch my manager/).click();
    expect(play.view().nodeId).toBe('manager');
    press('w');
    expect(play.view().ended?.outcome).toBe('customer-left');
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
