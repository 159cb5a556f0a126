/**
 * Keeps the Phaser canvas on the stage slot alone while a conversation is on
 * screen, and on the whole window otherwise. Without a GPU the browser draws
 * WebGL in software and copies every frame back to the page, so each pixel of
 * canvas costs every frame: a window-sized canvas under the side panel spent
 * most of its time drawing what the panel hides.
 */
import type { Rect, StageArea } from './stageArea.ts';

/**
 * Places `frame` on the slot (or the window) and tells `fit` the CSS size the canvas must take, whenever the slot
 * changes, the window is resized or its pixel ratio changes (a browser zoom, another monitor).
 */
export function followStageSlot(frame: HTMLElement, area: StageArea, fit: (width: number, height: number) => void): () => void {
  const apply = (rect: Rect | undefined = area.current) => {
    if (rect) {
      Object.assign(frame.style, { inset: 'auto', left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.width}px`, height: `${rect.height}px` });
      fit(rect.width, rect.height);
    } else {
      frame.removeAttribute('style');
      const box = frame.getBoundingClientRect();
      fit(box.width, box.height);
    }
  };
  const onResize = () => apply();
  apply();
  const off = area.on('change', apply);
  globalThis.addEventListener?.('resize', onResize);
  return () => {
    off();
    globalThis.removeEventListener?.('resize', onResize);
  };
}
