/**
 * The learner's preferences. Read back from storage defensively: a value from
 * an older build or edited by hand falls back to its default, field by field.
 */
import { isHttpUrl } from '../export/httpUrl.ts';
import { isUiLanguage, type UiLanguage } from './i18n/languages.ts';

export interface Settings {
  language: UiLanguage;
  /** Show the mood, patience, trust and understanding meters during play. */
  showMeters: boolean;
  /** Show the English meaning under a line in another language. */
  showGloss: boolean;
  /** Judge each response as it is given, or only in the debrief (closer to an assessed observation). */
  feedback: 'immediate' | 'end';
  /** 0..1 */
  volume: number;
  muted: boolean;
  /** Read the customer's lines aloud with the browser's speech synthesis. */
  speak: boolean;
  /** Name recorded on the transcript. */
  learner: string;
  /** xAPI endpoint of a Learning Record Store; empty means nothing is ever sent. */
  lrsEndpoint: string;
  lrsUsername: string;
  lrsPassword: string;
}

export const defaultSettings: Readonly<Settings> = Object.freeze({
  language: 'en-GB',
  showMeters: true,
  showGloss: true,
  feedback: 'immediate',
  volume: 0.7,
  muted: false,
  speak: false,
  learner: '',
  lrsEndpoint: '',
  lrsUsername: '',
  lrsPassword: '',
});

/** Only an http(s) address can be an LRS endpoint; anything else is refused rather than sent to. */
export const isLrsEndpoint = (value: string): boolean => isHttpUrl(value);

const text = (v: unknown, max: number, fallback: string): string => (typeof v === 'string' ? v.slice(0, max) : fallback);

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

export function parseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = defaultSettings;
  return {
    language: isUiLanguage(r.language) ? r.language : d.language,
    showMeters: isBool(r.showMeters) ? r.showMeters : d.showMeters,
    showGloss: isBool(r.showGloss) ? r.showGloss : d.showGloss,
    feedback: r.feedback === 'end' || r.feedback === 'immediate' ? r.feedback : d.feedback,
    volume: typeof r.volume === 'number' && r.volume >= 0 && r.volume <= 1 ? r.volume : d.volume,
    muted: isBool(r.muted) ? r.muted : d.muted,
    speak: isBool(r.speak) ? r.speak : d.speak,
    learner: typeof r.learner === 'string' ? r.learner.slice(0, 80) : d.learner,
    lrsEndpoint: typeof r.lrsEndpoint === 'string' && isLrsEndpoint(r.lrsEndpoint) ? r.lrsEndpoint.slice(0, 500) : d.lrsEndpoint,
    lrsUsername: text(r.lrsUsername, 200, d.lrsUsername),
    lrsPassword: text(r.lrsPassword, 200, d.lrsPassword),
  };
}
