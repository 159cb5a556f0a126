/**
 * Fitting a line of text into a fixed width (a sign, a phone's display, a
 * card's name bar): the largest size that fits between a start size and a
 * floor, then, if even the floor is too wide, the text cut with an ellipsis.
 * Pure, with the measuring passed in, so it is tested without a browser.
 */

/** Width of `text` at `px` pixels. */
export type Measure = (text: string, px: number) => number;

export function fitLine(measure: Measure, text: string, width: number, size: number, min: number): { px: number; text: string } {
  let px = Math.max(min, Math.floor(size));
  while (px > min && measure(text, px) > width) px--;
  if (measure(text, px) <= width) return { px, text };
  let cut = text.length;
  let shown = text;
  while (cut > 1 && measure(shown, px) > width) shown = `${text.slice(0, --cut).trimEnd()}…`;
  return { px, text: shown };
}
