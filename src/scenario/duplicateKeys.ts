/**
 * Keys written twice in one mapping. The YAML parser's own check compares each
 * key with every key before it (quadratic: a mapping of 100,000 nodes would
 * take minutes) and says only that keys must be unique; this one keeps the
 * keys of each mapping in a Map, walks the document on an explicit stack, and
 * names the key and where it was first written, so the author can choose which
 * of the two to keep. Keys are equal as the parser's check counts them: scalars
 * of the same value (so `1` and `"1"` differ).
 */
import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

export interface DuplicateKey {
  key: string;
  /** Offsets of the second writing of the key and of the first. */
  at: number;
  first: number;
}

export function duplicateKeys(doc: Document.Parsed): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      // Most mappings hold a handful of keys: comparing each with those before it beats building a Map.
      const items = node.items;
      const seen = items.length > 8 ? new Map<unknown, number>() : undefined;
      for (let i = 0; i < items.length; i++) {
        const pair = items[i]!;
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key) && key.range) {
          let first: number | undefined;
          if (seen) {
            first = seen.get(key.value);
            if (first === undefined) seen.set(key.value, key.range[0]);
          } else {
            for (let j = 0; j < i && first === undefined; j++) {
              const other = items[j]!.key;
              if (isScalar(other) && other.range && other.value === key.value) first = other.range[0];
            }
          }
          if (first !== undefined) found.push({ key: String(key.value), at: key.range[0], first });
        }
        if (isMap(pair.value) || isSeq(pair.value)) stack.push(pair.value);
        if (isMap(pair.key) || isSeq(pair.key)) stack.push(pair.key);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) if (isMap(item) || isSeq(item)) stack.push(item);
    }
  }
  return found.sort((a, b) => a.at - b.at);
}
