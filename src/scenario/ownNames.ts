/**
 * Names a scenario chooses (node ids, people, meter names, the meters effects
 * change) are ordinary names, whatever they are: "constructor", "toString" or
 * "__proto__" included. The loaded scenario keeps its maps of names as objects
 * without a prototype, so looking a name up never finds one of Object's; and
 * since zod drops a "__proto__" key from a record without a word, those keys
 * are found in the YAML's data first and reported as any other bad name is.
 */
import type { Scenario } from './schema.ts';
import type { PathKey } from './yamlSource.ts';

function nullPrototype<T extends object>(r: T): T {
  return Object.assign(Object.create(null) as T, r);
}

/**
 * The scenario with every map of names as an object without a prototype (content and hash unchanged). It
 * changes the object zod has just built, which nothing else holds, rather than copying every node.
 */
export function withOwnNames(s: Scenario): Scenario {
  for (const node of Object.values(s.nodes)) {
    for (const choice of node.choices) choice.effects = nullPrototype(choice.effects);
    if (node.after) node.after.effects = nullPrototype(node.after.effects);
  }
  s.people = nullPrototype(s.people);
  s.meters = nullPrototype(s.meters);
  s.nodes = nullPrototype(s.nodes);
  return s;
}

export interface NameProblem {
  keys: PathKey[];
  message: string;
}

const PROTO = '__proto__';
const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (v: unknown, key: string): unknown => (isMap(v) && Object.hasOwn(v, key) ? v[key] : undefined);

/** "__proto__" used as a name in the file's data (before the schema, which would drop it silently). */
export function protoNameProblems(data: unknown): NameProblem[] {
  const problems: NameProblem[] = [];
  const ids = 'use lower-case letters, digits and hyphens (e.g. "take-details")';
  if (Object.hasOwn(own(data, 'nodes') ?? {}, PROTO)) problems.push({ keys: ['nodes', PROTO], message: `nodes: "${PROTO}" is not a valid node id: ${ids}` });
  if (Object.hasOwn(own(data, 'people') ?? {}, PROTO)) problems.push({ keys: ['people', PROTO], message: `people: "${PROTO}" is not a valid person id: ${ids}` });
  if (Object.hasOwn(own(data, 'meters') ?? {}, PROTO)) problems.push({ keys: ['meters', PROTO], message: `meters: "${PROTO}" is not a valid meter name: use lower-case letters and underscores (e.g. "patience")` });
  const nodes = own(data, 'nodes');
  if (!isMap(nodes)) return problems;
  const effects = (keys: PathKey[], value: unknown) => {
    if (isMap(value) && Object.hasOwn(value, PROTO)) problems.push({ keys: [...keys, PROTO], message: `unknown meter "${PROTO}" in effects` });
  };
  for (const id of Object.keys(nodes)) {
    const choices = own(nodes[id], 'choices');
    if (Array.isArray(choices)) choices.forEach((c, i) => effects(['nodes', id, 'choices', i, 'effects'], own(c, 'effects')));
    effects(['nodes', id, 'after', 'effects'], own(own(nodes[id], 'after'), 'effects'));
  }
  return problems;
}
