/**
 * A person's appearance as the drawing needs it, resolved from the look a
 * scenario declares (and, for people who are not the customer, their role):
 * colours for skin, hair and eyes, the garment they wear, their headwear. The
 * story decides; the drawing never guesses a gender or an age the look does not give.
 */
import type { Look, Person } from '../../scenario/schema.ts';
import { seeded, shade } from './svg.ts';

export type Role = Person['role'] | 'customer';
export type Lower = 'trousers' | 'jeans' | 'skirt';
export type Garment = 'jumper' | 'shirt' | 'blouse' | 'cardigan' | 'blazer' | 'hoodie' | 'tee' | 'coat' | 'uniform';

export interface Skin {
  base: number;
  shadow: number;
  lip: number;
}

export interface Appearance {
  presentation: Look['presentation'];
  age: Look['age'];
  skin: Skin;
  hair: { style: Look['hair']; colour: number; shadow: number; brow: number };
  facialHair: Look['facialHair'];
  headwear: Look['headwear'];
  headwearColour: number;
  glasses: boolean;
  eyes: number;
  clothes: number;
  garment: Garment;
  /** Below the waist, for people seen whole (a queue, a doorstep). */
  lower: { kind: Lower; colour: number; shoes: number };
  /** Staff wear a lanyard and badge: the learner can tell a colleague from a customer at a glance. */
  badge: boolean;
  role: Role;
}

const skins: Record<Look['skin'], Skin> = {
  pale: { base: 0xf7dccb, shadow: 0xe2b9a2, lip: 0xcf7d7a },
  light: { base: 0xf0c6a2, shadow: 0xd9a67f, lip: 0xc4706a },
  tan: { base: 0xd7a177, shadow: 0xbd8459, lip: 0xad6052 },
  brown: { base: 0xac744b, shadow: 0x8f5b36, lip: 0x86463d },
  'dark-brown': { base: 0x7c4d2c, shadow: 0x643b1f, lip: 0x5a2b24 },
  black: { base: 0x573521, shadow: 0x432716, lip: 0x3d1e18 },
};

const hairColours: Record<Look['hairColour'], number> = {
  black: 0x1e1b1b,
  'dark-brown': 0x3b2618,
  brown: 0x6b4427,
  auburn: 0x8c3f1e,
  red: 0xb4532a,
  blonde: 0xd6b26a,
  grey: 0xa19e99,
  white: 0xe4e0d8,
};

const browFor: Partial<Record<Look['hairColour'], number>> = { grey: 0x7f7b75, white: 0xa9a49c, blonde: 0x9c7b42 };

const scarfColours = [0x6b4f7a, 0x2f5d62, 0x8a4b52, 0x3e5c8a, 0x7a6a4f, 0x5b6f3a];
const turbanColours = [0x1f3a6b, 0x7a1f2b, 0xc27c0e, 0x2e5e3e, 0xe9dfc9, 0x402a5c];

const customerGarments: Record<Look['age'], Garment[]> = {
  young: ['hoodie', 'tee', 'coat', 'jumper'],
  adult: ['shirt', 'jumper', 'coat', 'blouse'],
  'middle-aged': ['jumper', 'shirt', 'cardigan', 'coat'],
  older: ['cardigan', 'jumper', 'coat', 'shirt'],
};

const staffGarment: Partial<Record<Role, Garment>> = { manager: 'blazer', 'team-leader': 'blazer', colleague: 'shirt', interpreter: 'cardigan', security: 'uniform' };

function lowerOf(look: Look, role: Role, rand: () => number): Appearance['lower'] {
  const shoes = [0x2b2420, 0x3b2c22, 0x1f2226, 0x5a4636][Math.floor(rand() * 4)]!;
  if (role === 'security') return { kind: 'trousers', colour: 0x22262b, shoes: 0x15171a };
  const roll = rand();
  if (look.presentation === 'feminine' && roll < 0.4) return { kind: 'skirt', colour: [0x2e3a4f, 0x5a3b4f, 0x3d4a3a, 0x6b5a45][Math.floor(rand() * 4)]!, shoes };
  if (roll < 0.7 && role !== 'manager' && role !== 'team-leader') return { kind: 'jeans', colour: [0x3b5878, 0x2f4560, 0x4d6a8c][Math.floor(rand() * 3)]!, shoes };
  return { kind: 'trousers', colour: [0x2d3138, 0x3a3f47, 0x4a4238, 0x23293a][Math.floor(rand() * 4)]!, shoes };
}

