/**
 * What the conversation sounds like: the channel's ambience and loops, the
 * node's one-shot cues, and the customer's line read aloud when the learner
 * asked for it. One-shots and speech follow arrivals only, so re-drawing the
 * screen (a language switch) does not ring twice.
 */
import type { SessionView } from '../../../engine/types.ts';
import type { App } from '../../app/app.ts';
import type { Play } from '../../app/play.ts';
import { cuesFor, type Ambience } from '../../audio/soundtrack.ts';

/** What each playthrough last sounded like, across re-mounts of the screen. */
const lastHeard = new WeakMap<Play, { view: SessionView; ambience: Ambience }>();

const arrival = (view: SessionView) => `${view.turn}:${view.nodeId}`;

export function soundFor(app: App, play: Play, view: SessionView): void {
  const heard = lastHeard.get(play);
  const cues = cuesFor(play.scenario.channel, heard, view);
  app.mixer.setLoops(cues.loops);
  if (!heard || arrival(heard.view) !== arrival(view)) {
    for (const cue of cues.once) app.mixer.play(cue);
    // Narration in brackets is read, not said by the customer.
    if (app.settings.speak && !/^\(.*\)$/s.test(view.line.text.trim())) {
      if (app.speaker.speak(view.line) === 'no-voice') app.notify({ id: 'voice', key: 'notice.noVoice', params: { lang: view.line.lang }, tone: 'info' });
    }
  }
  lastHeard.set(play, { view, ambience: cues.ambience });
}
