/**
 * A small portrait of the customer that stays in view on a phone while the
 * learner reads and chooses: on a narrow screen the stage scrolls away above
 * the panel, and this strip keeps the customer's face (and its mood) at the
 * top of the screen. The drawing is the stage's own art, fetched with the
 * first conversation rather than with the page. Wider screens show the stage
 * beside the panel, so the strip is hidden there (customerPortrait.css).
 */
import type { SessionView } from '../../../engine/types.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { el, type View } from '../../../web/dom.ts';
import './customerPortrait.css';

type Draw = typeof import('../../art/portrait.ts').customerPortrait;

/** Where the strip shows (customerPortrait.css): the art is fetched only for a screen that shows it. */
const NARROW = '(max-width: 900px)';

export function customerPortrait(scenario: Scenario): View & { update(view: SessionView): void } {
  // Decorative: the customer's name and words are in the line, which is announced. A background, not an <img>:
  // the panel holds no image element, so one found there can only have come from markup in scenario text.
  const image = el('span', { class: 'customer-portrait-face' });
  const root = el('div', { class: 'customer-portrait', 'aria-hidden': 'true' }, image, el('span', { class: 'customer-portrait-name', lang: 'en-GB' }, scenario.customer.name));
  let draw: Draw | undefined;
  let latest: SessionView | undefined;
  let shownKey = '';
  let disposed = false;
  const show = () => {
    if (!draw || !latest) return;
    const portrait = draw(scenario, latest.meters);
    if (portrait.key === shownKey) return;
    shownKey = portrait.key;
    image.style.backgroundImage = `url("${portrait.url}")`;
  };
  let loading = false;
  const load = () => {
    if (loading || disposed) return;
    loading = true;
    void import('../../art/portrait.ts').then((module) => {
      if (disposed) return;
      draw = module.customerPortrait;
      show();
    });
  };
  // A laptop never shows the strip, so it never fetches its art; a window narrowed later fetches it then.
  const narrow = typeof matchMedia === 'function' ? matchMedia(NARROW) : undefined;
  if (narrow?.matches) load();
  else narrow?.addEventListener('change', load);
  return {
    root,
    update(view) {
      latest = view;
      show();
    },
    dispose() {
      disposed = true;
      narrow?.removeEventListener('change', load);
    },
  };
}
