/** The settings, in a modal <dialog>. Each change applies at once and is saved. */
import type { App } from '../../app/app.ts';
import { isLrsEndpoint, isTimerSetting, timerSettings, type Settings, type TimerSetting } from '../../../web/settings.ts';
import { t, type UiKey } from '../../../web/i18n/i18n.ts';
import { button, el, uid } from '../../../web/dom.ts';
import { languageSelect as languageMenu } from '../../../web/languageSelect.ts';

function checkbox(app: App, key: 'showMeters' | 'showGloss' | 'muted' | 'speak', label: UiKey, help?: UiKey): HTMLElement {
  const id = uid('setting');
  const helpId = help ? uid('help') : undefined;
  const input = el('input', { type: 'checkbox', id, checked: app.settings[key], 'aria-describedby': helpId });
  input.addEventListener('change', () => app.updateSettings({ [key]: input.checked } as Partial<Settings>));
  return el('div', { class: 'setting' }, input, el('label', { for: id }, t(label)), help ? el('p', { class: 'help', id: helpId }, t(help)) : false);
}

export function languageSelect(app: App, id = uid('language')): HTMLElement {
  const control = languageMenu(id, app.settings.language, (language) => app.updateSettings({ language }));
  return el('div', { class: 'setting language' }, el('label', { for: id }, t('settings.language')), control);
}

/** Where a tutor points the xAPI statements; nothing is sent while the endpoint is empty. */
function lrsFieldset(app: App): HTMLElement {
  const helpId = uid('help');
  const errorId = uid('error');
  const error = el('p', { class: 'help error', id: errorId, role: 'alert' });
  const field = (key: 'lrsEndpoint' | 'lrsUsername' | 'lrsPassword', label: UiKey, attrs: Record<string, string>) => {
    const id = uid('lrs');
    const input = el('input', { id, value: app.settings[key], maxlength: key === 'lrsEndpoint' ? 500 : 200, 'aria-describedby': key === 'lrsEndpoint' ? `${helpId} ${errorId}` : undefined, ...attrs });
    input.addEventListener('change', () => {
      const value = input.value.trim();
      if (key === 'lrsEndpoint' && value && !isLrsEndpoint(value)) {
        input.setAttribute('aria-invalid', 'true');
        error.textContent = t('settings.lrsInvalid');
        return;
      }
      input.removeAttribute('aria-invalid');
      if (key === 'lrsEndpoint') error.textContent = '';
      app.updateSettings({ [key]: value } as Partial<Settings>);
    });
    return el('div', { class: 'setting stacked' }, el('label', { for: id }, t(label)), input);
  };
  return el(
    'fieldset',
    { class: 'lrs' },
    el('legend', {}, t('settings.lrs')),
    el('p', { class: 'help', id: helpId }, t('settings.lrsHelp')),
    field('lrsEndpoint', 'settings.lrsEndpoint', { type: 'url', autocomplete: 'url', inputmode: 'url' }),
    error,
    field('lrsUsername', 'settings.lrsUsername', { type: 'text', autocomplete: 'username' }),
    field('lrsPassword', 'settings.lrsPassword', { type: 'password', autocomplete: 'current-password' }),
  );
}

const timerLabels: Record<TimerSetting, UiKey> = {
  standard: 'settings.timers.standard',
  x2: 'settings.timers.x2',
  x5: 'settings.timers.x5',
  x10: 'settings.timers.x10',
  off: 'settings.timers.off',
};

/** How long customers wait (WCAG 2.2.1): the choice applies from the next conversation and is recorded in its transcript. */
function timersSelect(app: App): HTMLElement {
  const id = uid('timers');
  const helpId = uid('help');
  const select = el('select', { id, 'aria-describedby': helpId }, ...timerSettings.map((value) => el('option', { value, selected: app.settings.timers === value }, t(timerLabels[value]))));
  select.addEventListener('change', () => isTimerSetting(select.value) && app.updateSettings({ timers: select.value }));
  return el('div', { class: 'setting stacked' }, el('label', { for: id }, t('settings.timers.label')), select, el('p', { class: 'help', id: helpId }, t('settings.timers.help')));
}

export function settingsDialog(app: App): HTMLDialogElement {
  const dialog = el('dialog', { class: 'settings', 'aria-labelledby': 'settings-title' });
  const render = () => {
    const volumeId = uid('volume');
    const volume = el('input', { type: 'range', id: volumeId, min: 0, max: 100, step: 5, value: Math.round(app.settings.volume * 100) });
    volume.addEventListener('change', () => app.updateSettings({ volume: Number(volume.value) / 100 }));
    const learnerId = uid('learner');
    const learner = el('input', { type: 'text', id: learnerId, value: app.settings.learner, autocomplete: 'name', maxlength: 80 });
    learner.addEventListener('change', () => app.updateSettings({ learner: learner.value.trim() }));
    const feedbackName = uid('feedback');
    const radio = (value: Settings['feedback'], label: UiKey) => {
      const id = uid('fb');
      const input = el('input', { type: 'radio', id, name: feedbackName, value, checked: app.settings.feedback === value });
      input.addEventListener('change', () => input.checked && app.updateSettings({ feedback: value }));
      return el('div', { class: 'setting' }, input, el('label', { for: id }, t(label)));
    };
    dialog.replaceChildren(
      el('h2', { id: 'settings-title' }, t('settings.title')),
      languageSelect(app),
      el('div', { class: 'setting stacked' }, el('label', { for: learnerId }, t('settings.learner')), learner),
      el('fieldset', {}, el('legend', {}, t('settings.feedback')), radio('immediate', 'settings.feedbackImmediate'), radio('end', 'settings.feedbackEnd')),
      timersSelect(app),
      checkbox(app, 'showMeters', 'settings.showMeters'),
      checkbox(app, 'showGloss', 'settings.showGloss', 'settings.showGlossHelp'),
      el('div', { class: 'setting stacked' }, el('label', { for: volumeId }, t('settings.volume')), volume),
      checkbox(app, 'muted', 'settings.muted'),
      checkbox(app, 'speak', 'settings.speak', 'settings.speakHelp'),
      lrsFieldset(app),
      el('div', { class: 'dialog-actions' }, button(t('settings.close'), () => dialog.close(), { class: 'primary' })),
    );
  };
  render();
  // Only a language change alters the dialog's own words; re-render then and keep focus on the switcher.
  let language = app.settings.language;
  app.on('settings', (s) => {
    if (s.language === language) return;
    language = s.language;
    render();
    if (dialog.open) dialog.querySelector<HTMLSelectElement>('.language select')?.focus();
  });
  return dialog;
}
