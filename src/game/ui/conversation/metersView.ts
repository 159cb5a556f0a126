/** The customer's meters as labelled <meter> elements, for learners who want to see how the customer feels. */
import type { Meters } from '../../../scenario/meters.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
import { el } from '../../../web/dom.ts';

const known: Record<string, UiKey> = {
  mood: 'meters.mood',
  patience: 'meters.patience',
  trust: 'meters.trust',
  understanding: 'meters.understanding',
};

export function meterLabel(scenario: Scenario, name: string): string {
  const key = known[name];
  return key ? t(key) : (scenario.meters[name]?.label ?? name);
}

export function metersView(scenario: Scenario, meters: Meters): HTMLElement {
  const heading = el('h2', { class: 'visually-hidden', id: 'meters-title' }, t('meters.title'));
  const rows = Object.entries(meters).map(([name, value]) => {
    const spec = scenario.meters[name];
    const min = spec?.min ?? 0;
    const max = spec?.max ?? 100;
    const id = `meter-${name}`;
    const share = (value - min) / Math.max(1, max - min);
    return el(
      'li',
      { class: 'meter-row' },
      el('label', { for: id }, meterLabel(scenario, name)),
      el('meter', { id, min, max, low: min + (max - min) * 0.34, high: min + (max - min) * 0.66, optimum: max, value, class: share < 0.34 ? 'is-low' : share < 0.66 ? 'is-mid' : 'is-high' }),
      el('span', { class: 'meter-value' }, String(value)),
    );
  });
  return el('section', { class: 'meters', 'aria-labelledby': heading.id }, heading, el('ul', {}, ...rows));
}
