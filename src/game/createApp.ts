/** Wires the app together for the browser: storage, library, sound, language, overlay and the first gesture. */
import { App } from './app/app.ts';
import { browserIndexedDb, openAttemptStore } from './app/attempts.ts';
import { browserStorage, openStore } from '../web/storage.ts';
import { cueUrls } from './audio/audioFiles.ts';
import { HowlerBackend } from './audio/howlerBackend.ts';
import { Mixer } from './audio/mixer.ts';
import { createSpeaker } from './audio/speech.ts';
import { initI18n } from '../web/i18n/i18n.ts';
import { isCmi5Launch } from '../cmi5/launch.ts';
import { requestFromQuery } from './app/modeRules.ts';
import { mountShell } from './ui/shell/shell.ts';
import { StageArea } from './ui/stageArea.ts';
import { attachTutorLink } from './ui/presenter/tutorLink.ts';
import { whenUsableAndIdle } from './app/whenIdle.ts';
import { bundledScenarios } from '../web/bundledScenarios.ts';

export function createApp(root: HTMLElement): { app: App; area: StageArea } {
  const app = new App(openStore(browserStorage()), new Mixer(new HowlerBackend()), createSpeaker());
  app.attempts = openAttemptStore(browserIndexedDb());
  initI18n(app.settings.language);
  const area = new StageArea();
  mountShell(root, app, area);
  // A tutor window opened from the projected screen follows the play presented here (and asks for it again after a reload of either).
  attachTutorLink(app);

  // Browsers refuse sound before the learner has interacted; so do we, on purpose.
  const unlock = () => {
    app.mixer.unlock();
    removeEventListener('pointerdown', unlock, true);
    removeEventListener('keydown', unlock, true);
  };
  addEventListener('pointerdown', unlock, true);
  addEventListener('keydown', unlock, true);

  const cmi5 = isCmi5Launch(location.search);
  // Statements an earlier page could not deliver, and working offline: after the first choice is on screen (src/game/background.ts).
  whenUsableAndIdle(app, () => void import('./background.ts').then(({ startBackground }) => startBackground(app, { cmi5 })));

  // Opened by an LMS (cmi5 launch parameters): the course decides the scenario and the mode. Otherwise the URL may ask for a scenario.
  if (cmi5) {
    void import('./cmi5/attachCmi5.ts').then(({ attachCmi5 }) =>
      attachCmi5(app, {
        search: location.search,
        fetch: (url, init) => fetch(url, init),
        storage: localStorage,
        navigate: (url) => location.assign(url),
        mount: document.body,
      }),
    );
  } else app.requested = requestFromQuery(location.search);

  // Checked at build time (scripts/checkedScenariosPlugin.ts): the picker shows the catalogue, and each scenario's data is fetched when played.
  void app.load(cueUrls(), bundledScenarios);
  return { app, area };
}
