/**
 * The learner's options: real buttons in a named group, numbered, and
 * selectable with the keys 1 to 9. Once one is taken the rest are disabled,
 * so a double click or a held key cannot answer twice.
 */
import type { OfferedOption } from '../../../engine/types.ts';
import { el, type View } from '../../../web/dom.ts';
import { isShortcut } from '../keys.ts';

export interface ChoicesProps {
  options: readonly OfferedOption[];
  /** Accessible name of the group ("Your response", translated). */
  label: string;
  onChoose: (choice: number) => void;
  /** Shown beside an option, outside its button (a class's vote on a projector); redrawn by whoever made it. */
  aside?: (option: OfferedOption, position: number) => Node | undefined;
  /** Where key presses are heard; the document in the app, a detached node in tests. */
  keyTarget?: Pick<Document, 'addEventListener' | 'removeEventListener'>;
}

export function choicesView(props: ChoicesProps): View & { focusFirst(): void } {
  let taken = false;
  const buttons: HTMLButtonElement[] = [];
  const take = (choice: number) => {
    if (taken) return;
    taken = true;
    for (const b of buttons) b.disabled = true;
    props.onChoose(choice);
  };

  const list = el('ol', { class: 'choices' });
  props.options.forEach((option, i) => {
    const n = i + 1;
    const b = el(
      'button',
      { type: 'button', class: 'choice', 'data-choice': option.choice, ...(n <= 9 ? { 'aria-keyshortcuts': String(n) } : {}) },
      el('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(n)),
      el('span', { class: 'choice-text', lang: 'en-GB' }, option.text),
    );
    b.addEventListener('click', () => take(option.choice));
    buttons.push(b);
    list.append(el('li', {}, b, props.aside?.(option, i)));
  });
  const root = el('div', { role: 'group', 'aria-label': props.label, class: 'choices-group' }, list);

  const keyTarget = props.keyTarget ?? document;
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    if (!/^[1-9]$/.test(e.key) || !isShortcut(e)) return;
    const option = props.options[Number(e.key) - 1];
    if (!option) return;
    e.preventDefault();
    buttons[Number(e.key) - 1]?.focus();
    take(option.choice);
  };
  keyTarget.addEventListener('keydown', onKey);

  return {
    root,
    focusFirst: () => buttons[0]?.focus(),
    dispose: () => keyTarget.removeEventListener('keydown', onKey),
  };
}
