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
import { cardStatuses, statusOf, type CardStatus } from '../../app/cardStatus.ts';
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
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

const statusKeys: Record<CardStatus['kind'], UiKey> = {
  'not-started': 'picker.status.notStarted',
  'in-progress': 'picker.status.inProgress',
  attempted: 'picker.status.attempted',
  passed: 'picker.status.passed',
};

export function statusText(status: CardStatus): string {
  if (status.kind === 'in-progress' && status.best !== undefined) return t('picker.status.inProgressBest', { percent: status.best });
  return t(statusKeys[status.kind], status.kind === 'attempted' || status.kind === 'passed' ? { percent: status.best } : {});
}

/** The card's ways in: practise (the primary one), an assessment, and presenting to a class. */
function cardActions(app: App, entry: CatalogueEntry): HTMLElement {
  const title = entry.card.title;
  const practise = button(t('picker.practise'), () => void app.startScenario(entry, { mode: 'practice', learner: app.settings.learner }), {
    class: 'primary',
    'aria-label': t('picker.practiseNamed', { title }),
    'data-practise': entry.card.id,
  });
  const assess = app.practiceOnly ? false : button(t('picker.assess'), () => app.chooseMode(entry, 'assessment'), { 'aria-label': t('picker.assessNamed', { title }), 'data-assess': entry.card.id });
  return el('div', { class: 'card-actions' }, practise, assess, presentButton(app, entry));
}

/**
 * A scenario card. The title is a button too (it opens the choice of practice or assessment), so its
 * accessible name is exactly the words it shows (WCAG 2.5.3); the details describe it, and the status line
 * says where the learner stands with it.
 */
function card(app: App, entry: CatalogueEntry, status: CardStatus): HTMLElement {
  const s = entry.card;
  const detailsId = uid('card-details');
  const b = el('button', { type: 'button', class: 'card card-title', lang: 'en-GB', 'aria-describedby': detailsId, 'data-scenario': s.id }, s.title);
  b.addEventListener('click', () => app.chooseMode(entry));
  return el(
    'li',
    { class: `card-item channel-${s.channel}`, 'data-status': status.kind },
    el('p', { class: 'card-channel' }, t(channelKeys[s.channel])),
    el('h2', { class: 'card-heading' }, b),
    el('p', { class: 'card-status', 'data-card-status': s.id }, statusText(status)),
    cardActions(app, entry),
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
  const unfinished = app.unfinished();
  let statuses = cardStatuses([], unfinished?.card.id);

  const refresh = () => {
    const shown = filterEntries(entries, filter);
    list.replaceChildren(...shown.map((e) => card(app, e, statusOf(statuses, e.card.id))));
    count.textContent = shown.length === 0 ? t('picker.none') : t('picker.count', { shown: shown.length, total: entries.length });
  };

  const filterControls = el(
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
  // Folded, so the first cards are above the fold; a learner who wants them opens them.
  const filters = el('details', { class: 'filters-fold' }, el('summary', {}, t('picker.showFilters')), filterControls);

  const root = el(
    'section',
    { class: 'picker screen-panel', 'aria-labelledby': 'picker-title' },
    el('header', { class: 'picker-header' }, el('h1', { id: 'picker-title', tabindex: '-1' }, t('picker.title')), el('p', { class: 'lede' }, t('picker.lede')), el('div', { class: 'picker-links' }, el('p', { class: 'review-link' }, el('a', { href: './review.html' }, t('picker.review'))), el('p', { class: 'review-link' }, el('a', { href: './class.html' }, t('picker.classView'))), historyLink(app))),
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
  // The learner's status on each card comes from the attempt history, which IndexedDB gives back later.
  let disposed = false;
  void app.attempts.list().then((result) => {
    if (disposed || !result.ok) return;
    statuses = cardStatuses(result.value, unfinished?.card.id);
    // In place, so a card the learner has focused keeps the focus.
    for (const line of list.querySelectorAll<HTMLElement>('[data-card-status]')) {
      const status = statusOf(statuses, line.dataset.cardStatus ?? '');
      line.textContent = statusText(status);
      line.closest('li')?.setAttribute('data-status', status.kind);
    }
  });
  // Practice or assessment is chosen before play, whichever way the scenario was asked for.
  const choose = app.screen.name === 'picker' ? app.screen.choose : undefined;
  const chooser = choose ? modeChooser(app, choose.entry, choose.mode) : undefined;
  if (chooser) {
    root.append(chooser.root);
    queueMicrotask(() => chooser.open());
  }
  return {
    root,
    dispose: () => {
      disposed = true;
      chooser?.dispose();
    },
  };
}
