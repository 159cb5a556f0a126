/**
 * Every string of the interface goes through here. Scenario text is not
 * translated: a customer speaks their own language whatever the UI's.
 */
import i18next, { type i18n } from 'i18next';
import { languages, type UiLanguage } from './languages.ts';
import type { Strings } from './locales/en-GB/index.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the English table; a typo in a `t()` call fails the type check. */
export type UiKey = Leaves<Strings>;

const resources = Object.fromEntries(Object.entries(languages).map(([code, language]) => [code, { translation: language.strings }]));

const instance: i18n = i18next.createInstance();

export function initI18n(language: UiLanguage): void {
  void instance.init({
    lng: language,
    fallbackLng: 'en-GB',
    resources,
    initAsync: false,
    // Strings reach the page through textContent only, so HTML escaping here would show "&amp;" literally.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** A page's own strings (pageStrings.ts), added after initI18n and before its first t(). */
export function addPageStrings(tables: Record<UiLanguage, object>): void {
  for (const [language, strings] of Object.entries(tables)) instance.addResourceBundle(language, 'translation', strings, true, true);
}

export function setLanguage(language: UiLanguage): void {
  void instance.changeLanguage(language);
}

export function t(key: UiKey, params?: Record<string, string | number>): string {
  return instance.t(key, params ?? {});
}

export const currentLanguage = (): string => instance.language;
