/**
 * The plain YAML scenario files are written in, read straight to data. The
 * YAML library builds a document of nodes with their positions, which the
 * checker needs only to place a problem; building it costs more than all the
 * checks together on a large scenario. So a file is first read here, and only
 * a file with a problem to place is parsed again by the library.
 *
 * This reads a strict subset: block mappings and sequences (compact mappings
 * in sequence items), flow mappings and sequences on one line, plain and
 * quoted scalars on one line, comments, and block scalars (`>-`, `|`), whose
 * lines are handed to the library to fold. Anything else (anchors, aliases,
 * tags, plain or quoted text over several lines, tabs, control characters,
 * document markers, a key written twice, `__proto__`, anything the library
 * might call an error) gives `undefined`, and the caller parses the file with
 * the library as before. Plain scalars are resolved by the library's own tags for the core
 * schema, so `2`, `~`, `true` and `.5` mean here what they mean there;
 * test/checker.fuzz.test.ts holds the two readers to the same data on every
 * case it generates.
 */
import { isScalar, parseDocument } from 'yaml';

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  resolve(value: string, onError: (message: string) => void, options: unknown): unknown;
}

// The schema and options the library composes a scenario file with (yamlSource.ts parses with these).
const probe = parseDocument('', { prettyErrors: false, uniqueKeys: false });
const TAGS = probe.schema.tags as unknown as ScalarTag[];
const OPTIONS = probe.options;
/** Only text starting so can be anything but a string in the core schema (null, bools, numbers). */
const MAYBE_NOT_TEXT = /^(?:$|[~NnTtFf0-9+\-.])/;
/** What sends a whole file to the library: tabs, carriage returns, control and other special characters. */
const UNSUPPORTED_CHARACTER = /[\t\r\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;
/** The YAML library limits an implicit key to 1,024 characters; stay clear of the edge. */
const KEY_LENGTH = 1_000;
/** Nesting deeper than this goes to the library (whose answer for it the checker reports). */
const DEPTH = 100;

const FALLBACK = Symbol('fallback');
function fallback(): never {
  throw FALLBACK;
}

function resolvePlain(text: string, atKey: boolean): unknown {
  if (!MAYBE_NOT_TEXT.test(text)) return text;
  const tag = TAGS.find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(text));
  if (!tag) return text;
  // Some tags give a scalar node (null and booleans), which the library's data holds the value of.
  const resolved = tag.resolve(text, fallback, OPTIONS);
  const value = isScalar(resolved) ? resolved.value : resolved;
  if (value !== null && typeof value === 'object') fallback();
  return value;
}

/** The key a mapping stores a scalar key under, as the library's `toJS` does. */
function stringKey(value: unknown): string {
  const key = value === null ? '' : String(value);
  if (key === '__proto__') fallback();
  return key;
}

/** A scalar and where the text after it starts. */
interface Read {
  value: unknown;
  end: number;
}

/** A scalar as the library reads it after a key at column 0 (escapes and block scalars, whose rules are many). */
function libraryScalar(text: string): unknown {
  const doc = parseDocument(`k: ${text}`, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) fallback();
  return (doc.toJS() as { k: unknown }).k;
}

/** A quoted scalar starting at `i` on one line; a double-quoted one's escapes are read by the library. */
function quoted(s: string, i: number): Read {
  const q = s[i]!;
  if (q === '"') {
    let close = i + 1;
    let escaped = false;
    for (; close < s.length && s[close] !== '"'; close++) {
      if (s[close] === '\\') {
        escaped = true;
        close++;
      }
    }
    if (close >= s.length) fallback();
    return { value: escaped ? libraryScalar(`${s.slice(i, close + 1)}\n`) : s.slice(i + 1, close), end: close + 1 };
  }
  let text = '';
  let at = i + 1;
  for (;;) {
    const close = s.indexOf("'", at);
    if (close < 0) fallback();
    text += s.slice(at, close);
    if (s[close + 1] !== "'") return { value: text, end: close + 1 };
    text += "'";
    at = close + 2;
  }
}

const skipSpaces = (s: string, i: number) => {
  while (s[i] === ' ') i++;
  return i;
};

/** Whether only spaces, or spaces and a comment, follow `i`. */
function restIsEmpty(s: string, i: number): boolean {
  const j = skipSpaces(s, i);
  return j === s.length || (s[j] === '#' && j > i);
}

