/**
 * The customer's small portrait for the conversation screen on a phone: the
 * same drawing as the stage's, head and shoulders on a disc, its face
 * following the meters. An image document, so the page can show it as an <img>.
 */
import type { Meters } from '../../scenario/meters.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { appearanceOf } from './appearance.ts';
import { avatarSvg } from './figure.ts';
import { poseFor, poseKey, signalsOf } from './pose.ts';

export interface Portrait {
  /** Changes only when the face does, so the page redraws only then. */
  key: string;
  url: string;
}

export function customerPortrait(scenario: Pick<Scenario, 'customer' | 'meters'>, meters: Meters, size = 128): Portrait {
  const pose = poseFor(signalsOf(scenario, meters));
  const svg = avatarSvg(appearanceOf(scenario.customer.look, 'customer', scenario.customer.name), pose, size, '#cfe0ec');
  return { key: poseKey(pose), url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` };
}
