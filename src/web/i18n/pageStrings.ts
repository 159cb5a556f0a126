/**
 * Strings of a page other than the simulator, kept out of the simulator's
 * first script (whose size is budgeted): the class view adds its own when it
 * starts. Typed as English, so a Welsh key missing fails the type check, and
 * part of UiKey (locales/en-GB/index.ts), so t() checks their keys too.
 */
import enClass from './locales/en-GB/class.json';
import cyClass from './locales/cy/class.json';
import type { UiLanguage } from './languages.ts';

export type ClassViewStrings = typeof enClass;

export const classViewStrings: Record<UiLanguage, ClassViewStrings> = { 'en-GB': enClass, cy: cyClass };
