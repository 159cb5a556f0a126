/**
 * A key written twice in one mapping: the YAML parser says only that keys must
 * be unique, at the second. An author needs the key's name and where it was
 * first written, to choose which of the two to keep.
 */
import { isMap, isScalar, visit, type Document } from 'yaml';

/** The key whose second writing starts at `offset`, and the offset of its first. */
export function duplicateKeyAt(doc: Document.Parsed, offset: number): { key: string; first: number } | undefined {
  let found: { key: string; first: number } | undefined;
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return undefined;
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        const first = seen.get(key);
        if (first !== undefined && pair.key.range[0] === offset) {
          found = { key, first };
          return visit.BREAK;
        }
        if (first === undefined) seen.set(key, pair.key.range[0]);
      }
      return undefined;
    },
  });
  return found;
}
