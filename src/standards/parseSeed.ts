// Turns the standards seed (a text dump of the UK customer service standards) into
// the catalogue of units A10 to C8. The seed is hand-typed and inconsistent, so the
// parser is tolerant about layout but strict about structure: anything it cannot
// place with certainty throws, and every tolerated irregularity is reported as a
// Quirk so src/standards/README.md can be checked against what the parser saw.
import type { CatalogueData, ElementData, KnowledgeData, Quirk, UnitData } from './types.ts';

const FIRST_UNIT = 'A10';
const LAST_UNIT = 'C8';

const UNIT_HEADER = /^(\s*)Unit\s+([A-Z])\s*(\d+)\s+(.*)$/;
// Elements (A10.1) and criteria (a10.1.1) differ only in the number of parts, so one
// pattern takes both and the letter's case is checked afterwards rather than trusted.
const STANDARD_CODE = /^(\s*)([A-Za-z])(\d+)\.(\d+)(?:\.(\d+))?(?![.\d])\s*(.*)$/;
const KNOWLEDGE_CODE = /^(\s*)([A-Za-z])(\d+)([a-z])(?![a-z])\s*(.*)$/;
const STANDARDS_HEADING = /^\s*customer service standards?\s*$/i;
const KNOWLEDGE_HEADING = /^\s*knowledge and understanding\s*$/i;
const THEME_LINE = /^\s*This unit is part of/i;
const THEME = /Theme of ([^.]+)\./;

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Part {
  line: number;
  text: string;
}

interface Item {
  match: RegExpMatchArray;
  line: number;
  parts: Part[];
}

export interface ParseResult {
  catalogue: CatalogueData;
  quirks: Quirk[];
}

export function parseSeed(text: string, source: string): CatalogueData {
  return inspectSeed(text, source).catalogue;
}

export function inspectSeed(text: string, source: string): ParseResult {
  const lines = text.split(/\r?\n/);
  const quirks: Quirk[] = [];
  const headers = lines.flatMap((l, i) => {
    const m = UNIT_HEADER.exec(l);
    return m ? [{ index: i, match: m, code: `${m[2]}${m[3]}` }] : [];
  });
  const first = headers.findIndex((h) => h.code === FIRST_UNIT);
  const last = headers.findIndex((h) => h.code === LAST_UNIT);
  if (first < 0 || last < first) throw new Error(`seed has no units ${FIRST_UNIT} to ${LAST_UNIT} in order`);
  const units: UnitData[] = [];
  for (let h = first; h <= last; h++) {
    const header = headers[h]!;
    const end = headers[h + 1]?.index ?? lines.length;
    units.push(parseUnit(lines, header.index, end, header.match, quirks));
  }
  const seen = new Set<string>();
  for (const code of allCodes(units)) {
    if (seen.has(code.toLowerCase())) throw new Error(`duplicate code ${code}`);
    seen.add(code.toLowerCase());
  }
  return { catalogue: { source, units }, quirks };
}

function allCodes(units: UnitData[]): string[] {
  return units.flatMap((u) => [
    u.code,
    ...u.elements.flatMap((e) => [e.code, ...e.criteria.map((c) => c.code)]),
    ...u.knowledge.map((k) => k.code),
  ]);
}

function parseUnit(lines: string[], start: number, end: number, header: RegExpMatchArray, quirks: Quirk[]): UnitData {
  const letter = header[2]!;
  const number = Number(header[3]);
  const code = `${letter}${number}`;
  const at = (i: number) => i + 1;
  if (header[1]) quirks.push({ line: at(start), kind: 'indented-code', code, note: 'unit heading starts with a space' });

  // A long unit title wraps onto following lines before the theme sentence.
  const themeIndex = findLine(lines, start + 1, end, THEME_LINE, `${code}: theme sentence`);
  const titleParts: Part[] = [{ line: at(start), text: header[4]! }];
  for (let i = start + 1; i < themeIndex; i++) if (lines[i]!.trim()) titleParts.push({ line: at(i), text: lines[i]! });
  const title = textOf(titleParts, code, quirks, 'unit title');
  const theme = THEME.exec(lines[themeIndex]!)?.[1];
  if (!theme) throw new Error(`${code}: no theme at line ${at(themeIndex)}`);

  const standardsIndex = findLine(lines, themeIndex, end, STANDARDS_HEADING, `${code}: standards heading`);
  const knowledgeIndex = findLine(lines, standardsIndex, end, KNOWLEDGE_HEADING, `${code}: knowledge heading`);
  const elements = buildElements(code, collect(lines, standardsIndex + 1, knowledgeIndex, STANDARD_CODE), quirks);
  const knowledge = buildKnowledge(code, collect(lines, knowledgeIndex + 1, end, KNOWLEDGE_CODE), quirks);
  if (elements.length === 0 || knowledge.length === 0) throw new Error(`${code}: no elements or no knowledge items`);
  return { code, title, theme: normalise(theme), elements, knowledge };
}

function findLine(lines: string[], from: number, to: number, pattern: RegExp, what: string): number {
  for (let i = from; i < to; i++) if (pattern.test(lines[i]!)) return i;
  throw new Error(`${what} not found between lines ${from + 1} and ${to}`);
}

