import { describe, expect, it } from 'vitest';
import type { Transcript } from '../engine/transcript.ts';
import { csvCell, csvDocument } from './csv.ts';
import { play } from '../../test/support/play.ts';
import { loadScenarioFile } from '../../test/support/scenarios.ts';
import { TRANSCRIPT_CSV_HEADER, transcriptCsv } from './transcriptCsv.ts';

/** A strict RFC 4180 reader, so the tests check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else (cell += c), i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length) throw new Error('last record not ended with CRLF');
  return rows;
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
  ])('quotes %j as RFC 4180 asks', (input, expected) => expect(csvCell(input)).toBe(expected));

  it.each(['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '=HYPERLINK("http://evil.example","x")'])('defuses a cell a spreadsheet would run: %j', (input) => {
    const out = parseCsv(`${csvCell(input)}\r\n`)[0]![0]!;
    expect(out).toBe(`'${input}`);
  });

  it('leaves numbers, blanks and ordinary text alone', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell("I'll wait")).toBe("I'll wait");
  });

  it('writes CRLF-terminated records', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('transcriptCsv', () => {
  const scenario = loadScenarioFile('scenarios/language-polish-surgery-registration.yaml');
  const t = play(scenario, [{ kind: 'choice', choice: 0 }, { kind: 'choice', choice: 0 }], { turns: 2 });

  it('has a header and one row per turn, every row as wide as the header', () => {
    const rows = parseCsv(transcriptCsv(t));
    expect(rows[0]).toEqual([...TRANSCRIPT_CSV_HEADER]);
    expect(rows).toHaveLength(t.turns.length + 1);
    for (const r of rows) expect(r).toHaveLength(TRANSCRIPT_CSV_HEADER.length);
  });

  it('carries each turn: number, node, line, gloss, choice, criteria met and missed, meters, time', () => {
    const rows = parseCsv(transcriptCsv(t));
    t.turns.forEach((turn, i) => {
      const r = rows[i + 1]!;
      expect(r[0]).toBe(String(i + 1));
      expect(r[1]).toBe(turn.nodeId);
      expect(r[2]).toBe(turn.line.text);
      expect(r[3]).toBe(turn.line.gloss ?? '');
      expect(r[4]).toBe(turn.action.kind === 'choice' ? turn.action.text : expect.any(String));
      expect(r[5]!.split('; ').filter(Boolean).sort()).toEqual([...new Set(turn.evidence.filter((e) => e.met).map((e) => e.criterion))].sort());
      expect(r[6]!.split('; ').filter(Boolean).sort()).toEqual([...new Set(turn.evidence.filter((e) => !e.met).map((e) => e.criterion))].sort());
      for (const [k, v] of Object.entries(turn.metersAfter)) expect(r[7]).toContain(`${k} ${v}`);
      expect(r[8]).toBe(turn.at);
    });
    expect(t.turns.some((turn) => turn.line.gloss)).toBe(true);
  });

  it('cannot be made to carry a live formula by scenario text or a learner name', () => {
    const evil = structuredClone(t) as Transcript;
    evil.turns[0]!.line.text = '=cmd|" /C calc"!A0';
    evil.turns[0]!.nodeId = '@x';
    const rows = parseCsv(transcriptCsv(evil));
    expect(rows[1]![2]).toBe(`'=cmd|" /C calc"!A0`);
    expect(rows[1]![1]).toBe("'@x");
  });

  it('writes a timeout turn as waiting, not as a choice', () => {
    const counter = loadScenarioFile('test/fixtures/tiny-counter.yaml');
    const waited = play(counter, [{ kind: 'choice', choice: 0 }, { kind: 'choice', choice: 2 }, { kind: 'timeout' }]);
    const rows = parseCsv(transcriptCsv(waited));
    expect(rows[3]![4]).toBe('(no reply: waited 30 s)');
  });
});
