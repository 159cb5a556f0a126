/**
 * Where on screen the Phaser stage should draw: the part of the page the DOM
 * overlay leaves free. A view marks an empty element as the slot; the scene
 * lays its drawing out inside that element's box and follows it on resize.
 */
import { Emitter } from '../app/emitter.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class StageArea extends Emitter<{ change: Rect | undefined }> {
  private slot: HTMLElement | undefined;
  private observer: ResizeObserver | undefined;
  current: Rect | undefined;

  constructor() {
    super();
    globalThis.addEventListener?.('resize', () => this.measure());
    globalThis.addEventListener?.('scroll', () => this.measure(), { passive: true });
  }

  track(slot: HTMLElement | undefined): void {
    this.observer?.disconnect();
    this.slot = slot;
    if (slot && typeof ResizeObserver !== 'undefined') {
      this.observer = new ResizeObserver(() => this.measure());
      this.observer.observe(slot);
    }
    this.measure();
  }

  measure(): void {
    const box = this.slot?.getBoundingClientRect();
    const next = box && box.width > 0 && box.height > 0 ? { x: box.left, y: box.top, width: box.width, height: box.height } : undefined;
    const same = next && this.current && next.x === this.current.x && next.y === this.current.y && next.width === this.current.width && next.height === this.current.height;
    if (same || (!next && !this.current)) return;
    this.current = next;
    this.emit('change', next);
  }
}
