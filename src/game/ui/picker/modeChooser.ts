/**
 * Before play: practice or assessment. An assessment asks for the learner's
 * name and today's date; the app refuses to start one without them, so this
 * form only helps the learner get it right first time.
 */
import type { Mode } from '../../../engine/transcript.ts';
import type { App } from '../../app/app.ts';
import type { CatalogueEntry } from '../../../web/scenarioCatalogue.ts';
import { localDate, modes, startProblem } from '../../app/modeRules.ts';
import { t } from '../../../web/i18n/i18n.ts';
import { button, el, uid, type View } from '../../../web/dom.ts';

/** One choice of mode, with what it means. */
function modeRadio(m: Mode, checked: boolean, onPick: () => void): { input: HTMLInputElement; row: HTMLElement } {
  const id = uid(`mode-${m}`);
  const helpId = `${id}-help`;
  const input = el('input', { type: 'radio', name: 'mode', id, value: m, checked, 'aria-describedby': helpId });
  input.addEventListener('change', () => {
    if (input.checked) onPick();
  });
  const row = el(
    'div',
    { class: 'setting' },
    input,
    el('label', { for: id }, t(m === 'practice' ? 'mode.practice' : 'mode.assessment')),
    el('p', { class: 'help', id: helpId }, t(m === 'practice' ? 'mode.practiceHelp' : 'mode.assessmentHelp')),
  );
  return { input, row };
}

/** What an assessment needs besides the mode: the learner's name and today's date. */
function assessmentDetails(nameId: string, dateId: string, learner: string): { root: HTMLElement; name: HTMLInputElement; date: HTMLInputElement } {
  const name = el('input', { id: nameId, type: 'text', autocomplete: 'name', maxlength: 80, value: learner });
  const date = el('input', { id: dateId, type: 'date', value: localDate(new Date()) });
  const root = el(
    'div',
    { class: 'assessment-fields' },
    el('div', { class: 'setting stacked' }, el('label', { for: nameId }, t('mode.name')), name),
    el('div', { class: 'setting stacked' }, el('label', { for: dateId }, t('mode.date')), date),
  );
  return { root, name, date };
}

export function modeChooser(app: App, entry: CatalogueEntry, preset: Mode = 'practice'): View & { open(): void } {
  const titleId = uid('mode-title');
  const nameId = uid('mode-name');
  const dateId = uid('mode-date');
  const problemId = uid('mode-problem');
  let mode: Mode = app.practiceOnly ? 'practice' : preset;
  const radios = modes
    .filter((m) => m === 'practice' || !app.practiceOnly)
    .map((m) =>
      modeRadio(m, m === mode, () => {
        mode = m;
        sync();
      }),
    );

  const { root: assessmentFields, name, date } = assessmentDetails(nameId, dateId, app.settings.learner);
  const problem = el('p', { id: problemId, class: 'form-problem', role: 'alert', hidden: true });

  const sync = () => {
    const assessing = mode === 'assessment';
    assessmentFields.hidden = !assessing;
    name.required = assessing;
    date.required = assessing;
    problem.hidden = true;
    problem.textContent = '';
  };

  const form = el('form', { novalidate: true });
  form.append(
    el('h2', { id: titleId }, t('mode.chooseTitle', { title: entry.card.title })),
    el('fieldset', {}, el('legend', {}, t('mode.legend')), ...radios.map((r) => r.row)),
    assessmentFields,
    problem,
    el('div', { class: 'dialog-actions' }, button(t('mode.cancel'), () => cancel()), el('button', { type: 'submit', class: 'primary' }, t('mode.start'))),
  );
  const dialog = el('dialog', { class: 'settings mode-chooser', 'aria-labelledby': titleId, 'data-scenario': entry.card.id }, form);

  const cancel = () => {
    if (dialog.open) dialog.close();
    app.backToPicker();
  };
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    cancel();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const request = { mode, learner: name.value, date: date.value };
    const why = startProblem(request, new Date());
    if (why) {
      problem.textContent = t(why);
      problem.hidden = false;
      const field = why === 'mode.needName' ? name : date;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', problemId);
      field.focus();
      return;
    }
    if (dialog.open) dialog.close();
    void app.startScenario(entry, request);
  });
  sync();

  return {
    root: dialog,
    open() {
      if (typeof dialog.showModal === 'function' && dialog.isConnected && !dialog.open) dialog.showModal();
      else dialog.setAttribute('open', '');
      radios.find((r) => r.input.checked)?.input.focus();
    },
    dispose() {
      if (dialog.open) dialog.close();
    },
  };
}
