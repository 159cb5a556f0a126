/**
 * Sets of search states. A state is one whole number when it fits below 2^53
 * (nearly always), kept in open addressing over a Float64Array: most state
 * numbers are too big for V8's small integers, and a Set of such numbers boxes
 * each one. Past 2^53 a state is a string in an ordinary Set.
 */
import type { CompiledScenario } from './compiledScenario.ts';

export class StateSet {
  // Small to start: most searches of a real scenario visit a few hundred states, and it doubles as it fills.
  private table = new Float64Array(1 << 8).fill(-1);
  private mask = (1 << 8) - 1;
  size = 0;

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.table[i] !== -1 && this.table[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** Adds `key`; false when it was there already. */
  add(key: number): boolean {
    const i = this.slot(key);
    if (this.table[i] === key) return false;
    this.table[i] = key;
    if (++this.size * 2 > this.table.length) this.grow();
    return true;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(-1);
    this.mask = this.table.length - 1;
    for (const key of old) if (key !== -1) this.table[this.slot(key)] = key;
  }
}

const TWO_53 = 2 ** 53;

/**
 * Marks states visited: `visit(node, values, tag)` is false when the state was seen before. States are told
 * apart by node, tag and the meters conditions read. A meter no condition reads changes neither which moves
 * are open nor where they lead, so two states differing only in it have the same futures: a search takes the
 * first it meets, which is the one a search over every meter would find its answer through (each such class
 * first appears in that search as the child of a first member). Its values are still carried along each path,
 * so answers report them exactly. `limit` is the search's state limit, which bounds the tags it can make (they are made as states are found).
 */
export function stateKeys(c: CompiledScenario, tagged: boolean, limit: number): (node: number, values: ArrayLike<number>, tag: number) => boolean {
  const { lo, hi, read } = c;
  const count = c.meterNames.length;
  const radix: number[] = [];
  let span = c.ids.length + 1;
  for (let i = 0; i < count; i++) {
    radix.push(read[i] ? span : 0);
    if (read[i]) span *= hi[i]! - lo[i]! + 1;
  }
  if (span * (tagged ? limit + 2 : 1) <= TWO_53) {
    const numbers = new StateSet();
    return (node, values, tag) => {
      let k = node + tag * span;
      for (let i = 0; i < count; i++) k += (values[i]! - lo[i]!) * radix[i]!;
      return numbers.add(k);
    };
  }
  const strings = new Set<string>();
  return (node, values, tag) => {
    let k = `${node}|${tag}|`;
    for (let i = 0; i < count; i++) if (read[i]) k += `${values[i]},`;
    if (strings.has(k)) return false;
    strings.add(k);
    return true;
  };
}
