/**
 * The Phaser game: its configuration and the bridge that shows the scene for
 * whichever screen the app is on. Phaser only draws; input goes through the
 * DOM overlay, so the canvas takes no pointer or keyboard input.
 */
import Phaser from 'phaser';
import type { App } from './app/app.ts';
import { sceneFor, SceneKeys } from './sceneKeys.ts';
import { Boot } from './scenes/Boot.ts';
import { Conversation } from './scenes/Conversation.ts';
import { Debrief } from './scenes/Debrief.ts';
import { Picker } from './scenes/Picker.ts';
import { Preloader } from './scenes/Preloader.ts';
import type { StageArea } from './ui/stageArea.ts';
import { followStageSlot } from './ui/stageFrame.ts';
import { drawOnlyOnChange } from './drawOnChange.ts';
import { softwareWebGl } from './renderCaps.ts';
import { fitCanvas } from './stage/canvasFit.ts';

export function startGame(parent: string, app: App, area: StageArea): Phaser.Game {
  const game = new Phaser.Game({
    // Where WebGL is drawn on the CPU (classroom PCs without GPU acceleration), every WebGL frame is also read back
    // for the page, and a changed frame (a blink, a word) cost two or three frames' time; the stage's pictures are
    // already rasterised textures, which Canvas 2D draws in a fraction of that. On a GPU, WebGL.
    type: softwareWebGl() ? Phaser.CANVAS : Phaser.WEBGL,
    parent,
    backgroundColor: '#10202f',
    // Sized by the page (stage/canvasFit.ts): the slot's CSS size at the device's pixel ratio.
    scale: { mode: Phaser.Scale.NONE, width: innerWidth, height: innerHeight },
    // Sound is Howler's (src/game/audio); Phaser's sound manager is compiled out.
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    banner: false,
    antialias: true,
    // Multisampling is free on a GPU; drawn by the CPU it tripled the frame time, so it is kept for GPUs.
    antialiasGL: !softwareWebGl(),
    scene: [new Boot(), new Preloader(app), new Picker(), new Conversation(app, area), new Debrief()],
  });

  const show = () => {
    const key = sceneFor(app.screen);
    // Until Boot has handed over, the preloader will pick the right scene itself.
    if (game.scene.isActive(SceneKeys.Boot) || !game.isBooted) return;
    for (const scene of game.scene.getScenes(true)) if (scene.scene.key !== key) game.scene.stop(scene.scene.key);
    // start() on a running scene restarts it: "try again" gets a fresh stage.
    game.scene.start(key);
  };
  app.on('screen', show);
  drawOnlyOnChange(game);
  const frame = document.getElementById(parent);
  if (frame) followStageSlot(frame, area, (width, height) => fitCanvas(game, width, height));
  return game;
}
