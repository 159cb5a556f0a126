import './ui/base.css';
import type { Screen } from './app/app.ts';
import { createApp } from './createApp.ts';

/**
 * Phaser is most of the download, and without a GPU its drawing of the whole
 * window every frame competes with the page for the processor. The overlay
 * holds every word and control, so the stage is fetched only once a
 * conversation (or a debrief) is on screen, never for the picker alone: the
 * learner can pick and answer before it arrives, and it draws from then on.
 */
function startSimulator(): void {
  const { app, area } = createApp(document.getElementById('ui')!);
  const wantsStage = (screen: Screen) => screen.name === 'conversation' || screen.name === 'debrief';
  const startStage = () =>
    import('./startGame.ts')
      .then(({ startGame }) => startGame('game', app, area))
      .catch((err: unknown) => {
        // Without WebGL the stage cannot be drawn, but every word and control is in the overlay: play goes on.
        console.error(err);
        app.notify({ id: 'stage', key: 'notice.noStage', tone: 'info' });
      });
  if (wantsStage(app.screen)) void startStage();
  else {
    const off = app.on('screen', (screen) => {
      if (!wantsStage(screen)) return;
      off();
      void startStage();
    });
  }
}

// The presenter's tutor window (opened from the projected screen) is this page with ?view=tutor: no stage, sound or play of its own.
if (new URLSearchParams(location.search).get('view') === 'tutor') void import('./ui/tutor/mountTutorPage.ts').then(({ mountTutorPage }) => mountTutorPage(document.getElementById('ui')!));
else startSimulator();
