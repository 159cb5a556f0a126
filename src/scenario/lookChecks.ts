/**
 * The declared look against the story: a customer called "Mrs Akhtar" must not
 * be drawn as a man. Titles are the one thing the text says for certain about
 * presentation, so they are what the check holds the look to; Mx, Dr and names
 * without a title fit any look.
 */
import type { Finding } from './graphChecks.ts';
import type { Look, Scenario } from './schema.ts';
import type { PathKey } from './yamlSource.ts';

const TITLE_PRESENTATION: Readonly<Record<string, Look['presentation']>> = { mr: 'masculine', mrs: 'feminine', ms: 'feminine', miss: 'feminine' };

function clash(name: string, look: Look, keys: PathKey[]): Finding[] {
  const title = name.trim().split(/\s+/)[0]!.replace(/\.$/, '').toLowerCase();
  const expected = Object.hasOwn(TITLE_PRESENTATION, title) ? TITLE_PRESENTATION[title] : undefined;
  if (!expected || look.presentation === expected || look.presentation === 'androgynous') return [];
  return [{ keys: [...keys, 'presentation'], message: `"${name}" is drawn with presentation "${look.presentation}", which clashes with the title; use "${expected}" or change the title` }];
}

export function lookFindings(scenario: Scenario): Finding[] {
  const findings = clash(scenario.customer.name, scenario.customer.look, ['customer', 'look']);
  for (const [id, person] of Object.entries(scenario.people)) {
    if (person.look) findings.push(...clash(person.name, person.look, ['people', id, 'look']));
  }
  return findings;
}

/** Ids in `present` that name nobody in `people`. */
export function presentFindings(scenario: Scenario): Finding[] {
  const findings: Finding[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.present?.forEach((who, i) => {
      if (!Object.hasOwn(scenario.people, who)) findings.push({ keys: ['nodes', nodeId, 'present', i], message: `"${who}" is not one of the people this scenario names (add them under "people")` });
    });
  }
  return findings;
}
