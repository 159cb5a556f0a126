import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { checkedScenarios } from './scripts/checkedScenariosPlugin.ts';
import { offline } from './scripts/offlinePlugin.ts';

/**
 * Phaser ships one prebuilt bundle with every game object; Rapport draws with
 * Graphics, Text and tweens only, so it builds from Phaser's "core" entry and
 * folds away what its feature flags exclude. Sound goes through Howler
 * (src/game/audio), so Phaser's own sound manager is left out. Both renderers
 * are kept: Canvas 2D is the faster one where WebGL is drawn on the CPU
 * (src/game/startGame.ts).
 */
const phaserFlags = {
  'typeof CANVAS_RENDERER': JSON.stringify(true),
  'typeof WEBGL_RENDERER': JSON.stringify(true),
  'typeof WEBGL_DEBUG': JSON.stringify(false),
  'typeof EXPERIMENTAL': JSON.stringify(false),
  'typeof PLUGIN_CAMERA3D': JSON.stringify(false),
  'typeof PLUGIN_FBINSTANT': JSON.stringify(false),
  'typeof FEATURE_SOUND': JSON.stringify(false),
};

export default defineConfig({
  base: './',
  // The bundled scenarios are checked here, once, not in every learner's browser (see the plugin); the service
  // worker that keeps the app working offline is made here too (scripts/offlinePlugin.ts).
  plugins: [checkedScenarios(), offline()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The Phaser stage (about 800 KB minified, 204 KB gzip, fetched with the first conversation) is one chunk on
    // purpose; each scenario's data is a JSON file of its own (scripts/checkedScenariosPlugin.ts). The budget that
    // matters, gzip before the first choice, is measured by `npm run bench`.
    chunkSizeWarningLimit: 1000,
    // Three pages: the simulator, the assessor's review page (src/review/page) and the tutor's class view (src/class/page).
    rolldownOptions: { input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), review: fileURLToPath(new URL('./review.html', import.meta.url)), class: fileURLToPath(new URL('./class.html', import.meta.url)) } },
  },
  resolve: {
    alias: [{ find: /^phaser$/, replacement: fileURLToPath(new URL('./node_modules/phaser/src/phaser-core.js', import.meta.url)) }],
  },
  // Phaser's CommonJS sources assign to `global`.
  define: { ...phaserFlags, global: 'globalThis' },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