/** Characters that may not start a plain scalar (or that this reader leaves to the library there). */
const NOT_PLAIN_START = new Set(['&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '?', ':', ',', '[', ']', '{', '}', '#']);

function plainStartOk(s: string, i: number): boolean {
  const c = s[i];
  if (c === undefined || NOT_PLAIN_START.has(c)) return false;
  return !(c === '-' && (s[i + 1] === ' ' || s[i + 1] === undefined));
}

/** A flow collection (`[…]` or `{…}`) starting at `i`, closed on the same line. */
function flow(s: string, i: number, depth: number): Read {
  if (depth > DEPTH) fallback();
  const isMap = s[i] === '{';
  const close = isMap ? '}' : ']';
  const out: unknown[] | Record<string, unknown> = isMap ? {} : [];
  i = skipSpaces(s, i + 1);
  if (s[i] === close) return { value: out, end: i + 1 };
  for (;;) {
    if (isMap) {
      const key = flowScalar(s, i, true);
      i = skipSpaces(s, key.end);
      if (s[i] !== ':' || (s[i + 1] !== ' ' && s[i + 1] !== undefined)) fallback();
      i = skipSpaces(s, i + 1);
      if (s[i] === ',' || s[i] === '}') fallback();
      const name = stringKey(key.value);
      const value = flowItem(s, i, depth);
      if (Object.hasOwn(out, name)) fallback();
      (out as Record<string, unknown>)[name] = value.value;
      i = value.end;
    } else {
      const item = flowItem(s, i, depth);
      (out as unknown[]).push(item.value);
      i = item.end;
    }
    i = skipSpaces(s, i);
    if (s[i] === close) return { value: out, end: i + 1 };
    if (s[i] !== ',') fallback();
    i = skipSpaces(s, i + 1);
    // A trailing comma, or the line ends inside the collection: the library's business.
    if (s[i] === close || i >= s.length) fallback();
  }
}

/** An item of a flow sequence or a value of a flow mapping (a pair in a sequence, `[a: 1]`, falls back). */
function flowItem(s: string, i: number, depth: number): Read {
  return s[i] === '[' || s[i] === '{' ? flow(s, i, depth + 1) : flowScalar(s, i, false);
}

/** A scalar inside a flow collection: quoted, or plain up to a flow indicator. */
function flowScalar(s: string, i: number, atKey: boolean): Read {
  if (s[i] === '"' || s[i] === "'") {
    const r = quoted(s, i);
    const j = skipSpaces(s, r.end);
    if (!atKey && s[j] === ':') fallback();
    return r;
  }
  if (!plainStartOk(s, i)) fallback();
  let j = i;
  while (j < s.length && !',[]{}:#'.includes(s[j]!)) j++;
  // A colon inside a plain scalar, or a comment inside the collection: the library's business.
  if (s[j] === '#' || (s[j] === ':' && !atKey)) fallback();
  const text = s.slice(i, j).trimEnd();
  if (text === '') fallback();
  return { value: resolvePlain(text, atKey), end: i + text.length };
}

/** A value on the rest of a block line (after `key: ` or `- `); the rest of the line must be empty. */
function inlineValue(s: string, i: number): unknown {
  const c = s[i]!;
  let r: Read;
  if (c === '"' || c === "'") r = quoted(s, i);
  else if (c === '[' || c === '{') r = flow(s, i, 0);
  else {
    if (!plainStartOk(s, i)) fallback();
    const comment = s.indexOf(' #', i);
    const text = (comment < 0 ? s.slice(i) : s.slice(i, comment)).trimEnd();
    // `key: a: b` nests a mapping where the library says it may not be.
    if (text.includes(': ') || text.endsWith(':')) fallback();
    return resolvePlain(text, false);
  }
  if (!restIsEmpty(s, r.end)) fallback();
  return r.value;
}

/** Where the key of a `key: value` line ends and the value starts; undefined when the line is not one. */
function keyOf(s: string, i: number): { key: string; rest: number } | undefined {
  if (s[i] === '"' || s[i] === "'") {
    const r = quoted(s, i);
    const j = skipSpaces(s, r.end);
    if (s[j] !== ':' || (s[j + 1] !== ' ' && s[j + 1] !== undefined)) return undefined;
    return { key: stringKey(r.value), rest: j + 1 };
  }
  if (s[i] === '[' || s[i] === '{' || !plainStartOk(s, i)) return undefined;
  let colon = s.indexOf(':', i);
  while (colon >= 0 && s[colon + 1] !== ' ' && s[colon + 1] !== undefined) colon = s.indexOf(':', colon + 1);
  const comment = s.indexOf(' #', i);
  if (colon < 0 || (comment >= 0 && comment < colon)) return undefined;
  const text = s.slice(i, colon).trimEnd();
  if (text.length > KEY_LENGTH) fallback();
  return { key: stringKey(resolvePlain(text, true)), rest: colon + 1 };
}

const isSeqItem = (s: string, i: number) => s[i] === '-' && (s[i + 1] === ' ' || s[i + 1] === undefined);

class Reader {
  private readonly lines: string[];
  private at = 0;
  /** Indent and content start of the line at `at` (set by `next`). */
  private indent = 0;

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  /** Moves to the next line with content; gives its indent, or -1 at the end of the file. */
  next(): number {
    for (; this.at < this.lines.length; this.at++) {
      const line = this.lines[this.at]!;
      const i = skipSpaces(line, 0);
      if (i === line.length || line[i] === '#') continue;
      if (i === 0 && (line.startsWith('---') || line.startsWith('...') || line[0] === '%')) fallback();
      this.indent = i;
      return i;
    }
    return -1;
  }

  private get line(): string {
    return this.lines[this.at]!;
  }

  root(): Record<string, unknown> {
    if (this.next() !== 0 || isSeqItem(this.line, 0)) fallback();
    const root = this.mapping(0, 0, 0);
    if (this.next() !== -1) fallback();
    return root;
  }

  /** The block node starting on the current line, at column `col`. */
  private block(col: number, depth: number): unknown {
    if (depth > DEPTH) fallback();
    return isSeqItem(this.line, col) ? this.sequence(col, depth) : this.mapping(col, col, depth);
  }

  /** The value of a key or item with nothing after it on its line: the block below, or null. */
  private below(col: number, depth: number, sameColumnSeq: boolean): unknown {
    this.at++;
    const n = this.next();
    if (n > col) return this.block(n, depth + 1);
    if (sameColumnSeq && n === col && isSeqItem(this.line, col)) return this.sequence(col, depth + 1);
    return resolvePlain('', false);
  }

  /** A mapping whose keys stand at column `col`; its first key starts at `start` of the current line. */
  private mapping(col: number, start: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let i = start;
    for (;;) {
      const line = this.line;
      const entry = keyOf(line, i);
      if (!entry) fallback();
      if (Object.hasOwn(out, entry.key)) fallback();
      if (restIsEmpty(line, entry.rest)) out[entry.key] = this.below(col, depth, true);
      else {
        const j = skipSpaces(line, entry.rest);
        if (j === entry.rest || isSeqItem(line, j)) fallback();
        out[entry.key] = line[j] === '|' || line[j] === '>' ? this.blockScalar(col, line.slice(j)) : inlineValue(line, j);
        this.at++;
      }
      const n = this.next();
      if (n < col) return out;
      if (n > col || isSeqItem(this.line, col)) fallback();
      i = col;
    }
  }

  /**
   * A block scalar whose header (`>-`, `|`, …) ends the current line, its node at column `col`: its lines are
   * those after, blank or indented as far as its first line of text (which is past `col`). The library folds them, given exactly those bytes after a key
   * at column 0 (the indentation it detects is the first line's, as in the file), so `>` and `|` mean what
   * they mean there. Leaves `at` on its last line.
   */
  private blockScalar(col: number, header: string): unknown {
    // An explicit indentation indicator counts from the node's column, which moving the key would change.
    if (/^[|>][-+]?[1-9]/.test(header)) fallback();
    // Its text is indented as its first line of text is (past `col`); a line of text indented less ends it.
    let indent = -1;
    let k = this.at + 1;
    for (; k < this.lines.length; k++) {
      const text = this.lines[k]!;
      const i = skipSpaces(text, 0);
      if (i === text.length) continue;
      if (indent < 0) indent = i;
      if (i <= col || i < indent) break;
    }
    const lines = this.lines.slice(this.at + 1, k);
    // With no text at all, where the scalar ends decides what it holds: the library's business.
    if (!lines.some((l) => l.trim() !== '')) fallback();
    // Each line kept its line break in the file, save the very last line of a file without one.
    const value = libraryScalar(`${header}\n${lines.join('\n')}${k < this.lines.length ? '\n' : ''}`);
    this.at = k - 1;
    return value;
  }

  private sequence(col: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const line = this.line;
      const i = skipSpaces(line, col + 1);
      if (restIsEmpty(line, col + 1)) out.push(this.below(col, depth, false));
      else if (isSeqItem(line, i)) fallback();
      else if (keyOf(line, i)) out.push(this.mapping(i, i, depth + 1));
      else {
        out.push(line[i] === '|' || line[i] === '>' ? this.blockScalar(col, line.slice(i)) : inlineValue(line, i));
        this.at++;
      }
      const n = this.next();
      if (n < col || (n === col && !isSeqItem(this.line, col))) return out;
      if (n > col) fallback();
    }
  }
}

/** The file's data as the YAML library would give it, or undefined when the file is not plain enough to read here. */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (UNSUPPORTED_CHARACTER.test(text)) return undefined;
  try {
    return new Reader(text).root();
  } catch {
    // Anything unexpected, ours or the file's, is the library's to read and report.
    return undefined;
  }
}