// Groups a section into coded items. A code's text may sit on the code's own line, on
// the next line, after a blank line, or run over several lines: every non-blank line
// up to the next code belongs to it. Lines before the first code are the section's
// lead-in sentence ("When you ... you must consistently:") and are skipped.
function collect(lines: string[], from: number, to: number, pattern: RegExp): Item[] {
  const items: Item[] = [];
  for (let i = from; i < to; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    const match = pattern.exec(raw);
    const current = items.at(-1);
    if (match) {
      const rest = match.at(-1)!;
      items.push({ match, line: i + 1, parts: rest.trim() ? [{ line: i + 1, text: rest }] : [] });
    } else if (current) {
      current.parts.push({ line: i + 1, text: raw });
    }
  }
  return items;
}

function textOf(parts: Part[], code: string, quirks: Quirk[], what: string): string {
  const text = normalise(parts.map((p) => p.text).join(' '));
  if (!text) throw new Error(`${code}: empty ${what}`);
  if (parts.length > 1) {
    quirks.push({ line: parts[0]!.line, kind: 'multi-line', code, note: `${what} runs over lines ${parts.map((p) => p.line).join(', ')}` });
  }
  for (const p of parts) {
    if (/\S\s{2,}\S/.test(p.text)) quirks.push({ line: p.line, kind: 'inner-spacing', code, note: `${what} has repeated spaces between words` });
  }
  return text;
}

function layoutQuirks(item: Item, code: string, what: string, quirks: Quirk[]): void {
  if (item.match[1]) quirks.push({ line: item.line, kind: 'indented-code', code, note: `${what} code starts with a space` });
  if (item.parts[0]?.line === item.line) quirks.push({ line: item.line, kind: 'same-line', code, note: `${what} text on the code's line` });
}

function buildElements(unit: string, items: Item[], quirks: Quirk[]): ElementData[] {
  const unitLetter = unit[0]!;
  const unitNumber = Number(unit.slice(1));
  const elements: ElementData[] = [];
  for (const item of items) {
    const [, , letter, num, sub, criterion] = item.match;
    if (Number(num) !== unitNumber) throw new Error(`line ${item.line}: code ${item.match[0]!.trim()} is outside unit ${unit}`);
    if (criterion === undefined) {
      const code = `${unitLetter}${unitNumber}.${Number(sub)}`;
      if (letter !== unitLetter) {
        quirks.push({ line: item.line, kind: 'element-letter', code, note: `printed as ${letter}${num}.${sub}; read as ${code} (it sits in unit ${unit} and its criteria are ${unit.toLowerCase()}.${Number(sub)}.x)` });
      }
      layoutQuirks(item, code, 'element', quirks);
      if (Number(sub) !== elements.length + 1) throw new Error(`line ${item.line}: element ${code} out of sequence`);
      elements.push({ code, title: textOf(item.parts, code, quirks, 'element title'), criteria: [] });
      continue;
    }
    const element = elements.at(-1);
    const code = `${unitLetter.toLowerCase()}${unitNumber}.${Number(sub)}.${Number(criterion)}`;
    if (!element || element.code.toLowerCase() !== code.slice(0, code.lastIndexOf('.'))) {
      throw new Error(`line ${item.line}: criterion ${code} does not follow its element`);
    }
    if (letter !== unitLetter.toLowerCase()) throw new Error(`line ${item.line}: criterion printed as ${item.match[0]!.trim()}`);
    const expected = element.criteria.length + 1;
    if (Number(criterion) !== expected) {
      quirks.push({ line: item.line, kind: 'criterion-gap', code, note: `expected ${element.code.toLowerCase()}.${expected}; kept as printed` });
    }
    layoutQuirks(item, code, 'criterion', quirks);
    const text = textOf(item.parts, code, quirks, 'criterion text');
    if (/^[A-Z][a-z]/.test(text)) quirks.push({ line: item.parts[0]!.line, kind: 'capitalised-text', code, note: 'criterion text starts with a capital letter; kept as printed' });
    element.criteria.push({ code, text });
  }
  return elements;
}

function buildKnowledge(unit: string, items: Item[], quirks: Quirk[]): KnowledgeData[] {
  const prefix = unit.toLowerCase();
  const knowledge: KnowledgeData[] = [];
  let expected = 'a';
  for (const item of items) {
    const [, , letter, num, item_] = item.match;
    const code = `${letter}${num}${item_}`;
    if (`${letter}${num}` !== prefix) throw new Error(`line ${item.line}: knowledge code ${code} is outside unit ${unit}`);
    if (item_! < expected) throw new Error(`line ${item.line}: knowledge item ${code} out of order`);
    if (item_ !== expected) {
      const missing = letterRange(expected, item_!);
      quirks.push({ line: item.line, kind: 'knowledge-gap', code, note: `follows ${knowledge.at(-1)?.code ?? 'the heading'}; ${missing.map((l) => prefix + l).join(', ')} not printed; codes kept as printed` });
    }
    expected = String.fromCharCode(item_!.charCodeAt(0) + 1);
    layoutQuirks(item, code, 'knowledge', quirks);
    knowledge.push({ code, text: textOf(item.parts, code, quirks, 'knowledge text') });
  }
  return knowledge;
}

function letterRange(from: string, before: string): string[] {
  const out: string[] = [];
  for (let c = from.charCodeAt(0); c < before.charCodeAt(0); c++) out.push(String.fromCharCode(c));
  return out;
}
