/** JSON with object keys sorted, so equal data always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    // Default sort orders by UTF-16 code units, as comparing with < does.
    const keys = Object.keys(value).sort();
    let out = '';
    for (const k of keys) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      out += `${out ? ',' : ''}${JSON.stringify(k)}:${canonicalJson(v)}`;
    }
    return `{${out}}`;
  }
  return JSON.stringify(value);
}
