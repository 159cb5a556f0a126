/**
 * Where the learner answers: the options on offer (choicesView), or at the
 * end how the conversation ended and the way on to the debrief. Redrawn only
 * when the conversation arrives somewhere new; focus follows the learner's own
 * answer, never a redraw they did not cause.
 */
import type { OfferedOption, SessionView } from '../../../engine/types.ts';
import type { Channel } from '../../../scenario/schema.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { outcomeKeys } from '../../../web/i18n/valueKeys.ts';
import { choicesView } from './choicesView.ts';

export interface ResponsesProps {
  channel: Channel;
  onChoose(choice: number): void;
  onDebrief(): void;
  /** Beside each option (see choicesView). */
  aside?: (option: OfferedOption, position: number) => Node | undefined;
}

export function responsesView(props: ResponsesProps): View & { show(view: SessionView): void } {
  const root = el('div', { class: 'responses' });
  let choices: ReturnType<typeof choicesView> | undefined;
  let answered = false;

  const ending = (ended: NonNullable<SessionView['ended']>) => {
    const next = button(t('conversation.toDebrief'), props.onDebrief, { class: 'primary' });
    root.replaceChildren(
      el(
        'section',
        { class: 'ending', 'aria-labelledby': 'ending-title' },
        el('h2', { id: 'ending-title', class: 'panel-title' }, t('conversation.ended'), ' ', t(outcomeKeys[ended.outcome])),
        ended.summary ? el('p', { lang: 'en-GB' }, ended.summary) : false,
        next,
      ),
    );
    return next;
  };

  const offer = (view: SessionView) => {
    choices = choicesView({
      options: view.options,
      label: t('conversation.yourResponse'),
      ...(props.aside ? { aside: props.aside } : {}),
      onChoose: (choice) => {
        answered = true;
        props.onChoose(choice);
      },
    });
    root.replaceChildren(el('h2', { class: 'panel-title' }, t(props.channel === 'written' ? 'conversation.yourReply' : 'conversation.yourResponse')), choices.root);
    return { focus: () => choices?.focusFirst() };
  };

  return {
    root,
    show(view) {
      choices?.dispose();
      choices = undefined;
      const shown = view.ended ? ending(view.ended) : offer(view);
      if (answered) shown.focus();
      answered = false;
    },
    dispose: () => choices?.dispose(),
  };
}
