/**
 * cmi5 Learner Preferences (cmi5 §11): the `cmi5LearnerPreferences` document
 * in the learner's Agent Profile, read at every launch. Its languagePreference
 * is a comma-separated list of RFC 5646 tags, most preferred first; its
 * audioPreference is "on" or "off". The document comes from the LMS, so every
 * part of it is read defensively: anything unreadable is simply no preference.
 */

export const LEARNER_PREFERENCES = 'cmi5LearnerPreferences';

export interface LearnerPreferences {
  /** Language tags in the learner's order of preference (may be empty). */
  languages: string[];
  audio?: 'on' | 'off';
}

/** A plausible RFC 5646 tag: letters, digits and hyphens, starting with a language subtag. */
const LANGUAGE_TAG = /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i;

export function parseLearnerPreferences(raw: unknown): LearnerPreferences {
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const languages =
    typeof r.languagePreference === 'string'
      ? r.languagePreference
          .split(',')
          .map((tag) => tag.trim())
          .filter((tag) => LANGUAGE_TAG.test(tag))
      : [];
  const audio = typeof r.audioPreference === 'string' ? r.audioPreference.trim().toLowerCase() : '';
  return audio === 'on' || audio === 'off' ? { languages, audio } : { languages };
}

const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/**
 * The first of the learner's languages that the AU can show, as cmi5 §11.1
 * asks: an exact match (any letter case), else the same language in another
 * region (en-US is shown in the AU's English, cy-GB in its Welsh). Undefined
 * when none of them is supported: the AU keeps its own language.
 */
export function preferredLanguage<T extends string>(preferences: LearnerPreferences, supported: readonly T[]): T | undefined {
  for (const tag of preferences.languages) {
    const exact = supported.find((s) => s.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const sameLanguage = supported.find((s) => primary(s) === primary(tag));
    if (sameLanguage) return sameLanguage;
  }
  return undefined;
}
