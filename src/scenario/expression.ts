/**
 * The condition language of scenarios: comparisons of a meter with a whole
 * number, combined with `and`, `or`, `not` and brackets. Scenario text is
 * parsed into a small tree here and interpreted by predicate.ts; it is never
 * handed to `eval` or `Function`.
 *
 *   expr    := or
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | '(' expr ')' | compare
 *   compare := meter op integer | integer op meter     op := < <= > >= == !=
 *
 * The parser and every walk over a tree use explicit stacks, never recursion,
 * so a condition nested tens of thousands of brackets deep is read like any
 * other. Chains of `and` (or of `or`) become one node with many items, which
 * keeps trees shallow for the common long chain.
 *
 * A comparison always has a meter on one side and a number on the other: the
 * guide promises conditions "compare meters with whole numbers", and that is
 * what lets the checker decide exactly, by trying a handful of values per
 * meter, whether a node always has a way out or a cycle of routes can loop.
 */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
/** `meter op value`, whichever side the meter was written on (`40 > mood` is `mood < 40`). */
export type Compare = { kind: 'compare'; meter: string; op: CompareOp; value: number };
export type Expr = Compare | { kind: 'and' | 'or'; items: Expr[] } | { kind: 'not'; expr: Expr };

export class ExpressionError extends Error {
  /** Zero-based offset into the expression text where the problem is. */
  constructor(message: string, readonly offset: number) {
    super(message);
    this.name = 'ExpressionError';
  }
}

type Token =
  | { kind: 'word'; text: string; at: number }
  | { kind: 'number'; value: number; at: number }
  | { kind: 'op'; text: CompareOp; at: number }
  | { kind: 'paren'; text: '(' | ')'; at: number }
  | { kind: 'end'; at: number };

const OPS: readonly CompareOp[] = ['<=', '>=', '==', '!=', '<', '>'];
// Sticky patterns read a token where the last one ended: slicing the text per token would make a long
// condition quadratic to read.
const NUMBER = /[+-]?\d+/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s+/y;

function match(pattern: RegExp, src: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(src)?.[0] ?? null;
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const space = match(SPACE, src, i);
    if (space) {
      i += space.length;
      continue;
    }
    const c = src[i]!;
    if (c === '(' || c === ')') {
      tokens.push({ kind: 'paren', text: c, at: i++ });
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, at: i });
      i += op.length;
      continue;
    }
    const num = match(NUMBER, src, i);
    if (num) {
      tokens.push({ kind: 'number', value: Number(num), at: i });
      i += num.length;
      continue;
    }
    const word = match(WORD, src, i);
    if (word) {
      tokens.push({ kind: 'word', text: word, at: i });
      i += word.length;
      continue;
    }
    if (c === '=') throw new ExpressionError('use "==" to compare, not "="', i);
    if (c === '&' || c === '|' || c === '!') throw new ExpressionError(`use "and", "or", "not" instead of "${c}"`, i);
    throw new ExpressionError(`unexpected character "${c}"`, i);
  }
  tokens.push({ kind: 'end', at: src.length });
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not']);
const FLIPPED: Readonly<Record<CompareOp, CompareOp>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

/** Reads `operand op operand` at `pos`; gives the comparison and where the next token is. */
function comparison(tokens: Token[], pos: number, src: string): { expr: Compare; next: number } {
  const operand = (t: Token) => {
    if (t.kind === 'number' || (t.kind === 'word' && !KEYWORDS.has(t.text))) return t;
    throw new ExpressionError(t.kind === 'end' ? 'condition ends too soon' : 'expected a meter name or a number', t.at);
  };
  const left = operand(tokens[pos]!);
  const op = tokens[pos + 1]!;
  if (op.kind !== 'op') throw new ExpressionError('expected a comparison such as "<=" or "=="', op.at);
  const right = operand(tokens[pos + 2]!);
  const end = tokens[pos + 3]!.at;
  const written = src.slice(left.at, right.kind === 'number' ? end : right.at + right.text.length).trim();
  if (left.kind === 'word' && right.kind === 'word') {
    throw new ExpressionError(`"${written}" compares two meters; a condition compares a meter with a whole number, such as "${left.text} ${op.text} 50"`, left.at);
  }
  if (left.kind === 'number' && right.kind === 'number') {
    throw new ExpressionError(`"${written}" compares two numbers; a condition compares a meter with a whole number, such as "mood ${op.text} ${right.value}"`, left.at);
  }
  const expr: Compare =
    left.kind === 'word'
      ? { kind: 'compare', meter: left.text, op: op.text, value: (right as { value: number }).value }
      : { kind: 'compare', meter: (right as { text: string }).text, op: FLIPPED[op.text], value: left.value };
  return { expr, next: pos + 3 };
}

