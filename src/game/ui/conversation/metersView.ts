/**
 * The customer's meters as labelled <meter> elements, for learners who want to see how the customer feels: each
 * with one line saying what it measures and, after a response, how far that response moved it (+10 Trust).
 */
import type { Meters } from '../../../scenario/meters.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
import { el } from '../../../web/dom.ts';

const known: Record<string, { label: UiKey; about: UiKey }> = {
  mood: { label: 'meters.mood', about: 'meters.about.mood' },
  patience: { label: 'meters.patience', about: 'meters.about.patience' },
  trust: { label: 'meters.trust', about: 'meters.about.trust' },
  understanding: { label: 'meters.understanding', about: 'meters.about.understanding' },
  queue: { label: 'meters.queue', about: 'meters.about.queue' },
  details: { label: 'meters.details', about: 'meters.about.details' },
  prepared: { label: 'meters.prepared', about: 'meters.about.prepared' },
};

export function meterLabel(scenario: Scenario, name: string): string {
  const key = known[name]?.label;
  return key ? t(key) : (scenario.meters[name]?.label ?? name);
}

/** "+10 Trust", "−5 Mood": a change in words a screen reader reads as a sign and a number. */
export function meterDelta(scenario: Scenario, name: string, delta: number): string {
  return t('meters.delta', { sign: delta > 0 ? '+' : '−', amount: Math.abs(delta), meter: meterLabel(scenario, name) });
}

export function metersView(scenario: Scenario, meters: Meters, before?: Meters): HTMLElement {
  const heading = el('h2', { class: 'visually-hidden', id: 'meters-title' }, t('meters.title'));
  const rows = Object.entries(meters).map(([name, value]) => {
    const spec = scenario.meters[name];
    const min = spec?.min ?? 0;
    const max = spec?.max ?? 100;
    const id = `meter-${name}`;
    const share = (value - min) / Math.max(1, max - min);
    const delta = before && before[name] !== undefined ? value - before[name]! : 0;
    const about = known[name]?.about;
    return el(
      'li',
      { class: 'meter-row', 'data-meter': name },
      el('label', { for: id }, meterLabel(scenario, name)),
      el('span', { class: 'meter-value' }, String(value)),
      delta !== 0 ? el('span', { class: `meter-delta ${delta > 0 ? 'is-up' : 'is-down'}` }, meterDelta(scenario, name, delta)) : false,
      el('meter', { id, min, max, low: min + (max - min) * 0.34, high: min + (max - min) * 0.66, optimum: max, value, class: share < 0.34 ? 'is-low' : share < 0.66 ? 'is-mid' : 'is-high' }),
      about ? el('span', { class: 'meter-about' }, t(about)) : false,
    );
  });
  return el('section', { class: 'meters', 'aria-labelledby': heading.id }, heading, el('ul', {}, ...rows));
}
