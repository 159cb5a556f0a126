/**
 * A parsed condition as something to run: a flat program over one boolean
 * register, compiled from the tree without recursion and run in a loop, so
 * neither depends on how deeply the condition nests. `and`/`or` jump past the
 * rest of their items once the answer is known (short-circuit), as the
 * language promises: `trust > 90 and anger < 3` reads `anger` only when trust
 * is above 90.
 */
import { ExpressionError, type CompareOp, type Expr } from './expression.ts';

/** A condition over meters held in an array, one slot per meter: for searches that visit many meter states. */
export type MeterPredicate = (values: ArrayLike<number>) => boolean;

// Each instruction is four numbers: code, then arguments.
const LT = 0, LE = 1, GT = 2, GE = 3, EQ = 4, NE = 5;
/** Flip the register. */
const NOT = 6;
/** Jump to the argument when the register is false (an `and` already answered), or true (an `or`). */
const JUMP_FALSE = 7, JUMP_TRUE = 8;
/** A meter the scenario does not have: fails when run, as reading it would. */
const UNKNOWN = 9;
const CODE: Readonly<Record<CompareOp, number>> = { '<': LT, '<=': LE, '>': GT, '>=': GE, '==': EQ, '!=': NE };

interface Program {
  code: Float64Array;
  /** Names of unknown meters, for UNKNOWN's message. */
  unknown: string[];
}

/** Compiles the tree; `slotOf` gives a meter's slot in the values the program will read. */
function compile(expr: Expr, slotOf: (name: string) => number | undefined): Program {
  const code: number[] = [];
  const unknown: string[] = [];
  const emit = (op: number, a = 0, b = 0) => code.push(op, a, b, 0);
  // Frames of the walk: the expression and how many of its items have been emitted.
  const frames: { e: Expr; done: number; jumps: number[] }[] = [{ e: expr, done: 0, jumps: [] }];
  while (frames.length > 0) {
    const f = frames.at(-1)!;
    const e = f.e;
    if (e.kind === 'compare') {
      const slot = slotOf(e.meter);
      if (slot === undefined) emit(UNKNOWN, unknown.push(e.meter) - 1);
      else emit(CODE[e.op], slot, e.value);
      frames.pop();
    } else if (e.kind === 'not') {
      if (f.done === 0) {
        f.done = 1;
        frames.push({ e: e.expr, done: 0, jumps: [] });
      } else {
        emit(NOT);
        frames.pop();
      }
    } else if (f.done < e.items.length) {
      if (f.done > 0) {
        f.jumps.push(code.length);
        emit(e.kind === 'and' ? JUMP_FALSE : JUMP_TRUE);
      }
      frames.push({ e: e.items[f.done++]!, done: 0, jumps: [] });
    } else {
      for (const at of f.jumps) code[at + 1] = code.length;
      frames.pop();
    }
  }
  return { code: Float64Array.from(code), unknown };
}

/** Runs a program; `names` names the slots, for the error when a value is missing. */
function run({ code, unknown }: Program, values: ArrayLike<number | undefined>, names?: readonly string[]): boolean {
  let acc = false;
  for (let pc = 0; pc < code.length; pc += 4) {
    const op = code[pc]!;
    if (op <= NE) {
      const v = values[code[pc + 1]!];
      if (v === undefined) throw new ExpressionError(`unknown meter "${names?.[code[pc + 1]!] ?? ''}"`, 0);
      const c = code[pc + 2]!;
      acc = op === LT ? v < c : op === LE ? v <= c : op === GT ? v > c : op === GE ? v >= c : op === EQ ? v === c : v !== c;
    } else if (op === NOT) acc = !acc;
    else if (op === JUMP_FALSE) {
      if (!acc) pc = code[pc + 1]! - 4;
    } else if (op === JUMP_TRUE) {
      if (acc) pc = code[pc + 1]! - 4;
    } else throw new ExpressionError(`unknown meter "${unknown[code[pc + 1]!]}"`, 0);
  }
  return acc;
}

/** One comparison, the commonest condition by far, as a direct closure. */
function single(op: number, slot: number, c: number): MeterPredicate {
  switch (op) {
    case LT: return (v) => v[slot]! < c;
    case LE: return (v) => v[slot]! <= c;
    case GT: return (v) => v[slot]! > c;
    case GE: return (v) => v[slot]! >= c;
    case EQ: return (v) => v[slot]! === c;
    default: return (v) => v[slot]! !== c;
  }
}

/**
 * The condition as a predicate over meter slots (`slotOf` gives a meter's slot). It means exactly what
 * `evaluate` means, including the error for an unknown meter; no scenario text becomes code.
 */
export function toPredicate(expr: Expr, slotOf: (name: string) => number | undefined): MeterPredicate {
  const program = compile(expr, slotOf);
  const { code } = program;
  if (code.length === 4 && code[0]! <= NE) return single(code[0]!, code[1]!, code[2]!);
  return (values) => run(program, values);
}

/** Programs for `evaluate`, slots being the order of first mention, and a place to gather the values they read. */
const byName = new WeakMap<Expr, { program: Program; names: string[]; values: (number | undefined)[] }>();

/** A meter's value from the meters given, own properties only: a meter called "constructor" must not find Object's. */
const meterValue = (meters: Readonly<Record<string, number>>, name: string): number | undefined => (Object.hasOwn(meters, name) ? meters[name] : undefined);

/** Whether the condition holds for these meters; a meter missing from them is an error, as an unknown name is. */
export function evaluate(expr: Expr, meters: Readonly<Record<string, number>>): boolean {
  // One comparison, the commonest condition by far, read straight from the tree: conditions are asked on every view.
  if (expr.kind === 'compare') {
    const v = meterValue(meters, expr.meter);
    if (v === undefined) throw new ExpressionError(`unknown meter "${expr.meter}"`, 0);
    const c = expr.value;
    switch (expr.op) {
      case '<': return v < c;
      case '<=': return v <= c;
      case '>': return v > c;
      case '>=': return v >= c;
      case '==': return v === c;
      default: return v !== c;
    }
  }
  let compiled = byName.get(expr);
  if (!compiled) {
    const names: string[] = [];
    const slots = new Map<string, number>();
    const program = compile(expr, (name) => {
      if (!slots.has(name)) slots.set(name, names.push(name) - 1);
      return slots.get(name);
    });
    compiled = { program, names, values: [] };
    byName.set(expr, compiled);
  }
  const { program, names, values } = compiled;
  // Running is synchronous and never re-enters, so one array per program serves every call.
  for (let i = 0; i < names.length; i++) values[i] = meterValue(meters, names[i]!);
  return run(program, values, names);
}
