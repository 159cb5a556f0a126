/**
 * The states a search has found, each with its number in the search's queue.
 * A state is one whole number when it fits below 2^53 (nearly always), kept by
 * open addressing in a Float64Array with the numbers beside it: most state
 * numbers are too big for V8's small integers, and a Map of such numbers boxes
 * each one. Past 2^53 a state is a string in an ordinary Map.
 */
import type { CompiledScenario } from './compiledScenario.ts';

class NumberIndex {
  // Small to start: most searches of a real scenario visit a few hundred states, and it doubles as it fills.
  private keys = new Float64Array(1 << 8).fill(-1);
  private ids = new Int32Array(1 << 8);
  private mask = (1 << 8) - 1;
  private size = 0;

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
    h ^= h >>> 15;
    let i = h & this.mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  /** The number kept for `key`, or -1 after keeping `id` for it. */
  find(key: number, id: number): number {
    const i = this.slot(key);
    if (this.keys[i] === key) return this.ids[i]!;
    this.keys[i] = key;
    this.ids[i] = id;
    if (++this.size * 2 > this.keys.length) this.grow();
    return -1;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.ids = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++) {
      if (keys[j] === -1) continue;
      const i = this.slot(keys[j]!);
      this.keys[i] = keys[j]!;
      this.ids[i] = ids[j]!;
    }
  }
}

const TWO_53 = 2 ** 53;

/** `find(node, values, tag, id)`: the number of a state found before, or -1 after numbering it `id`. */
export type StateFinder = (node: number, values: ArrayLike<number>, tag: number, id: number) => number;

/**
 * States are told apart by node, tag and the meters conditions read. A meter no condition reads changes
 * neither which moves are open nor where they lead, so two states differing only in it have the same futures:
 * a search takes the first it meets, which is the one a search over every meter would find its answer through
 * (each such class first appears in that search as the child of a first member). Its values are still carried
 * along each path, so answers report them exactly. `limit` is the search's state limit, which bounds the tags
 * it can make (they are made as states are found).
 */
export function stateIndex(c: CompiledScenario, tagged: boolean, limit: number): StateFinder {
  const { lo, hi, read } = c;
  const count = c.meterNames.length;
  const radix: number[] = [];
  let span = c.ids.length + 1;
  for (let i = 0; i < count; i++) {
    radix.push(read[i] ? span : 0);
    if (read[i]) span *= hi[i]! - lo[i]! + 1;
  }
  if (span * (tagged ? limit + 2 : 1) <= TWO_53) {
    const numbers = new NumberIndex();
    return (node, values, tag, id) => {
      let k = node + tag * span;
      for (let i = 0; i < count; i++) k += (values[i]! - lo[i]!) * radix[i]!;
      return numbers.find(k, id);
    };
  }
  const strings = new Map<string, number>();
  return (node, values, tag, id) => {
    let k = `${node}|${tag}|`;
    for (let i = 0; i < count; i++) if (read[i]) k += `${values[i]},`;
    const found = strings.get(k);
    if (found !== undefined) return found;
    strings.set(k, id);
    return -1;
  };
}
