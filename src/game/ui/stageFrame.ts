/**
 * Keeps the Phaser canvas on the stage slot alone while a conversation is on
 * screen, and on the whole window otherwise. Without a GPU the browser draws
 * WebGL in software and copies every frame back to the page, so each pixel of
 * canvas costs every frame: a window-sized canvas under the side panel spent
 * most of its time drawing what the panel hides.
 */
import type { Rect, StageArea } from './stageArea.ts';

export function followStageSlot(frame: HTMLElement, area: StageArea, resized: () => void): () => void {
  const apply = (rect: Rect | undefined) => {
    if (rect) {
      Object.assign(frame.style, { inset: 'auto', left: `${rect.x}px`, top: `${rect.y}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    } else frame.removeAttribute('style');
    resized();
  };
  apply(area.current);
  return area.on('change', apply);
}
