/** Everything the class's attempts show: the count, what was not counted and why, exports, learners, and each scenario. */
import { button, el } from '../../web/dom.ts';
import { downloadText } from '../../web/download.ts';
import { t } from '../../web/i18n/i18n.ts';
import { choicesCsv, criteriaCsv, learnersCsv } from '../classCsv.ts';
import type { ClassFigures } from '../classFigures.ts';
import type { SetApart } from '../countedAttempts.ts';
import { sourceName } from './format.ts';
import { learnersTable } from './learnersTable.ts';
import { scenarioAnchor, scenarioSection } from './scenarioSection.ts';
import { setApartText } from './setApartText.ts';

const section = (id: string, title: string, ...children: (Node | false)[]): HTMLElement =>
  el('section', { class: id, 'aria-labelledby': `${id}-title` }, el('h2', { id: `${id}-title` }, title), ...children);

export function setApartView(setApart: readonly SetApart[], lrsWithout: number): HTMLElement | false {
  if (setApart.length === 0 && lrsWithout === 0) return false;
  const items = setApart.map((s) =>
    el(
      'li',
      { 'data-source': s.source, 'data-reason': s.reason.kind },
      el('strong', {}, sourceName(s.source)),
      s.scenarioTitle ? ` (${s.learner ? t('class.setApartWho', { learner: s.learner, scenario: s.scenarioTitle }) : s.scenarioTitle})` : '',
      ': ',
      setApartText(s.reason, sourceName),
    ),
  );
  return section('set-apart', t('class.setApartTitle'), el('p', { class: 'help' }, t('class.setApartHelp')), lrsWithout > 0 && el('p', { class: 'notice lrs-without' }, t('class.lrsWithout', { count: lrsWithout })), el('ul', {}, ...items));
}

function exportsView(f: ClassFigures): HTMLElement {
  const csv = (name: string, text: () => string) => () => downloadText(document, name, text(), 'text/csv;charset=utf-8');
  return section(
    'exports',
    t('class.exportsTitle'),
    el(
      'div',
      { class: 'buttons' },
      button(t('class.csvLearners'), csv('class-learners.csv', () => learnersCsv(f))),
      button(t('class.csvCriteria'), csv('class-criteria.csv', () => criteriaCsv(f))),
      button(t('class.csvChoices'), csv('class-responses.csv', () => choicesCsv(f))),
    ),
  );
}

function scenariosView(f: ClassFigures): HTMLElement {
  const nav = el('nav', { 'aria-label': t('class.scenarioNav') }, el('ul', { class: 'scenario-nav' }, ...f.scenarios.map((s, i) => el('li', {}, el('a', { href: `#${scenarioAnchor(i)}`, lang: 'en-GB' }, s.title)))));
  return section('scenarios', t('class.scenariosTitle'), nav, ...f.scenarios.map((s, i) => scenarioSection(s, i)));
}

export function figuresView(f: ClassFigures): Node[] {
  if (f.attempts === 0) return [el('p', { class: 'summary' }, t('class.nothingYet'))];
  return [
    el('p', { class: 'summary' }, t('class.summary', { attempts: f.attempts, learners: f.learners })),
    exportsView(f),
    section('learners', t('class.learnersTitle'), learnersTable(f.learnerRows)),
    scenariosView(f),
  ];
}