/** Resolves a declared look; `key` (a name or id) varies the details a look leaves open, the same way every time. */
export function appearanceOf(look: Look, role: Role = 'customer', key = ''): Appearance {
  const rand = seeded(`${key}|${look.presentation}|${look.age}|${look.clothes ?? ''}`);
  const hair = hairColours[look.hairColour];
  const lightEyes = (look.skin === 'pale' || look.skin === 'light') && rand() < 0.55;
  let garment = staffGarment[role] ?? customerGarments[look.age][Math.floor(rand() * 4)]!;
  // A blouse is a feminine cut; a masculine look wears a shirt in its place.
  if (garment === 'blouse' && look.presentation === 'masculine') garment = 'shirt';
  const clothes = look.clothes ? parseInt(look.clothes.slice(1), 16) : role === 'security' ? 0x22262b : 0x3d6f8e;
  const palette = look.headwear === 'turban' || look.headwear === 'patka' ? turbanColours : scarfColours;
  return {
    presentation: look.presentation,
    age: look.age,
    skin: skins[look.skin],
    hair: { style: look.hair, colour: hair, shadow: shade(hair, -0.3), brow: browFor[look.hairColour] ?? shade(hair, -0.25) },
    facialHair: look.facialHair,
    headwear: look.headwear,
    headwearColour: look.headwear === 'kippah' ? 0x2f5aa0 : look.headwear === 'cap' ? shade(clothes, -0.15) : palette[Math.floor(rand() * palette.length)]!,
    glasses: look.glasses,
    eyes: lightEyes ? [0x4a78a8, 0x5c7d4a, 0x7a5a30][Math.floor(rand() * 3)]! : 0x3f2a1e,
    clothes,
    garment,
    lower: lowerOf(look, role, rand),
    badge: role !== 'customer' && role !== 'relative' && role !== 'friend' && role !== 'queue',
    role,
  };
}

/** Nine colours: a step of four visits every one before any comes round again. */
const CROWD_CLOTHES = ['7a4b2a', '2f5d62', '5a3d6b', '8a8f3a', '3b4f7a', 'a0522d', '4a4a4a', '6b8fa3', '9c3d54'] as const;

/** Looks for a queue or a waiting room: varied people, the same for a scenario every time. */
export function crowdLooks(key: string, count: number): Look[] {
  const rand = seeded(`crowd|${key}`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const looks: Look[] = [];
  // Clothes step through the palette rather than being drawn at random: people standing together never match.
  const firstClothes = Math.floor(rand() * CROWD_CLOTHES.length);
  for (let i = 0; i < count; i++) {
    const presentation = i % 2 === (rand() < 0.5 ? 0 : 1) ? 'feminine' : 'masculine';
    const age = pick(['young', 'adult', 'middle-aged', 'older'] as const);
    const feminineHair = ['long', 'bun', 'ponytail', 'medium', 'braids', 'long-curly', 'short'] as const;
    const masculineHair = ['short', 'short-curly', 'shaved', 'bald', 'afro', 'short'] as const;
    const hair = presentation === 'feminine' ? pick(feminineHair) : pick(masculineHair);
    const hairColour = age === 'older' ? pick(['grey', 'white'] as const) : pick(['black', 'dark-brown', 'brown', 'blonde', 'auburn'] as const);
    const headwear = presentation === 'feminine' && rand() < 0.18 ? 'hijab' : presentation === 'masculine' && rand() < 0.12 ? pick(['cap', 'turban'] as const) : 'none';
    looks.push({
      presentation,
      age,
      skin: pick(['pale', 'light', 'tan', 'brown', 'dark-brown', 'black'] as const),
      hair,
      hairColour,
      facialHair: presentation === 'masculine' && rand() < 0.35 ? pick(['stubble', 'beard', 'moustache'] as const) : 'none',
      headwear,
      glasses: rand() < 0.25,
      clothes: `#${CROWD_CLOTHES[(firstClothes + i * 4) % CROWD_CLOTHES.length]}`,
    });
  }
  return looks;
}
