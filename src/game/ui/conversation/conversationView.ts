/**
 * The conversation screen's overlay: the customer's line, the learner's
 * options, feedback, meters and the telephone's controls. It renders engine
 * views and sends choices to the app; the stage drawing is the Phaser scene's.
 */
import type { SessionView } from '../../../engine/types.ts';
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { cuesFor, type Ambience } from '../../audio/soundtrack.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { outcomeKeys } from '../../../web/i18n/valueKeys.ts';
import { choicesView } from './choicesView.ts';
import { button, el, type View } from '../../../web/dom.ts';
import { feedbackPanel } from './feedbackView.ts';
import { lineContent } from './lineView.ts';
import { metersView } from './metersView.ts';
import { controlTargets, phonePanel } from './phonePanel.ts';
import { practiceTools } from './practiceTools.ts';
import { rulesFor } from '../../app/modeRules.ts';
import type { StageArea } from '../stageArea.ts';

/** Seconds on the call so far: from answering a ringing phone (or the start), stopping when the conversation ends. */
export function callSeconds(play: Play, view: SessionView, now: number): number | undefined {
  if (view.phone === 'ringing') return undefined;
  const answeredOnFirstTurn = play.scenario.nodes[play.scenario.start]?.phone === 'ringing';
  const from = answeredOnFirstTurn ? play.turns[0]?.at : play.startedAt;
  if (!from) return undefined;
  const to = view.ended ? Date.parse(play.turns.at(-1)?.at ?? from) : now;
  return (to - Date.parse(from)) / 1000;
}

/**
 * What each playthrough last sounded like. One-shots and speech follow arrivals
 * only, so re-drawing the screen (a language switch) does not ring twice.
 */
const lastHeard = new WeakMap<Play, { view: SessionView; ambience: Ambience }>();

export function conversationView(app: App, play: Play, stage: StageArea): View {
  const { scenario } = play;
  const title = el('h1', { id: 'conversation-title', lang: 'en-GB', tabindex: '-1' }, scenario.title);
  const root = el('section', { class: `conversation channel-${scenario.channel}`, 'aria-labelledby': title.id, 'data-channel': scenario.channel });
  const slot = el('div', { class: 'stage-slot', 'aria-hidden': 'true' });
  const phone = scenario.channel === 'telephone' ? phonePanel((choice) => responses.querySelector<HTMLElement>(`button[data-choice="${choice}"]`)?.focus()) : undefined;
  const meters = el('div', { class: 'meters-slot' });
  const live = el('div', { class: `line${scenario.channel === 'written' ? ' is-written' : ''}`, 'aria-live': 'polite', 'aria-atomic': 'true' });
  const feedback = el('div', { class: 'feedback-slot' });
  const waiting = el('p', { class: 'waiting', hidden: true });
  const responses = el('div', { class: 'responses' });
  const tools = practiceTools(app, play);
  const panel = el(
    'div',
    { class: 'panel' },
    el(
      'header',
      { class: 'conversation-header' },
      title,
      el('p', { class: 'role', lang: 'en-GB' }, scenario.role),
      button(t('conversation.leave'), () => app.backToPicker(), { class: 'link-button' }),
    ),
    tools.root,
    phone?.root,
    meters,
    feedback,
    live,
    waiting,
    responses,
  );
  root.append(slot, panel);

  let choices: ReturnType<typeof choicesView> | undefined;
  let arrivedAt = '';
  let focusAfterRender = false;

  const render = (view: SessionView) => {
    root.dataset.node = view.nodeId;
    root.dataset.turn = String(view.turn);
    const key = `${view.turn}:${view.nodeId}`;
    const arrived = key !== arrivedAt;
    arrivedAt = key;

    // What the mode allows, not only what the learner prefers: an assessment shows no meters or feedback until the end.
    const rules = rulesFor(play.mode, app.settings);
    tools.update(view);
    meters.replaceChildren(...(rules.meters ? [metersView(scenario, view.meters)] : []));
    phone?.update(view.phone, callSeconds(play, view, Date.now()));
    phone?.offer(controlTargets(scenario, view));
    if (arrived) live.replaceChildren(...lineContent(scenario, view, app.settings.showGloss));

    const last = play.turns.at(-1);
    feedback.replaceChildren(...(last && rules.feedback ? [feedbackPanel(last)] : []));

    waiting.hidden = !view.timer;
    waiting.textContent = view.timer ? t(scenario.channel === 'telephone' ? 'conversation.holdTimer' : 'conversation.waitTimer', { seconds: view.timer.seconds }) : '';

    if (arrived) {
      choices?.dispose();
      choices = undefined;
      if (view.ended) {
        const next = button(t('conversation.toDebrief'), () => app.openDebrief(), { class: 'primary' });
        responses.replaceChildren(
          el(
            'section',
            { class: 'ending', 'aria-labelledby': 'ending-title' },
            el('h2', { id: 'ending-title', class: 'panel-title' }, t('conversation.ended'), ' ', t(outcomeKeys[view.ended.outcome])),
            view.ended.summary ? el('p', { lang: 'en-GB' }, view.ended.summary) : false,
            next,
          ),
        );
        if (focusAfterRender) next.focus();
      } else {
        choices = choicesView({
          options: view.options,
          label: t('conversation.yourResponse'),
          onChoose: (choice) => {
            focusAfterRender = true;
            app.choose(choice);
          },
        });
        responses.replaceChildren(el('h2', { class: 'panel-title' }, t(scenario.channel === 'written' ? 'conversation.yourReply' : 'conversation.yourResponse')), choices.root);
        if (focusAfterRender) choices.focusFirst();
      }
      focusAfterRender = false;
    }
    const heard = lastHeard.get(play);
    const cues = cuesFor(scenario.channel, heard, view);
    app.mixer.setLoops(cues.loops);
    if (!heard || `${heard.view.turn}:${heard.view.nodeId}` !== key) {
      for (const cue of cues.once) app.mixer.play(cue);
      if (app.settings.speak && !/^\(.*\)$/s.test(view.line.text.trim())) {
        if (app.speaker.speak(view.line) === 'no-voice') app.notify({ id: 'voice', key: 'notice.noVoice', params: { lang: view.line.lang }, tone: 'info' });
      }
    }
    lastHeard.set(play, { view, ambience: cues.ambience });
  };

  render(play.view());
  const unsubscribe = play.subscribe(render);
  const rerender = () => {
    arrivedAt = '';
    render(play.view());
  };
  const offSettings = app.on('settings', rerender);
  const clock = phone ? setInterval(() => phone.update(play.view().phone, callSeconds(play, play.view(), Date.now())), 1000) : undefined;
  queueMicrotask(() => stage.track(slot));

  return {
    root,
    dispose() {
      unsubscribe();
      offSettings();
      choices?.dispose();
      tools.dispose();
      if (clock) clearInterval(clock);
      app.mixer.setLoops([]);
      stage.track(undefined);
    },
  };
}