type Pending = { kind: 'not' } | { kind: '('; at: number } | { kind: 'and' | 'or' };

/** `and` and `or` chains become one node; joining two of a kind keeps it flat whichever side came from brackets. */
function join(kind: 'and' | 'or', left: Expr, right: Expr): Expr {
  const items: Expr[] = left.kind === kind ? left.items : [left];
  if (right.kind === kind) for (const item of right.items) items.push(item);
  else items.push(right);
  return left.kind === kind ? left : { kind, items };
}

/** Parses a condition, or throws an ExpressionError at the offending offset. Precedence climbing on explicit stacks. */
export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  const operands: Expr[] = [];
  const pending: Pending[] = [];
  let open = 0;
  const isWord = (t: Token, w: string) => t.kind === 'word' && t.text === w;
  const applyNots = () => {
    while (pending.at(-1)?.kind === 'not') {
      pending.pop();
      operands.push({ kind: 'not', expr: operands.pop()! });
    }
  };
  /** Joins pending `and`s (and `or`s too, when `andOnly` is false) down to the nearest bracket. */
  const reduce = (andOnly: boolean) => {
    for (let top = pending.at(-1); top && (top.kind === 'and' || (!andOnly && top.kind === 'or')); top = pending.at(-1)) {
      pending.pop();
      const right = operands.pop()!;
      operands.push(join(top.kind, operands.pop()!, right));
    }
  };
  let pos = 0;
  for (;;) {
    // Expecting an operand: `not`, an opening bracket or a comparison.
    const t = tokens[pos]!;
    if (isWord(t, 'not')) {
      pending.push({ kind: 'not' });
      pos++;
      continue;
    }
    if (t.kind === 'paren' && t.text === '(') {
      pending.push({ kind: '(', at: t.at });
      open++;
      pos++;
      continue;
    }
    const { expr, next } = comparison(tokens, pos, src);
    operands.push(expr);
    applyNots();
    pos = next;
    // Expecting what follows an operand: `and`, `or`, a closing bracket or the end.
    for (;;) {
      const u = tokens[pos]!;
      if (u.kind === 'paren' && u.text === ')' && open > 0) {
        reduce(false);
        pending.pop();
        open--;
        applyNots();
        pos++;
        continue;
      }
      if (isWord(u, 'and') || isWord(u, 'or')) {
        reduce(isWord(u, 'and'));
        pending.push({ kind: (u as { text: 'and' | 'or' }).text });
        pos++;
        break;
      }
      if (open > 0) throw new ExpressionError('missing ")"', u.at);
      if (u.kind !== 'end') throw new ExpressionError('unexpected text after the condition', u.at);
      reduce(false);
      return operands[0]!;
    }
  }
}

/** Every node of a tree, each once, without recursion. */
export function* walk(expr: Expr): Generator<Expr> {
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const e = stack.pop()!;
    yield e;
    if (e.kind === 'not') stack.push(e.expr);
    else if (e.kind !== 'compare') for (let i = e.items.length - 1; i >= 0; i--) stack.push(e.items[i]!);
  }
}

export function metersIn(expr: Expr, into: Set<string> = new Set()): Set<string> {
  for (const e of walk(expr)) if (e.kind === 'compare') into.add(e.meter);
  return into;
}
