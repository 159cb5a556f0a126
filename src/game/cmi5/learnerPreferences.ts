/**
 * A cmi5 launch's learner preferences (cmi5 §11) applied to this page: the
 * first of the learner's languages that Rapport speaks, and sound on or off.
 * They hold for this launch only, so a shared classroom computer keeps its own
 * settings for whoever opens Rapport next outside the course.
 */
import { preferredLanguage, type LearnerPreferences } from '../../cmi5/learnerPreferences.ts';
import { uiLanguages } from '../../web/i18n/languages.ts';
import type { Settings } from '../../web/settings.ts';
import type { App } from '../app/app.ts';

export function settingsFromPreferences(preferences: LearnerPreferences): Partial<Settings> {
  const patch: Partial<Settings> = {};
  const language = preferredLanguage(preferences, uiLanguages);
  if (language) patch.language = language;
  // Reading lines aloud is sound too: "off" silences it as well as the cues; "on" leaves that choice to the learner.
  if (preferences.audio === 'off') Object.assign(patch, { muted: true, speak: false });
  if (preferences.audio === 'on') patch.muted = false;
  return patch;
}

export function applyLearnerPreferences(app: App, preferences: LearnerPreferences): void {
  const patch = settingsFromPreferences(preferences);
  if (Object.keys(patch).length > 0) app.updateSettings(patch, { save: false });
}
