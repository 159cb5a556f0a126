/**
 * The tutor window's sections, each drawn from the snapshot the projected
 * window sent: the controls, the notes, the customer's line, every option
 * with the class's votes and what its feedback will say, the last response,
 * and the turns so far with a way back to before any of them.
 */
import type { FeedbackItem } from '../../app/feedback.ts';
import type { TutorCommand } from '../../app/tutorChannel.ts';
import type { TutorOption, TutorSnapshot, TutorTurn } from '../../app/tutorSnapshot.ts';
import { MAX_TALLY } from '../../app/presenter.ts';
import { button, el } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { outcomeKeys } from '../../../web/i18n/valueKeys.ts';

export type Send = (command: TutorCommand) => void;

const section = (id: string, title: string, ...body: (Node | false)[]) =>
  el('section', { class: `tutor-section tutor-${id}`, 'aria-labelledby': `tutor-${id}-title` }, el('h2', { id: `tutor-${id}-title` }, title), ...body.filter((n): n is Node => !!n));

const said = (turn: TutorTurn) => (turn.action.kind === 'choice' ? el('span', { lang: 'en-GB' }, turn.action.text) : el('span', {}, t('feedback.waited', { seconds: turn.action.seconds })));

export function tutorControls(s: TutorSnapshot, send: Send): HTMLElement {
  const revealed = s.last?.revealed ?? true;
  return el(
    'div',
    { class: 'tutor-controls', role: 'group', 'aria-label': t('presenter.tools') },
    button(t('presenter.reveal'), () => send({ name: 'reveal' }), { class: 'primary', 'aria-keyshortcuts': 'R', 'data-key': 'reveal', disabled: !s.last || revealed }),
    button(t('presenter.next'), () => send({ name: 'next' }), { 'aria-keyshortcuts': 'PageDown', 'data-key': 'next', disabled: !!s.ended && revealed }),
    button(t(s.notesOnScreen ? 'presenter.hideNotes' : 'presenter.showNotes'), () => send({ name: 'notes' }), { 'aria-pressed': String(s.notesOnScreen), 'aria-keyshortcuts': 'N', 'data-key': 'notes' }),
    button(t('presenter.back'), () => send({ name: 'back', turns: 1 }), { 'aria-keyshortcuts': 'B', 'data-key': 'back', disabled: s.turns.length === 0 }),
    s.timer !== undefined ? button(t('presenter.wait'), () => send({ name: 'wait' }), { 'aria-keyshortcuts': 'W', 'data-key': 'wait' }) : false,
  );
}

export function tutorNotes(s: TutorSnapshot): HTMLElement {
  return section(
    'notes',
    t('presenter.notes'),
    s.notes ? el('p', { lang: 'en-GB', class: 'tutor-notes-text' }, s.notes) : el('p', { class: 'muted' }, t('presenter.noNotes')),
    el('p', { class: 'tutor-onscreen' }, t(s.notesOnScreen ? 'presenter.notesOnScreen' : 'presenter.notesOffScreen')),
  );
}

export function tutorLine(s: TutorSnapshot): HTMLElement {
  return section(
    'line',
    t('presenter.customerSays'),
    el('p', { class: 'role', lang: 'en-GB' }, s.scenario.role),
    s.action ? el('p', { class: 'action', lang: 'en-GB' }, s.action) : false,
    el('p', { class: 'said', lang: s.line.lang }, s.line.text),
    s.line.gloss ? el('p', { class: 'gloss', lang: 'en-GB' }, s.line.gloss) : false,
    s.timer !== undefined ? el('p', { class: 'tutor-timer' }, t('presenter.timerHeld', { seconds: s.timer })) : false,
  );
}

function feedbackItems(items: readonly FeedbackItem[], tip: string | undefined): HTMLElement {
  return el(
    'div',
    { class: 'tutor-feedback' },
    items.length === 0
      ? el('p', {}, t('feedback.notAssessed'))
      : el(
          'ul',
          {},
          ...items.map((item) =>
            el(
              'li',
              { class: item.met ? 'is-met' : 'is-not-met' },
              el('strong', {}, el('span', { 'aria-hidden': 'true' }, item.met ? '✓ ' : '✗ '), t(item.met ? 'feedback.met' : 'feedback.notMet'), ' ', item.code),
              item.text ? el('span', { lang: 'en-GB' }, ` ${item.text}`) : false,
              el('p', { class: 'why', lang: 'en-GB' }, item.why),
            ),
          ),
        ),
    tip ? el('p', { class: 'tip' }, el('span', { class: 'label' }, t('feedback.nextTime')), ' ', el('span', { lang: 'en-GB' }, tip)) : false,
  );
}

