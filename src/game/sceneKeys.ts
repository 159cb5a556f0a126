import type { Screen } from './app/app.ts';

export const SceneKeys = {
  Boot: 'Boot',
  Preloader: 'Preloader',
  Picker: 'Picker',
  Conversation: 'Conversation',
  Debrief: 'Debrief',
} as const;

export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];

/** The scene that draws behind each screen of the overlay. */
export const sceneFor = (screen: Screen): SceneKey =>
  ({ loading: SceneKeys.Preloader, picker: SceneKeys.Picker, conversation: SceneKeys.Conversation, debrief: SceneKeys.Debrief, history: SceneKeys.Picker })[screen.name];
