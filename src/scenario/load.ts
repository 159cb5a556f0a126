/**
 * YAML text → validated Scenario, or problems with file, line and column.
 * Covers syntax and shape; meaning (graph, conditions, criteria) is in check.ts.
 */
import { visit } from 'yaml';
import { duplicateKeys, type DuplicateKey } from './duplicateKeys.ts';
import type { z } from 'zod';
import { scenarioHash } from './hash.ts';
import type { Problem } from './problem.ts';
import { withOwnNames, protoNameProblems } from './ownNames.ts';
import { readPlainYaml } from './plainYaml.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { describePath, issueMessage } from './schemaMessages.ts';
import { parseYaml, type PathKey, type YamlSource } from './yamlSource.ts';

export type LoadResult =
  | { ok: true; scenario: Scenario; hash: string; source: YamlSource }
  | { ok: false; problems: Problem[]; source?: YamlSource };

export { scenarioHash };


function issueProblems(issue: z.core.$ZodIssue, source: YamlSource, data: unknown): Problem[] {
  const keys = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const where = describePath(keys);
  const prefix = where ? `${where}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: source.path,
      ...source.locate([...keys, key], true),
      message: `${prefix}unknown field "${key}"`,
    }));
  }
  if (issue.code === 'invalid_key') {
    // The record's path names where; the bad name is the key itself.
    return [{ path: source.path, ...source.locate(keys, true), message: `${describePath(keys.slice(0, -1))}: ${issueMessage(issue, keys, data)}` }];
  }
  let message = issueMessage(issue, keys, data);
  if (keys.length > 0 && !source.doc.hasIn(keys)) message = 'missing required field';
  if (issue.code === 'invalid_union' && keys.at(-1) === 'say') message = 'say must be a line of text or a list of { if, text, lang, gloss }';
  return [{ path: source.path, ...source.locate(keys, false), message: `${prefix}${message}` }];
}

function duplicateProblem(source: YamlSource, d: DuplicateKey): Problem {
  const first = source.at(d.first);
  return { path: source.path, ...source.at(d.at), message: `YAML: duplicate key "${d.key}": it is first written at line ${first.line}, column ${first.col}; a mapping takes each key once` };
}

function aliasPosition(source: YamlSource): { line: number; col: number } {
  let offset = 0;
  visit(source.doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return source.at(offset);
}

/**
 * Loads a scenario file. Plain YAML is read straight to data (plainYaml.ts), and the document with every
 * position is built only when a problem needs placing (or a caller asks for `source`); anything else, and
 * any file with a problem, goes through the YAML library, which places each problem in the file.
 */
export function loadScenarioText(text: string, path: string): LoadResult {
  const plain = readPlainYaml(text);
  if (plain !== undefined) {
    const parsed = scenarioSchema.safeParse(plain);
    if (parsed.success) return loaded(withOwnNames(parsed.data), () => parseYaml(text, path));
  }
  return loadWithPositions(text, path);
}

function loaded(scenario: Scenario, read: () => YamlSource): LoadResult {
  let source: YamlSource | undefined;
  return {
    ok: true,
    scenario,
    // Hashed when asked (the engine asks once per scenario): checking a file needs no hash, and a large
    // scenario's canonical JSON and SHA-256 cost more than the rest of its check.
    get hash() {
      return scenarioHash(scenario);
    },
    get source() {
      return (source ??= read());
    },
  };
}

/** The YAML library's way: every node with its position, so each problem is placed where it is. */
function loadWithPositions(text: string, path: string): LoadResult {
  let source: YamlSource;
  try {
    source = parseYaml(text, path);
  } catch (err) {
    return { ok: false, problems: [{ path, line: 1, col: 1, message: `cannot read file: ${(err as Error).message}` }] };
  }
  const yamlErrors = source.doc.errors;
  if (yamlErrors.length > 0) {
    return {
      ok: false,
      source,
      problems: yamlErrors.map((e) => ({ path, ...source.at(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const duplicates = duplicateKeys(source.doc);
  if (duplicates.length > 0) return { ok: false, source, problems: duplicates.map((d) => duplicateProblem(source, d)) };
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // An alias to an anchor defined later, or an alias bomb: the parser accepts it, conversion does not.
    return { ok: false, source, problems: [{ path, ...aliasPosition(source), message: `YAML: ${(err as Error).message}` }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, source, problems: [{ path, line: 1, col: 1, message: 'a scenario file must be a YAML mapping (id, title, nodes, ...)' }] };
  }
  const parsed = scenarioSchema.safeParse(data);
  const problems = protoNameProblems(data).map((p) => ({ path, ...source.locate(p.keys, true), message: p.message }));
  if (!parsed.success) problems.push(...parsed.error.issues.flatMap((i) => issueProblems(i, source, data)));
  if (!parsed.success || problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    return { ok: false, source, problems };
  }
  return loaded(withOwnNames(parsed.data), () => source);
}
