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
