/**
 * YAML text → validated Scenario, or problems with file, line and column.
 * Covers syntax and shape; meaning (graph, conditions, criteria) is in check.ts.
 */
import { visit } from 'yaml';
import type { z } from 'zod';
import { scenarioHash } from './hash.ts';
import type { Problem } from './problem.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { parseYaml, type PathKey, type YamlSource } from './yamlSource.ts';

export type LoadResult =
  | { ok: true; scenario: Scenario; hash: string; source: YamlSource }
  | { ok: false; problems: Problem[]; source?: YamlSource };

export { scenarioHash };

export function describePath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : String(k)), '');
}

function issueProblems(issue: z.core.$ZodIssue, source: YamlSource): Problem[] {
  const keys = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const where = describePath(keys);
  const prefix = where ? `${where}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: source.path,
      ...source.locate([...keys, key], true),
      message: `${where ? `${where}: ` : ''}unknown field "${key}"`,
    }));
  }
  let message = issue.message;
  if (keys.length > 0 && !source.doc.hasIn(keys)) message = 'missing required field';
  if (issue.code === 'invalid_union' && keys.at(-1) === 'say') message = 'say must be a line of text or a list of { if, text, lang, gloss }';
  return [{ path: source.path, ...source.locate(keys, false), message: `${prefix}${message}` }];
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

export function loadScenarioText(text: string, path: string): LoadResult {
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
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((i) => issueProblems(i, source));
    problems.sort((a, b) => a.line - b.line || a.col - b.col);
    return { ok: false, source, problems };
  }
  return { ok: true, scenario: parsed.data, hash: scenarioHash(parsed.data), source };
}
