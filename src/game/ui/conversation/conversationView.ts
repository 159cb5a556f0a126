/**
 * The conversation screen's overlay: the customer's line, the learner's
 * options, feedback, meters and the telephone's controls. It renders engine
 * views and sends choices to the app; the stage drawing is the Phaser scene's.
 * A screen built on it (presenter mode) passes its own parts in as options.
 */
import type { OfferedOption, SessionView } from '../../../engine/types.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { t } from '../../../web/i18n/i18n.ts';
import type { App } from '../../app/app.ts';
import { rulesFor } from '../../app/modeRules.ts';
import type { Play } from '../../app/play.ts';
import type { StageArea } from '../stageArea.ts';
import { callSeconds } from './callTime.ts';
import { soundFor } from './conversationSound.ts';
import { feedbackPanel } from './feedbackView.ts';
import { lineContent } from './lineView.ts';
import { metersView } from './metersView.ts';
import { controlTargets, phonePanel } from './phonePanel.ts';
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

export function conversationView(app: App, play: Play, stage: StageArea, options: ConversationOptions = { feedback: true }): View {
  const { scenario } = play;
  const title = el('h1', { id: 'conversation-title', lang: 'en-GB', tabindex: '-1' }, scenario.title);
  const slot = el('div', { class: 'stage-slot', 'aria-hidden': 'true' });
  const responses = responsesView({
    channel: scenario.channel,
    onChoose: (choice) => app.choose(choice),
    onDebrief: () => app.openDebrief(),
    ...(options.optionAside ? { aside: options.optionAside } : {}),
  });
  const phone = scenario.channel === 'telephone' ? phonePanel((choice) => responses.root.querySelector<HTMLElement>(`button[data-choice="${choice}"]`)?.focus()) : undefined;
  const meters = el('div', { class: 'meters-slot' });
  const live = el('div', { class: `line${scenario.channel === 'written' ? ' is-written' : ''}`, 'aria-live': 'polite', 'aria-atomic': 'true' });
  const feedback = options.feedback ? el('div', { class: 'feedback-slot' }) : undefined;
  const waiting = el('p', { class: 'waiting', hidden: true });
  const tools = practiceTools(app, play);
  const portrait = customerPortrait(scenario);
  const header = el('header', { class: 'conversation-header' }, title, el('p', { class: 'role', lang: 'en-GB' }, scenario.role), button(t('conversation.leave'), () => app.backToPicker(), { class: 'link-button' }));
  const moved = options.headerOverStage ? [header, meters] : [];
  const panel = el('div', { class: 'panel' }, portrait.root, ...(moved.length ? [] : [header]), tools.root, phone?.root, ...(moved.length ? [] : [meters]), feedback, live, waiting, responses.root, ...(options.panels ?? []));
  const cover = options.overStage ? el('div', { class: 'stage-cover' }, ...(options.overStage.top ?? []), ...moved, ...(options.overStage.bottom ?? [])) : undefined;
  const root = el('section', { class: `conversation channel-${scenario.channel}${options.className ? ` ${options.className}` : ''}`, 'aria-labelledby': title.id, 'data-channel': scenario.channel }, slot, cover, panel, ...(options.extras ?? []));

  let shownAt = '';
  const render = (view: SessionView) => {
    root.dataset.node = view.nodeId;
    root.dataset.turn = String(view.turn);
    const arrived = `${view.turn}:${view.nodeId}` !== shownAt;
    shownAt = `${view.turn}:${view.nodeId}`;
    // What the mode allows, not only what the learner prefers: an assessment shows no meters or feedback until the end.
    const rules = rulesFor(play.mode, app.settings);
    tools.update(view);
    portrait.update(view);
    meters.replaceChildren(...(rules.meters ? [metersView(scenario, view.meters)] : []));
    phone?.update(view.phone, callSeconds(play, view, Date.now()));
    phone?.offer(controlTargets(scenario, view));
    if (arrived) live.replaceChildren(...lineContent(scenario, view, app.settings.showGloss));
    const last = play.turns.at(-1);
    feedback?.replaceChildren(...(last && rules.feedback ? [feedbackPanel(last)] : []));
    waiting.hidden = !view.timer;
    waiting.textContent = view.timer ? t(scenario.channel === 'telephone' ? 'conversation.holdTimer' : 'conversation.waitTimer', { seconds: view.timer.seconds }) : '';
    if (arrived) responses.show(view);
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
      portrait.dispose();
      if (clock) clearInterval(clock);
      app.mixer.setLoops([]);
      stage.track(undefined);
    },
  };
}
