// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { OfferedOption } from '../../../engine/types.ts';
import { choicesView } from './choicesView.ts';

const options: OfferedOption[] = [
  { choice: 2, text: 'Good morning, how can I help?' },
  { choice: 0, text: 'Yes?' },
  { choice: 1, text: 'One moment, please.' },
];

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.replaceChildren();
});

function mount() {
  const chosen: number[] = [];
  const view = choicesView({ options, label: 'Your response', onChoose: (c) => chosen.push(c) });
  dispose = view.dispose;
  document.body.append(view.root);
  return { view, chosen, buttons: [...view.root.querySelectorAll('button')] };
}

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

describe('choicesView', () => {
  it('is a group named "Your response" of real, numbered buttons in the offered order', () => {
    const { view, buttons } = mount();
    expect(view.root.getAttribute('role')).toBe('group');
    expect(view.root.getAttribute('aria-label')).toBe('Your response');
    expect(buttons.map((b) => b.type)).toEqual(['button', 'button', 'button']);
    expect(buttons.map((b) => b.textContent)).toEqual(['1Good morning, how can I help?', '2Yes?', '3One moment, please.']);
    expect(buttons.map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2', '3']);
  });

  it('chooses by click, by authored index, once only', () => {
    const { buttons, chosen } = mount();
    buttons[1]!.click();
    buttons[0]!.click();
    expect(chosen).toEqual([0]);
    expect(buttons.every((b) => b.disabled)).toBe(true);
  });

  it('chooses with the number keys, focusing the button taken', () => {
    const { buttons, chosen } = mount();
    press('3');
    expect(chosen).toEqual([1]);
    expect(document.activeElement).toBe(buttons[2]);
    press('1');
    expect(chosen).toEqual([1]);
  });

  it('ignores keys with no option, with modifiers, held down, or typed into a field', () => {
    const { chosen } = mount();
    press('4');
    press('0');
    press('1', { ctrlKey: true });
    press('1', { repeat: true });
    const input = document.createElement('input');
    document.body.append(input);
    press('1', {}, input);
    expect(chosen).toEqual([]);
    press('2');
    expect(chosen).toEqual([0]);
  });

  it('stops listening when disposed', () => {
    const { view, chosen } = mount();
    view.dispose();
    press('1');
    expect(chosen).toEqual([]);
  });
});