function optionItem(o: TutorOption, s: TutorSnapshot, send: Send): HTMLElement {
  const at = { turn: s.turn, nodeId: s.nodeId };
  const total = s.totalVotes;
  const n = o.position + 1;
  const inputId = `tutor-votes-${o.choice}`;
  const input = el('input', { type: 'number', id: inputId, min: 0, max: MAX_TALLY, step: 1, value: o.votes, inputmode: 'numeric', 'data-key': `votes-${o.choice}` });
  input.addEventListener('change', () => send({ name: 'setVotes', choice: o.choice, count: Number(input.value), at }));
  const plus = button('+1', () => send({ name: 'vote', position: o.position, delta: 1, at }), { 'aria-keyshortcuts': String(n), 'data-key': `plus-${o.choice}` });
  plus.append(el('span', { class: 'visually-hidden' }, ` ${t('presenter.addVote', { n })}`));
  const minus = button('−1', () => send({ name: 'vote', position: o.position, delta: -1, at }), { 'aria-keyshortcuts': `Shift+${n}`, 'data-key': `minus-${o.choice}`, disabled: o.votes === 0 });
  minus.append(el('span', { class: 'visually-hidden' }, ` ${t('presenter.removeVote', { n })}`));
  return el(
    'li',
    { class: 'tutor-option', 'data-choice': o.choice },
    el('p', { class: 'tutor-option-text' }, el('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(n)), el('span', { lang: 'en-GB' }, o.text)),
    el(
      'div',
      { class: 'tutor-vote' },
      el('label', { for: inputId }, t('presenter.votesFor', { n })),
      input,
      plus,
      minus,
      total > 0 ? el('span', { class: 'tally-share' }, `${Math.round((100 * o.votes) / total)}%`) : false,
      button(t('presenter.chooseOption', { n }), () => send({ name: 'choose', choice: o.choice, at }), { class: 'tutor-choose', 'data-key': `choose-${o.choice}` }),
    ),
    el('h3', { class: 'tutor-if' }, t('presenter.ifChosen')),
    feedbackItems(o.feedback, o.tip),
  );
}

export function tutorOptions(s: TutorSnapshot, send: Send): HTMLElement {
  if (s.ended) {
    return section('options', t('presenter.ended'), el('p', {}, t('conversation.ended'), ' ', t(outcomeKeys[s.ended.outcome])), s.ended.summary ? el('p', { lang: 'en-GB' }, s.ended.summary) : false);
  }
  return section(
    'options',
    t('presenter.optionsTitle'),
    el('p', { class: 'help' }, t('presenter.tallyHelp')),
    el('p', { class: 'tutor-total', role: 'status' }, t('presenter.tallyTotal', { total: s.totalVotes })),
    el('ol', { class: 'tutor-option-list' }, ...s.options.map((o) => optionItem(o, s, send))),
  );
}

export function tutorLast(s: TutorSnapshot): HTMLElement {
  const last = s.last;
  return section(
    'last',
    t('presenter.feedback'),
    last ? el('p', { class: 'you-said' }, el('span', { class: 'label' }, t(last.action.kind === 'choice' ? 'feedback.youSaid' : 'feedback.youWaited')), ' ', said(last)) : el('p', { class: 'muted' }, t('presenter.noFeedbackYet')),
    last ? el('p', { class: 'tutor-onscreen' }, t(last.revealed ? 'presenter.feedbackShown' : 'presenter.feedbackHidden')) : false,
    last ? feedbackItems(last.feedback, last.tip) : false,
  );
}

export function tutorTurns(s: TutorSnapshot, send: Send): HTMLElement {
  const list =
    s.turns.length === 0
      ? el('p', { class: 'muted' }, t('presenter.noTurns'))
      : el(
          'ol',
          { class: 'presenter-turns' },
          ...s.turns.map((turn, i) =>
            el('li', {}, said(turn), ' ', button(t('presenter.backTo', { turn: i + 1 }), () => send({ name: 'back', turns: s.turns.length - i }), { class: 'link-button', 'data-key': `back-${i}` })),
          ),
        );
  return section('turns', t('presenter.path'), list, el('p', { class: 'help' }, t('presenter.branchesKept', { count: s.branches })));
}
