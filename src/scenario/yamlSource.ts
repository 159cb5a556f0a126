/**
 * A parsed YAML file that remembers where everything came from, so that any
 * problem found later (schema, graph, conditions) can name the line and column.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';

export type PathKey = string | number;
export interface Position {
  line: number;
  col: number;
}

export interface YamlSource {
  path: string;
  doc: Document.Parsed;
  /** Position of the value at `keys`, or of the nearest ancestor that exists. `onKey` points at a map key instead. */
  locate(keys: readonly PathKey[], onKey?: boolean): Position;
  /** Position of a character offset in the file. */
  at(offset: number): Position;
  /** Position of a character offset inside the scalar at `keys` (for errors inside a condition). */
  locateInside(keys: readonly PathKey[], offset: number): Position;
}

export function parseYaml(text: string, path: string): YamlSource {
  const lineCounter = new LineCounter();
  // Duplicate keys are found by duplicateKeys.ts: the parser's own check is quadratic in a mapping's size.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };

  function nodeAt(keys: readonly PathKey[]): { node: YamlNode | null; keyNode: YamlNode | null } {
    let node: unknown = doc.contents;
    let keyNode: YamlNode | null = null;
    for (const k of keys) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(k));
        if (!pair) return { node: node as YamlNode, keyNode: null };
        keyNode = pair.key as YamlNode;
        node = pair.value;
        if (node == null) return { node: keyNode, keyNode };
      } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
        const item = (node as { items: unknown[] }).items[Number(k)];
        if (item == null) return { node: node as YamlNode, keyNode: null };
        keyNode = null;
        node = item;
      } else {
        return { node: node as YamlNode, keyNode };
      }
    }
    return { node: node as YamlNode, keyNode };
  }

  return {
    path,
    doc,
    at,
    locate(keys, onKey = false) {
      const { node, keyNode } = nodeAt(keys);
      const target = onKey && keyNode ? keyNode : node;
      return at(target?.range?.[0] ?? 0);
    },
    locateInside(keys, offset) {
      const { node } = nodeAt(keys);
      if (!node?.range) return at(0);
      const src = isScalar(node) ? node : null;
      // Quoted scalars start one character before their value.
      const quoted = src && (src.type === 'QUOTE_DOUBLE' || src.type === 'QUOTE_SINGLE') ? 1 : 0;
      return at(node.range[0] + quoted + offset);
    },
  };
}
