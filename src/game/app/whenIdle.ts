import type { App } from './app.ts';

/** Runs `fn` once the app has left its loading screen and the browser is idle: after the first choice is on screen. */
export function whenUsableAndIdle(app: App, fn: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 1000));
  if (app.screen.name !== 'loading') return void idle();
  const off = app.on('screen', () => {
    off();
    idle();
  });
}
