/**
 * The condition language of scenarios: comparisons of meters with whole numbers,
 * combined with `and`, `or`, `not` and brackets. Scenario text is parsed into a
 * tiny AST and interpreted here; it is never handed to `eval` or `Function`.
 *
 *   expr    := or
 *   or      := and ('or' and)*
 *   and     := unary ('and' unary)*
 *   unary   := 'not' unary | '(' expr ')' | compare
 *   compare := operand op operand     op := < <= > >= == !=
 *   operand := meter | integer
 */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type Operand = { kind: 'meter'; name: string } | { kind: 'number'; value: number };
export type Expr =
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr };

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

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
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
    const num = /^[+-]?\d+/.exec(src.slice(i));
    if (num) {
      tokens.push({ kind: 'number', value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      tokens.push({ kind: 'word', text: word[0], at: i });
      i += word[0].length;
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

export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos]!;
  const isWord = (t: Token, w: string) => t.kind === 'word' && t.text === w;

  function operand(): Operand {
    const t = peek();
    if (t.kind === 'number') {
      pos++;
      return { kind: 'number', value: t.value };
    }
    if (t.kind === 'word' && !KEYWORDS.has(t.text)) {
      pos++;
      return { kind: 'meter', name: t.text };
    }
    throw new ExpressionError(t.kind === 'end' ? 'condition ends too soon' : 'expected a meter name or a number', t.at);
  }
  function compare(): Expr {
    const left = operand();
    const t = peek();
    if (t.kind !== 'op') throw new ExpressionError('expected a comparison such as "<=" or "=="', t.at);
    pos++;
    const right = operand();
    return { kind: 'compare', op: t.text, left, right };
  }
  function unary(): Expr {
    const t = peek();
    if (isWord(t, 'not')) {
      pos++;
      return { kind: 'not', expr: unary() };
    }
    if (t.kind === 'paren' && t.text === '(') {
      pos++;
      const e = or();
      const close = peek();
      if (!(close.kind === 'paren' && close.text === ')')) throw new ExpressionError('missing ")"', close.at);
      pos++;
      return e;
    }
    return compare();
  }
  function and(): Expr {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      left = { kind: 'and', left, right: unary() };
    }
    return left;
  }
  function or(): Expr {
    let left = and();
    while (isWord(peek(), 'or')) {
      pos++;
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }
  const expr = or();
  const rest = peek();
  if (rest.kind !== 'end') throw new ExpressionError('unexpected text after the condition', rest.at);
  return expr;
}

export function metersIn(expr: Expr, into: Set<string> = new Set()): Set<string> {
  if (expr.kind === 'compare') {
    for (const o of [expr.left, expr.right]) if (o.kind === 'meter') into.add(o.name);
  } else if (expr.kind === 'not') metersIn(expr.expr, into);
  else {
    metersIn(expr.left, into);
    metersIn(expr.right, into);
  }
  return into;
}

/** The numbers each meter is compared with: the checker tries values around them. */
export function thresholdsIn(expr: Expr, into: Map<string, Set<number>> = new Map()): Map<string, Set<number>> {
  if (expr.kind === 'compare') {
    const { left, right } = expr;
    const pairs: [Operand, Operand][] = [
      [left, right],
      [right, left],
    ];
    for (const [m, n] of pairs) {
      if (m.kind === 'meter' && n.kind === 'number') {
        const set = into.get(m.name) ?? new Set<number>();
        set.add(n.value);
        into.set(m.name, set);
      }
    }
  } else if (expr.kind === 'not') thresholdsIn(expr.expr, into);
  else {
    thresholdsIn(expr.left, into);
    thresholdsIn(expr.right, into);
  }
  return into;
}

function value(o: Operand, meters: Readonly<Record<string, number>>): number {
  if (o.kind === 'number') return o.value;
  const v = meters[o.name];
  if (v === undefined) throw new ExpressionError(`unknown meter "${o.name}"`, 0);
  return v;
}

export function evaluate(expr: Expr, meters: Readonly<Record<string, number>>): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluate(expr.left, meters) && evaluate(expr.right, meters);
    case 'or':
      return evaluate(expr.left, meters) || evaluate(expr.right, meters);
    case 'not':
      return !evaluate(expr.expr, meters);
    case 'compare': {
      const a = value(expr.left, meters);
      const b = value(expr.right, meters);
      switch (expr.op) {
        case '<': return a < b;
        case '<=': return a <= b;
        case '>': return a > b;
        case '>=': return a >= b;
        case '==': return a === b;
        case '!=': return a !== b;
      }
    }
  }
}

/** A condition over meters held in an array, one slot per meter: for searches that visit many meter states. */
export type MeterPredicate = (values: ArrayLike<number>) => boolean;

/**
 * The parsed condition as a predicate over meter slots (`slotOf` gives a meter's slot). It composes closures
 * from the parsed tree, so it means exactly what `evaluate` means, including the error for an unknown meter;
 * no scenario text becomes code.
 */
export function toPredicate(expr: Expr, slotOf: (name: string) => number | undefined): MeterPredicate {
  const operand = (o: Operand): ((values: ArrayLike<number>) => number) => {
    if (o.kind === 'number') {
      const n = o.value;
      return () => n;
    }
    const slot = slotOf(o.name);
    const name = o.name;
    if (slot === undefined) {
      return () => {
        throw new ExpressionError(`unknown meter "${name}"`, 0);
      };
    }
    return (values) => values[slot]!;
  };
  switch (expr.kind) {
    case 'and': {
      const a = toPredicate(expr.left, slotOf);
      const b = toPredicate(expr.right, slotOf);
      return (values) => a(values) && b(values);
    }
    case 'or': {
      const a = toPredicate(expr.left, slotOf);
      const b = toPredicate(expr.right, slotOf);
      return (values) => a(values) || b(values);
    }
    case 'not': {
      const a = toPredicate(expr.expr, slotOf);
      return (values) => !a(values);
    }
    case 'compare': {
      const a = operand(expr.left);
      const b = operand(expr.right);
      switch (expr.op) {
        case '<': return (values) => a(values) < b(values);
        case '<=': return (values) => a(values) <= b(values);
        case '>': return (values) => a(values) > b(values);
        case '>=': return (values) => a(values) >= b(values);
        case '==': return (values) => a(values) === b(values);
        case '!=': return (values) => a(values) !== b(values);
      }
    }
  }
}
