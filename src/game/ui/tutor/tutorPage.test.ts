// @vitest-environment happy-dom
/**
 * The tutor window and the projected window kept in step over a channel: the
 * tutor sees the notes, what each option's feedback will say and the votes;
 * their commands drive the projected play; either window can be reloaded and
 * both come back to the same point; a projected window that stops presenting
 * disables the tutor's controls.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../web/i18n/i18n.ts';
import { tallyFor } from '../../app/presenter.ts';
import { channelHub, loadedApp, memoryStorage } from '../../../../test/support/fakes.ts';
import { fixtureText } from '../../../../test/support/scenarios.ts';
import { attachTutorLink } from '../presenter/tutorLink.ts';
import { tutorPage } from './tutorPage.ts';
import type { App } from '../../app/app.ts';

const files = { '/scenarios/tiny-counter.yaml': fixtureText('tiny-counter.yaml') };

beforeAll(() => initI18n('en-GB'));
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0)) undo();
  document.body.replaceChildren();
});

const presented = (app: App) => {
  if ((app.screen.name !== 'conversation' && app.screen.name !== 'debrief') || !app.screen.play.presenter) throw new Error(`not presenting (${app.screen.name})`);
  return app.screen.play;
};
const byText = (root: ParentNode, selector: string, text: string | RegExp) => {
  const found = [...root.querySelectorAll<HTMLElement>(selector)].find((e) => (typeof text === 'string' ? e.textContent?.trim() === text : text.test(e.textContent ?? '')));
  if (!found) throw new Error(`no ${selector} with "${String(text)}"`);
  return found;
};

async function projected(storage: Storage, hub: ReturnType<typeof channelHub>) {
  const { app } = await loadedApp(storage, files);
  cleanup.push(attachTutorLink(app, hub.open));
  return app;
}

function tutor(hub: ReturnType<typeof channelHub>) {
  const keys = document.createElement('div');
  const page = tutorPage(hub.open(), keys);
  document.body.append(page.root);
  cleanup.push(() => page.dispose());
  const press = (key: string, init: KeyboardEventInit = {}) => keys.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  return { root: page.root, dispose: () => page.dispose(), press };
}

describe('the tutor window', () => {
  it('shows the notes, each option\'s feedback before it is chosen and the vote entry, and drives the projected play', async () => {
    const hub = channelHub();
    const app = await projected(memoryStorage(), hub);
    await app.presentScenario(app.library.entries[0]!);
    const play = presented(app);
    const { root, press } = tutor(hub);
    await hub.flush();

    expect(root.querySelector('.tutor-status')!.textContent).toBe('In step with the projected screen, at turn 1.');
    expect(root.querySelector('.tutor-notes')!.textContent).toContain('First impressions.');
    expect(root.querySelector('.tutor-notes')!.textContent).toContain('Only you can see these notes');
    const options = [...root.querySelectorAll('.tutor-option')];
    expect(options.map((o) => o.querySelector('.tutor-option-text')!.textContent)).toEqual(play.view().options.map((o, i) => `${i + 1}${o.text}`));
    const polite = byText(root, '.tutor-option', /Sorry to keep you waiting/);
    expect(polite.textContent).toContain('If chosen, the feedback will say:');
    expect(polite.textContent).toContain('Acknowledges the wait and offers help.');
    expect(byText(root, '.tutor-option', /^\d?Yes\?/).textContent).toContain('Does not greet or offer help.');

    // Votes: typed into a field, and counted with the number keys (Shift takes one away).
    const first = play.view().options[0]!;
    const input = root.querySelector<HTMLInputElement>(`#tutor-votes-${first.choice}`)!;
    input.value = '9';
    input.dispatchEvent(new Event('change'));
    press('2', { code: 'Digit2' });
    press('2', { code: 'Digit2' });
    press('@', { code: 'Digit2', shiftKey: true });
    await hub.flush();
    expect(tallyFor(play.presenter!, 0, 'greet')).toEqual({ [String(first.choice)]: 9, [String(play.view().options[1]!.choice)]: 1 });
    expect(root.querySelector('.tutor-total')!.textContent).toBe('Votes counted: 10');

    // Notes onto the projected screen and off again; a choice; its feedback revealed.
    byText(root, 'button', 'Show notes to the class').click();
    await hub.flush();
    expect(play.presenter!.notesHidden).toBe(false);
    expect(root.querySelector('.tutor-notes')!.textContent).toContain('The class can see these notes');
    // A double click, and a command without the point it was meant for, choose once only.
    byText(root, 'button', 'Choose option 1').click();
    byText(root, 'button', 'Choose option 1').click();
    hub.open().postMessage({ type: 'command', command: { name: 'choose', choice: 0 } });
    await hub.flush();
    expect(play.turns).toHaveLength(1);
    expect(root.querySelector('.tutor-last')!.textContent).toContain('Not on the projected screen yet');
    press('r');
    await hub.flush();
    expect(play.presenter!.revealed).toEqual([0]);
    expect(root.querySelector('.tutor-last')!.textContent).toContain('The class can see this feedback');

    // The turn list steps back; the turn left behind is kept as a branch.
    byText(root, 'button', 'Go back to before turn 1').click();
    await hub.flush();
    expect(play.turns).toHaveLength(0);
    expect(play.presenter!.branches).toHaveLength(1);
    expect(root.querySelector('.tutor-turns')!.textContent).toContain('Branches explored so far: 1.');
  });

  it('comes back to the same point after a reload of either window, and waits while the projected one is not presenting', async () => {
    const hub = channelHub();
    const storage = memoryStorage();
    const app = await projected(storage, hub);
    await app.presentScenario(app.library.entries[0]!);
    const play = presented(app);
    play.choose(play.view().options.find((o) => /Sorry/.test(o.text))!.choice);
    // Another window of the app, on its picker, stays out of it.
    expect((await projected(memoryStorage(), hub)).screen.name).toBe('picker');
    let window = tutor(hub);
    await hub.flush();
    expect(window.root.querySelector<HTMLFieldSetElement>('fieldset.tutor-body')!.disabled).toBe(false);
    byText(window.root, 'button', /^\+1/).click();
    await hub.flush();

    // The tutor window reloads: it asks again and draws the same point.
    window.dispose();
    window.root.remove();
    window = tutor(hub);
    await hub.flush();
    expect(window.root.querySelector('.tutor-status')!.textContent).toBe('In step with the projected screen, at turn 2.');
    expect(window.root.querySelector('.tutor-total')!.textContent).toBe('Votes counted: 1');

    // The projected window reloads: the play resumes from its save and the tutor window follows it.
    app.backToPicker();
    await hub.flush();
    expect(window.root.querySelector('.tutor-status')!.textContent).toMatch(/not presenting/);
    expect(window.root.querySelector<HTMLFieldSetElement>('fieldset.tutor-body')!.disabled).toBe(true);
    const again = await projected(storage, hub);
    await hub.flush();
    expect(presented(again).turns).toHaveLength(1);
    expect(window.root.querySelector<HTMLFieldSetElement>('fieldset.tutor-body')!.disabled).toBe(false);
    expect(window.root.querySelector('.tutor-total')!.textContent).toBe('Votes counted: 1');
    byText(window.root, 'button', 'Step back one turn').click();
    await hub.flush();
    expect(presented(again).turns).toHaveLength(0);
  });
});
