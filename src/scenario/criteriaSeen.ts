/**
 * What a full-marks search remembers about the path so far: whether it has
 * shown any evidence, and which of the pass rule's critical criteria it has
 * demonstrated. Each distinct combination gets a small number (a tag), so a
 * pass rule can list any number of critical criteria: the search tells states
 * apart by tag, and only combinations some path really reaches are ever made.
 */
import type { Step } from './compiledScenario.ts';

export class CriteriaSeen {
  private readonly index = new Map<string, number>();
  private readonly tags = new Map<string, number>();
  /** Per tag: whether any evidence was seen, and the criteria shown, as a sorted list. */
  private readonly seen: { any: boolean; shown: number[] }[] = [];
  /** Per step, the tag it leads to from each tag (filled as met). */
  private readonly after: (number | undefined)[][] = [];
  private readonly shows = new Map<number, number[]>();

  constructor(readonly criteria: readonly string[]) {
    criteria.forEach((c, i) => {
      if (!this.index.has(c)) this.index.set(c, i);
    });
    this.intern(false, []);
  }

  /** The tag of a path that has shown nothing yet. */
  get start(): number {
    return 0;
  }

  get count(): number {
    return this.seen.length;
  }

  private intern(any: boolean, shown: number[]): number {
    const key = `${any ? 1 : 0}:${shown.join(',')}`;
    let tag = this.tags.get(key);
    if (tag === undefined) {
      tag = this.seen.push({ any, shown }) - 1;
      this.tags.set(key, tag);
    }
    return tag;
  }

  /** Whether a path with this tag has shown evidence and every critical criterion. */
  complete(tag: number): boolean {
    const s = this.seen[tag]!;
    return s.any && s.shown.length === this.index.size;
  }

  /** The tag after taking `step` (only steps whose evidence is all met are taken in a full-marks search). */
  next(tag: number, step: Step): number {
    const row = (this.after[step.id] ??= []);
    let to = row[tag];
    if (to === undefined) {
      const from = this.seen[tag]!;
      let shows = this.shows.get(step.id);
      if (!shows) {
        shows = [];
        for (const x of step.evidence) {
          const i = this.index.get(x.criterion);
          if (i !== undefined && x.met) shows.push(i);
        }
        this.shows.set(step.id, shows);
      }
      const shown = shows.length === 0 ? from.shown : [...new Set([...from.shown, ...shows])].sort((a, b) => a - b);
      to = this.intern(from.any || step.evidence.length > 0, shown);
      row[tag] = to;
    }
    return to;
  }
}
