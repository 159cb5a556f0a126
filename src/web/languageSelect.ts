/** The language menu of both pages: every interface language, each named in itself and marked with its own `lang`. */
import { el } from './dom.ts';
import { isUiLanguage, languages, uiLanguages, type UiLanguage } from './i18n/languages.ts';

export function languageSelect(id: string, current: UiLanguage, onChange: (language: UiLanguage) => void): HTMLSelectElement {
  const control = el('select', { id }, ...uiLanguages.map((l) => el('option', { value: l, selected: l === current, lang: l }, languages[l].name)));
  control.addEventListener('change', () => {
    if (isUiLanguage(control.value)) onChange(control.value);
  });
  return control;
}
