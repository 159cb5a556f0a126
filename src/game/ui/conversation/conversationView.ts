/**
 * The conversation screen's overlay: the conversation so far, the customer's current line, the learner's
 * options, feedback, meters, the customer's timer and the telephone's controls. It renders engine views and
 * sends choices to the app; the stage drawing is the Phaser scene's. A screen built on it (presenter mode)
 * passes its own parts in as options.
 *
 * Layout: the panel is a column whose only flexible part is the conversation so far, so the current line and
 * every option stay in view together; the stage beside it yields room (conversation.css).
 */
import type { OfferedOption, SessionView } from '../../../engine/types.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import type { App } from '../../app/app.ts';
import { rulesFor } from '../../app/modeRules.ts';
import type { Play } from '../../app/play.ts';
import type { StageArea } from '../stageArea.ts';
import { callSeconds } from './callTime.ts';
import { conversationLog } from './conversationLog.ts';
import { soundFor } from './conversationSound.ts';
import { countdown } from './countdown.ts';
import { feedbackPanel } from './feedbackView.ts';
import { lineContent } from './lineView.ts';
import { metersView } from './metersView.ts';
import { controlTargets, phonePanel, type PhonePanel } from './phonePanel.ts';
import { customerPortrait } from './customerPortrait.ts';
import { practiceTools } from './practiceTools.ts';
import { responsesView } from './responsesView.ts';
import './conversation.css';

export interface ConversationOptions {
  /** Feedback on each response as it is given; in front of a class the tutor reveals it in their own panel instead. */
  feedback: boolean;
  /** Added to the screen's classes (a projector's layout). */
  className?: string;
  /** Panels after the responses (a presenter's tools and status line). */
  panels?: readonly Node[];
  /** Placed in the screen beside the panel (dialogs). */
  extras?: readonly Node[];
  /** Shown over the stage, in view beside the conversation: on a projector, what is revealed to the class (first, above the title) and the tutor's tools (last). */
  overStage?: { top?: readonly Node[]; bottom?: readonly Node[] };
  /** Puts the title and the meters over the stage as well, leaving the panel to the line and the options (a projector's layout). */
  headerOverStage?: boolean;
  /** Beside each option, outside its button (the class's vote). */
  optionAside?: (option: OfferedOption, position: number) => Node | undefined;
}

/** A brief longer than this folds away behind "Your role", so it never pushes the options out of view. */
const LONG_ROLE = 120;

/** The title and the way back, then the role (folded when long) on one row with the learner's tools. */
function header(app: App, play: Play, tools: HTMLElement): HTMLElement {
  const { scenario } = play;
  const title = el('h1', { id: 'conversation-title', lang: 'en-GB', tabindex: '-1' }, scenario.title);
  const role =
    scenario.role.length > LONG_ROLE
      ? el('details', { class: 'role' }, el('summary', {}, t('conversation.yourRole')), el('p', { lang: 'en-GB' }, scenario.role))
      : el('p', { class: 'role', lang: 'en-GB' }, scenario.role);
  return el(
    'header',
    { class: 'conversation-header' },
    el('div', { class: 'title-row' }, title, button(t('conversation.leave'), () => app.backToPicker(), { class: 'link-button' })),
    el('div', { class: 'header-tools' }, role, tools),
  );
}

/** The handset's keys take the response that works them, or bring the learner to the responses to choose from. */
function handset(app: App, responses: HTMLElement): PhonePanel {
  const buttonFor = (choice: number) => responses.querySelector<HTMLButtonElement>(`button[data-choice="${choice}"]`);
  return phonePanel({
    take: (choice) => buttonFor(choice)?.click(),
    pick: (choices) => {
      for (const b of responses.querySelectorAll<HTMLElement>('button[data-choice]')) b.classList.toggle('is-suggested', choices.includes(Number(b.dataset.choice)));
      buttonFor(choices[0]!)?.focus();
      app.mixer.play('click');
    },
  });
}

export function conversationView(app: App, play: Play, stage: StageArea, options: ConversationOptions = { feedback: true }): View {
  const { scenario } = play;
  const slot = el('div', { class: 'stage-slot', 'aria-hidden': 'true' });
  const responses = responsesView({
    channel: scenario.channel,
    onChoose: (choice) => app.choose(choice),
    onDebrief: () => app.openDebrief(),
    ...(options.optionAside ? { aside: options.optionAside } : {}),
  });
  const phone = scenario.channel === 'telephone' ? handset(app, responses.root) : undefined;
  const meters = el('div', { class: 'meters-slot' });
  const log = conversationLog(scenario, () => app.settings.showGloss);
  const live = el('div', { class: `line${scenario.channel === 'written' ? ' is-written' : ''}`, 'aria-live': 'polite', 'aria-atomic': 'true' });
  const timer = countdown({ channel: scenario.channel, held: !!play.presenter, onLeaveUnanswered: () => app.leaveUnanswered() });
  const tools = practiceTools(app, play);
  const portrait = customerPortrait(scenario);
  const top = header(app, play, tools.root);
  // On a projector the title and meters go over the stage, leaving the panel to the line, the options and the vote.
  const moved = options.headerOverStage ? [top, meters] : [];
  const current = el('div', { class: 'current' }, live, timer.root, responses.root);
  const panel = el('div', { class: 'panel' }, portrait.root, ...(moved.length ? [] : [top]), phone?.root, ...(moved.length ? [] : [meters]), log.root, current, ...(options.panels ?? []));
  const cover = options.overStage ? el('div', { class: 'stage-cover' }, ...(options.overStage.top ?? []), ...moved, ...(options.overStage.bottom ?? [])) : undefined;
  const root = el(
    'section',
    { class: `conversation channel-${scenario.channel}${options.className ? ` ${options.className}` : ''}`, 'aria-labelledby': 'conversation-title', 'data-channel': scenario.channel, 'data-scenario': scenario.id },
    slot,
    cover,
    panel,
    ...(options.extras ?? []),
  );

  let shownAt = '';
  const render = (view: SessionView) => {
    root.dataset.node = view.nodeId;
    root.dataset.turn = String(view.turn);
    const arrived = `${view.turn}:${view.nodeId}` !== shownAt;
    shownAt = `${view.turn}:${view.nodeId}`;
    // What the mode allows, not only what the learner prefers: an assessment shows no meters or feedback until the end.
    const rules = rulesFor(play.mode, app.settings);
    const last = play.turns.at(-1);
    tools.update(view);
    portrait.update(view);
    meters.replaceChildren(...(rules.meters ? [metersView(scenario, view.meters, last?.metersBefore)] : []));
    phone?.update(view.phone, callSeconds(play, view, Date.now()));
    phone?.offer(controlTargets(scenario, view));
    log.update(play.turns, last && options.feedback && rules.feedback ? feedbackPanel(last) : undefined);
    if (arrived) {
      live.replaceChildren(...lineContent(scenario, view, app.settings.showGloss));
      timer.show(view);
      responses.show(view);
    }
    soundFor(app, play, view);
  };

  render(play.view());
  const unsubscribe = play.subscribe(render);
  const offSettings = app.on('settings', () => {
    shownAt = '';
    render(play.view());
  });
  const clock = phone ? setInterval(() => phone.update(play.view().phone, callSeconds(play, play.view(), Date.now())), 1000) : undefined;
  queueMicrotask(() => stage.track(slot));

  return {
    root,
    dispose() {
      unsubscribe();
      offSettings();
      responses.dispose();
      tools.dispose();
      timer.dispose();
      portrait.dispose();
      if (clock) clearInterval(clock);
      app.mixer.setLoops([]);
      stage.track(undefined);
    },
  };
}
