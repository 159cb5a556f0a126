/**
 * A schema problem in the scenario's own terms: the field, the value the file
 * gave and what the field takes (`difficulty: "easy" is not one of 1, 2, 3`),
 * rather than zod's wording about types. The value is read from the file's
 * data and the allowed values from the schema itself, so the message cannot
 * drift from the format.
 */
import type { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import type { PathKey } from './yamlSource.ts';

type Issue = z.core.$ZodIssue;
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

export function describePath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : String(k)), '');
}

const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema of the field at `keys`, looking through defaults and optionals; undefined inside a union. */
function schemaAt(keys: readonly PathKey[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = scenarioSchema;
  const unwrap = () => {
    for (let d = defOf(s!); d.innerType || d.in; d = defOf(s!)) s = d.innerType ?? d.in;
  };
  for (const k of keys) {
    unwrap();
    const d = defOf(s!);
    s = d.type === 'object' ? (Object.hasOwn(d.shape!, k) ? d.shape![k] : undefined) : d.type === 'array' ? d.element : d.type === 'record' ? d.valueType : undefined;
    if (!s) return undefined;
  }
  unwrap();
  return s;
}

/** The value at `keys` in the file's data (own properties only). */
function valueAt(data: unknown, keys: readonly PathKey[]): unknown {
  let v = data;
  for (const k of keys) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return undefined;
    v = (v as Record<PathKey, unknown>)[k];
  }
  return v;
}

/** A value as the author wrote it: text quoted, numbers and true/false bare, collections by kind. */
export function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'an empty value';
  return Array.isArray(v) ? 'a list' : 'a mapping';
}

/** What a field takes, in an author's words. */
function expected(s: z.ZodType | undefined): string | undefined {
  if (!s) return undefined;
  const d = defOf(s);
  if (d.type === 'number') {
    const n = s as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
    // An int() is bounded to safe integers, which is no bound worth naming.
    const bound = (v: number | null) => (v !== null && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : null);
    const lo = bound(n.minValue);
    const hi = bound(n.maxValue);
    if (n.isInt && lo !== null && hi !== null && hi - lo <= 9) return `one of ${Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).join(', ')}`;
    const what = n.isInt ? 'a whole number' : 'a number';
    if (lo !== null && hi !== null) return `${what} from ${lo} to ${hi}`;
    return what;
  }
  if (d.type === 'enum') return `one of ${(s as unknown as { options: string[] }).options.join(', ')}`;
  if (d.type === 'boolean') return 'true or false';
  if (d.type === 'string') return 'text';
  if (d.type === 'array') return 'a list';
  if (d.type === 'object' || d.type === 'record') return 'a mapping';
  return undefined;
}

const TYPE_WORDS: Readonly<Record<string, string>> = { number: 'a number', int: 'a whole number', string: 'text', boolean: 'true or false', array: 'a list', object: 'a mapping', record: 'a mapping' };
const RECORD_NAMES: Readonly<Record<string, string>> = { nodes: 'node id', people: 'person id', meters: 'meter name' };

/** zod's own default wording, as opposed to a message the schema gives (a hint such as 'a unit code such as "C4"'). */
const isZodWording = (m: string) => /^(Invalid|Too (small|big))/.test(m);

function typeMessage(issue: Extract<Issue, { code: 'invalid_type' }>, value: unknown, field: z.ZodType | undefined): string {
  const want = issue.expected === 'int' ? 'a whole number' : (expected(field) ?? TYPE_WORDS[issue.expected] ?? issue.expected);
  let hint = '';
  if (want === 'text' && (typeof value === 'number' || typeof value === 'boolean')) hint = '; put it in quotes to keep it as text';
  else if (issue.expected === 'array' && (typeof value === 'string' || typeof value === 'number')) hint = `; write it as [${String(value)}] or one "- " line per item`;
  else if (typeof value === 'string' && /^[+-]?\d+(\.\d+)?$/.test(value.trim())) hint = '; write the number without quotes';
  return `${shown(value)} is not ${want}${hint}`;
}

function boundMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown, field: z.ZodType | undefined): string {
  const small = issue.code === 'too_small';
  const bound = small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum;
  if (issue.origin === 'string') return isZodWording(issue.message) ? `${shown(value)} is empty; write something here` : `${shown(value)} is empty: ${issue.message}`;
  if (issue.origin === 'array') {
    const what = Array.isArray(value) && value.length === 0 ? 'an empty list' : shown(value);
    return small ? `${what} has too few items: give at least ${bound}` : `${what} has too many items: give at most ${bound}`;
  }
  const want = expected(field);
  if (want?.startsWith('one of')) return `${shown(value)} is not ${want}`;
  if (small) return issue.inclusive ? `${shown(value)} is less than ${bound}, the least allowed` : `${shown(value)} is not more than ${bound}`;
  return issue.inclusive ? `${shown(value)} is more than ${bound}, the most allowed` : `${shown(value)} is not less than ${bound}`;
}

/** The message for one issue (without the field's name); the key is the record key for a bad name. */
export function issueMessage(issue: Issue, keys: readonly PathKey[], data: unknown): string {
  const value = valueAt(data, keys);
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue, value, schemaAt(keys));
    case 'too_small':
    case 'too_big':
      return boundMessage(issue, value, schemaAt(keys));
    case 'invalid_value':
      return `${shown(value)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return issue.message.startsWith('use ') ? `${shown(value)} is not a valid id: ${issue.message}` : `${shown(value)} is not ${isZodWording(issue.message) ? 'in the right form' : issue.message}`;
    case 'invalid_key': {
      const name = RECORD_NAMES[String(keys.at(-2))] ?? 'name';
      const inner = issue.issues[0]?.message ?? '';
      const how = name === 'meter name' ? 'use lower-case letters and underscores (e.g. "patience")' : isZodWording(inner) ? '' : inner;
      return `"${String(keys.at(-1))}" is not a valid ${name}${how ? `: ${how}` : ''}`;
    }
    default:
      return issue.message;
  }
}
