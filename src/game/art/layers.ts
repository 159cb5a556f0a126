/**
 * A setting's layers as SVG documents for a slot: the part of the design in
 * view (design.ts), drawn at the slot's pixel size, so the stage's textures
 * are as sharp as the screen they are shown on.
 */
import type { Fit } from './design.ts';
import type { Setting } from './places/setting.ts';
import { g, rect, svgDocument } from './svg.ts';

function signBoard(setting: Setting): string {
  const s = setting.sign;
  if (!s) return '';
  return g({}, rect(s.x - s.width / 2 + 6, s.y - s.height / 2 + 8, s.width, s.height, { rx: 12, fill: '#000000', opacity: 0.15 }), rect(s.x - s.width / 2, s.y - s.height / 2, s.width, s.height, { rx: 12, fill: s.fill }));
}

export function layerSvg(setting: Setting, layer: 'back' | 'front', fit: Fit, width: number, height: number): string {
  const { x0, y0, x1, y1 } = fit.view;
  const sign = (layer === 'front') === (setting.sign?.inFront ?? false) ? signBoard(setting) : '';
  const body = (layer === 'back' ? setting.back : setting.front) + sign;
  return svgDocument([x0, y0, x1 - x0, y1 - y0], width, height, `<defs>${setting.defs}</defs>${body}`, 'none');
}
