/**
 * The one table of interface languages: each one's name in itself (for the
 * language menus of both pages) and its strings. The first is the fallback.
 * Adding a language is a row here and a folder of area files under locales/.
 */
import { cy } from './locales/cy/index.ts';
import { enGB } from './locales/en-GB/index.ts';

export const languages = {
  'en-GB': { name: 'English (UK)', strings: enGB },
  cy: { name: 'Cymraeg', strings: cy },
} as const;

export type UiLanguage = keyof typeof languages;

export const uiLanguages = Object.keys(languages) as readonly UiLanguage[];

export const isUiLanguage = (value: unknown): value is UiLanguage => typeof value === 'string' && Object.hasOwn(languages, value);
