/**
 * Canonical JSON: every object's keys in UTF-16 code-unit order (as the
 * default sort compares), whatever order the data was built in. Compact, it is
 * what content hashes are taken of; indented, it is the transcript file, so the
 * same transcript always exports to the same bytes.
 *
 * Written by hand, a dozen lines: the hashes already kept in transcripts,
 * saves and statement ids are of exactly these bytes, and RFC 8785 writers
 * (canonicalize and the like) neither indent nor promise them. Keys are written
 * in sorted order, never re-read from an object, because JavaScript lists
 * integer-like keys ("2", "10") in numeric order. Otherwise the rules are
 * JSON.stringify's: `undefined` members are left out (null in an array), and a
 * value JSON cannot hold at all gives undefined, as JSON.stringify does.
 */
export function canonicalJson(value: unknown, indent = 0): string {
  return write(value, indent > 0 ? ' '.repeat(indent) : '', '\n') as string;
}

function write(value: unknown, step: string, pad: string): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = step ? pad + step : '';
  const open = step ? inner : '';
  const close = step ? pad : '';
  const colon = step ? ': ' : ':';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((v) => write(v, step, inner) ?? 'null');
    return `[${open}${items.join(`,${open}`)}${close}]`;
  }
  // Default sort orders by UTF-16 code units, as comparing with < does.
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const v = write((value as Record<string, unknown>)[key], step, inner);
    if (v !== undefined) members.push(`${JSON.stringify(key)}${colon}${v}`);
  }
  if (members.length === 0) return '{}';
  return `{${open}${members.join(`,${open}`)}${close}}`;
}

/** A plain data object (a literal, JSON.parse's, or one without a prototype) whose JSON is its own keys. */
function plainObject(v: object): v is Record<string, unknown> {
  const proto: unknown = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * Whether two values are the same data member for member, walked without writing any JSON. It answers true
 * only where their canonical JSON is certainly equal (the same primitives, arrays and plain objects with the
 * same keys); anything else, including what JSON would make equal anyway (`undefined` members, -0), is for
 * the caller to settle by the JSON itself.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !plainObject(a) || !plainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || !sameData(a[key], b[key])) return false;
  return true;
}

/**
 * Whether two values have the same canonical JSON. Verification compares every field of every turn this way;
 * most are the same data, which is told without writing the JSON, and only the rest are written out and compared.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return sameData(a, b) || canonicalJson(a) === canonicalJson(b);
}
