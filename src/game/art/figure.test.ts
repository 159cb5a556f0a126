// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hairStyles, headwear as headwearKinds } from '../../scenario/vocabulary.ts';
import type { Look } from '../../scenario/schema.ts';
import { bundled } from '../../../test/support/scenarios.ts';
import { appearanceOf, crowdLooks } from './appearance.ts';
import { ageLines } from './face.ts';
import { avatarSvg, figureSvg } from './figure.ts';
import { hairBack, hairFront } from './hair.ts';
import { hairShows, headwearOver } from './headwear.ts';
import { poseFor } from './pose.ts';

const look = (over: Partial<Look> = {}): Look => ({ presentation: 'feminine', age: 'adult', skin: 'brown', hair: 'short', hairColour: 'black', facialHair: 'none', headwear: 'none', glasses: false, ...over });
const neutral = poseFor({ mood: 50, patience: 50, trust: 50, understanding: 50 });

/** The y coordinates a drawing's paths and shapes reach (figure units: shoulders at about -140, chin at -149). */
function ys(svg: string): number[] {
  const out: number[] = [];
  for (const [, d] of svg.matchAll(/ d="([^"]+)"/g)) {
    const numbers = d!.match(/-?\d+(\.\d+)?/g)!.map(Number);
    for (let i = 1; i < numbers.length; i += 2) out.push(numbers[i]!);
  }
  for (const [, cy, r] of svg.matchAll(/cy="(-?[\d.]+)" r="([\d.]+)"/g)) out.push(Number(cy) + Number(r));
  return out;
}

const parses = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror').length === 0;

describe('hair from the declared look', () => {
  it('draws each of the format\'s hair styles differently', () => {
    const drawings = hairStyles.map((hair) => hairBack(appearanceOf(look({ hair }))) + hairFront(appearanceOf(look({ hair }))));
    expect(new Set(drawings).size).toBe(hairStyles.length);
  });

  it('lets long styles fall past the shoulders and keeps short ones above the jaw', () => {
    for (const hair of ['long', 'long-curly', 'braids', 'locs'] as const) expect(Math.max(...ys(hairBack(appearanceOf(look({ hair }))))), `${hair}`).toBeGreaterThan(-130);
    for (const hair of ['short', 'short-curly', 'shaved', 'afro', 'bun', 'ponytail'] as const) expect(Math.max(...ys(hairFront(appearanceOf(look({ hair }))))), `${hair}`).toBeLessThan(-190);
  });

  it('never gives a bald look a head of hair, nor a look with hair a bald head', () => {
    const bald = appearanceOf(look({ hair: 'bald', age: 'young', presentation: 'masculine' }));
    expect(hairBack(bald)).toBe('');
    expect(hairFront(bald)).not.toContain('fill="#1e1b1b"');
    // A woman with short hair has a cap of hair over the crown, in her hair's colour.
    const short = appearanceOf(look({ hair: 'short' }));
    expect(hairFront(short)).toContain('fill="#1e1b1b"');
    expect(Math.min(...ys(hairFront(short)))).toBeLessThan(-290);
  });
});

describe('headwear', () => {
  it('draws every kind in the vocabulary, distinctly', () => {
    const drawn = headwearKinds.filter((h) => h !== 'none').map((headwear) => headwearOver(appearanceOf(look({ headwear }))));
    expect(drawn.every((d) => d.length > 0)).toBe(true);
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('hides the hair a hijab or turban covers and leaves the face open', () => {
    for (const headwear of ['hijab', 'turban', 'patka'] as const) expect(hairShows(appearanceOf(look({ headwear, hair: 'long' })))).toEqual({ back: false, front: false });
    const hijab = headwearOver(appearanceOf(look({ headwear: 'hijab' })));
    // Over the crown, and round the face: an even-odd band with an opening.
    expect(Math.min(...ys(hijab))).toBeLessThan(-290);
    expect(hijab).toContain('fill-rule="evenodd"');
    expect(hairShows(appearanceOf(look({ headwear: 'kippah' })))).toEqual({ back: true, front: true });
  });
});

describe('age and presentation', () => {
  it('lines an older face and leaves a young one smooth', () => {
    expect(ageLines(appearanceOf(look({ age: 'young' })))).toBe('');
    expect(ageLines(appearanceOf(look({ age: 'older' }))).length).toBeGreaterThan(ageLines(appearanceOf(look({ age: 'middle-aged' }))).length);
  });

  it('gives a masculine look a squarer jaw, heavier brows and no lashes', () => {
    const her = figureSvg(appearanceOf(look()), neutral);
    const him = figureSvg(appearanceOf(look({ presentation: 'masculine' })), neutral);
    expect(her).not.toBe(him);
    expect((her.match(/l4 -3|l-4 -3/g) ?? []).length).toBe(2);
    expect(him).not.toMatch(/l4 -3|l-4 -3/);
  });
});

describe('figures of the bundled scenarios', () => {
  const people = bundled().flatMap(({ scenario }) => [
    { who: scenario.customer.name, look: scenario.customer.look, role: 'customer' as const },
    ...Object.entries(scenario.people).flatMap(([id, p]) => (p.look ? [{ who: `${scenario.id}/${id}`, look: p.look, role: p.role }] : [])),
  ]);

  it.each(people)('$who is a well-formed drawing in every mood, blinking and talking', ({ look: l, role, who }) => {
    const a = appearanceOf(l, role, who);
    for (const mood of [0, 50, 100]) {
      const pose = poseFor({ mood, patience: mood, trust: mood, understanding: mood });
      expect(parses(figureSvg(a, pose, { frame: 'full' }))).toBe(true);
      expect(parses(figureSvg(a, pose, { blink: true, talking: true }))).toBe(true);
      expect(parses(avatarSvg(a, pose, 96, '#cfe0ec'))).toBe(true);
    }
  });

  it('draws staff with a lanyard and customers without', () => {
    expect(appearanceOf(look(), 'colleague').badge).toBe(true);
    expect(appearanceOf(look(), 'customer').badge).toBe(false);
    expect(appearanceOf(look(), 'relative').badge).toBe(false);
  });
});

describe('a crowd', () => {
  it('dresses people standing together in different colours, for every scenario\'s queue', () => {
    for (const { scenario } of bundled()) {
      const clothes = crowdLooks(scenario.id, 6).map((l) => l.clothes);
      expect(new Set(clothes).size, scenario.id).toBe(clothes.length);
    }
  });
});
