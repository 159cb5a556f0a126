/**
 * Every case of the meters that matters to some conditions, found exactly.
 * A condition compares meters with whole numbers, so each comparison
 * (`mood < 40`) changes its answer at one or two points of the meter's scale;
 * between those points every value answers alike. Trying one value from each
 * stretch, for each combination of meters, covers every case there is. Used
 * for the ways out of a node and for loops of automatic routes.
 *
 * The number of combinations is a product, so it is bounded: past CASE_LIMIT
 * the caller is told, and reports it as a problem where the conditions are.
 */
import { walk, type Expr } from './expression.ts';
import { toPredicate, type MeterPredicate } from './predicate.ts';

/** Evaluations of conditions one question may cost (cases times conditions). */
export const CASE_LIMIT = 5_000_000;

export interface Axis {
  name: string;
  /** The lowest value of each stretch of the scale that answers alike. */
  values: number[];
}

/** The meters the conditions read, each with one value per stretch of `lo..hi` (from `bounds`). */
export function axesFor(exprs: readonly Expr[], bounds: (name: string) => { lo: number; hi: number }): Axis[] {
  const cuts = new Map<string, Set<number>>();
  for (const expr of exprs) {
    for (const e of walk(expr)) {
      if (e.kind !== 'compare') continue;
      const at = cuts.get(e.meter) ?? new Set<number>();
      // The first value at which the comparison's answer may differ from the value below it.
      if (e.op === '<' || e.op === '>=') at.add(e.value);
      else if (e.op === '<=' || e.op === '>') at.add(e.value + 1);
      else at.add(e.value).add(e.value + 1);
      cuts.set(e.meter, at);
    }
  }
  return [...cuts].map(([name, at]) => {
    const { lo, hi } = bounds(name);
    return { name, values: [lo, ...[...at].filter((v) => v > lo && v <= hi).sort((a, b) => a - b)] };
  });
}

/** Conditions as predicates over one value per axis. */
export function predicatesOver(axes: readonly Axis[], exprs: readonly Expr[]): MeterPredicate[] {
  const slots = new Map(axes.map((a, i) => [a.name, i]));
  return exprs.map((e) => toPredicate(e, (name) => slots.get(name)));
}

export function caseCount(axes: readonly Axis[]): number {
  return axes.reduce((n, a) => n * a.values.length, 1);
}

/**
 * Calls `visit` with each combination (one value per axis, in a reused array) until it returns true.
 * 'found' when it did, 'none' when no case did, 'limit' when there are too many cases to try for
 * `cost` evaluations each.
 */
export function findCase(axes: readonly Axis[], cost: number, visit: (values: number[]) => boolean): 'found' | 'none' | 'limit' {
  if (caseCount(axes) * Math.max(1, cost) > CASE_LIMIT) return 'limit';
  const at = axes.map(() => 0);
  const values = axes.map((a) => a.values[0]!);
  for (;;) {
    if (visit(values)) return 'found';
    let i = 0;
    for (; i < axes.length; i++) {
      if (++at[i]! < axes[i]!.values.length) {
        values[i] = axes[i]!.values[at[i]!]!;
        break;
      }
      at[i] = 0;
      values[i] = axes[i]!.values[0]!;
    }
    if (i === axes.length) return 'none';
  }
}

/** "mood 40, patience 5": a case as an author reads it. */
export function describeCase(axes: readonly Axis[], values: readonly number[]): string {
  return axes.map((a, i) => `${a.name} ${values[i]}`).join(', ');
}
