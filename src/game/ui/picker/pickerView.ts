/**
 * Choosing a scenario: filters by kind, channel and unit, and a card (a real
 * button) per scenario. Files the checker rejected are named here too, with
 * their problems, so an author can see why theirs is missing.
 */
import type { Channel, Kind } from '../../../scenario/schema.ts';
import { channels, kinds } from '../../../scenario/vocabulary.ts';
import { findUnit } from '../../../standards/catalogue.ts';
import type { App } from '../../app/app.ts';
import type { CatalogueEntry } from '../../../web/scenarioCatalogue.ts';
import { describeProblems, filterEntries, unitsCovered, type PickerFilter } from '../../app/pickerFilter.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { channelKeys, kindKeys } from '../../../web/i18n/valueKeys.ts';
import { historyLink, presentButton } from './classroomLinks.ts';
import { button, el, uid, type View } from '../../../web/dom.ts';
import { modeChooser } from './modeChooser.ts';
import './picker.css';


/** `optionLang` marks options whose text is not the interface's own (the standards' unit titles are English). */
function select(label: string, options: [value: string, text: string][], value: string | undefined, onChange: (value: string) => void, optionLang?: string): HTMLElement {
  const id = uid('filter');
  const option = (v: string, text: string) => el('option', { value: v, selected: v === value, ...(optionLang ? { lang: optionLang } : {}) }, text);
  const control = el('select', { id }, el('option', { value: '' }, t('picker.all')), ...options.map(([v, text]) => option(v, text)));
  control.addEventListener('change', () => onChange(control.value));
  return el('div', { class: 'filter' }, el('label', { for: id }, label), control);
}

/**
 * A scenario card. Only the title is the button, so its accessible name is
 * exactly the words it shows (WCAG 2.5.3); the details describe it, and the
 * button's hit area is stretched over the whole card in CSS.
 */
function card(entry: CatalogueEntry, onStart: () => void): HTMLElement {
  const s = entry.card;
  const detailsId = uid('card-details');
  const b = el('button', { type: 'button', class: 'card card-title', lang: 'en-GB', 'aria-describedby': detailsId, 'data-scenario': s.id }, s.title);
  b.addEventListener('click', onStart);
  return el(
    'li',
    { class: `card-item channel-${s.channel}` },
    el('p', { class: 'card-channel' }, t(channelKeys[s.channel])),
    el('h2', { class: 'card-heading' }, b),
    el(
      'p',
      { class: 'card-details', id: detailsId },
      el('span', { class: 'card-org', lang: 'en-GB' }, `${s.organisation}. ${s.setting}`),
      el('span', { class: 'card-meta' }, `${t('picker.units')} ${s.units.join(', ')}`),
      el('span', { class: 'card-meta' }, s.kinds.map((k) => t(kindKeys[k])).join(' · ')),
      el(
        'span',
        { class: 'card-difficulty' },
        el('span', { class: 'dots', 'aria-hidden': 'true' }, '●'.repeat(s.difficulty) + '○'.repeat(3 - s.difficulty)),
        ' ',
        t('picker.difficulty', { level: s.difficulty }),
      ),
    ),
  );
}

export function pickerView(app: App): View {
  const filter: PickerFilter = {};
  const { entries, rejected } = app.library;
  const list = el('ul', { class: 'cards' });
  const count = el('p', { class: 'count', role: 'status' });

  const refresh = () => {
    const shown = filterEntries(entries, filter);
    list.replaceChildren(...shown.map((e) => card(e, () => app.chooseMode(e))));
    shown.forEach((e, i) => list.children[i]?.append(presentButton(app, e)));
    count.textContent = shown.length === 0 ? t('picker.none') : t('picker.count', { shown: shown.length, total: entries.length });
  };

  const filters = el(
    'div',
    { class: 'filters', role: 'search', 'aria-label': t('picker.filters') },
    select(t('picker.kind'), kinds.map((k) => [k, t(kindKeys[k])]), filter.kind, (v) => ((filter.kind = (v || undefined) as Kind | undefined), refresh())),
    select(t('picker.channel'), channels.map((c) => [c, t(channelKeys[c])]), filter.channel, (v) => ((filter.channel = (v || undefined) as Channel | undefined), refresh())),
    select(
      t('picker.unit'),
      unitsCovered(entries).map((u) => [u, `${u} ${findUnit(u)?.title ?? ''}`.trim()]),
      filter.unit,
      (v) => ((filter.unit = v || undefined), refresh()),
      'en-GB',
    ),
  );

  const unfinished = app.unfinished();
  const root = el(
    'section',
    { class: 'picker screen-panel', 'aria-labelledby': 'picker-title' },
    el('header', { class: 'picker-header' }, el('h1', { id: 'picker-title', tabindex: '-1' }, t('picker.title')), el('p', { class: 'lede' }, t('picker.lede')), el('p', { class: 'review-link' }, el('a', { href: './review.html' }, t('picker.review'))), historyLink(app)),
    unfinished
      ? el('div', { class: 'resume' }, el('p', {}, t('picker.unfinished'), ' ', el('strong', { lang: 'en-GB' }, unfinished.card.title)), button(t('picker.resume'), () => void app.resumeUnfinished(), { class: 'primary' }))
      : false,
    filters,
    count,
    list,
    rejected.length > 0
      ? el(
          'details',
          { class: 'rejected' },
          el('summary', {}, t('picker.rejected', { files: rejected.length })),
          el('ul', {}, ...rejected.map((r) => el('li', {}, el('code', {}, r.file), el('pre', {}, describeProblems(r).join('\n'))))),
        )
      : false,
  );
  refresh();
  // Practice or assessment is chosen before play, whichever way the scenario was asked for.
  const choose = app.screen.name === 'picker' ? app.screen.choose : undefined;
  const chooser = choose ? modeChooser(app, choose.entry, choose.mode) : undefined;
  if (chooser) {
    root.append(chooser.root);
    queueMicrotask(() => chooser.open());
  }
  return { root, dispose: () => chooser?.dispose() };
}
