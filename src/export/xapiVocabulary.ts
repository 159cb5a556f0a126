/**
 * The IRIs Rapport's statements use. Verbs and activity types are ADL's
 * published vocabulary so any LRS report understands them; activities and
 * extensions live under the deployment's own `activityBase`, which the
 * deployment controls (xAPI asks that an IRI's owner define its meaning).
 */
import type { XapiVerb } from './xapiTypes.ts';

const adlVerb = (name: string): XapiVerb => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-GB': name, 'en-US': name } });

export const VERBS = {
  completed: adlVerb('completed'),
  passed: adlVerb('passed'),
  failed: adlVerb('failed'),
  answered: adlVerb('answered'),
  responded: adlVerb('responded'),
} as const;

export const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
  objective: 'http://adlnet.gov/expapi/activities/objective',
} as const;

/** Activity and extension IRIs under one base, e.g. `https://college.example/rapport`. */
export function iris(activityBase: string) {
  const base = activityBase.replace(/\/+$/, '');
  return {
    scenario: (id: string) => `${base}/scenarios/${encodeURIComponent(id)}`,
    node: (scenarioId: string, nodeId: string) => `${base}/scenarios/${encodeURIComponent(scenarioId)}/nodes/${encodeURIComponent(nodeId)}`,
    unit: (code: string) => `${base}/standards/${encodeURIComponent(code)}`,
    extension: (name: 'evidence' | 'criteria' | 'turn' | 'meters-after' | 'scenario-hash' | 'engine-version' | 'mode' | 'outcome' | 'score' | 'missed-critical') => `${base}/extensions/${name}`,
  };
}
