import './ui/styles.css';
import { createApp } from './createApp.ts';

const { app, area } = createApp(document.getElementById('ui')!);

// Phaser is most of the download; the overlay (and the loading status) is up before it arrives.
import('./startGame.ts')
  .then(({ startGame }) => startGame('game', app, area))
  .catch((err: unknown) => {
    // Without WebGL the stage cannot be drawn, but every word and control is in the overlay: play goes on.
    console.error(err);
    app.notify({ id: 'stage', key: 'notice.noStage', tone: 'info' });
  });
