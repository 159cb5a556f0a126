/**
 * A customer's appearance as the figure drawing needs it, from the scenario's declared `look`.
 */
import type { Look as DeclaredLook } from '../../scenario/schema.ts';

export interface Look {
  skin: number;
  hair: number;
  clothes: number;
  /** 0 short, 1 long, 2 tied back, 3 little hair. */
  hairStyle: number;
  glasses: boolean;
}

const skins: Record<DeclaredLook['skin'], number> = { pale: 0xf5d6c0, light: 0xf1c7a5, tan: 0xd8a982, brown: 0xb9825a, 'dark-brown': 0x8d5524, black: 0x5c3a21 };
const hairs: Record<DeclaredLook['hairColour'], number> = { black: 0x1a1a1a, 'dark-brown': 0x2b1b12, brown: 0x4a3020, auburn: 0x7a3a1e, red: 0xa0481e, blonde: 0xc9a85a, grey: 0x9a9a9a, white: 0xdedad2 };
const styles: Record<DeclaredLook['hair'], number> = { bald: 3, shaved: 3, short: 0, 'short-curly': 0, medium: 1, long: 1, 'long-curly': 1, bun: 2, ponytail: 2, afro: 0, braids: 1, locs: 1 };

export function lookOf(customer: { look: DeclaredLook }): Look {
  const look = customer.look;
  return {
    skin: skins[look.skin],
    hair: hairs[look.hairColour],
    clothes: look.clothes ? parseInt(look.clothes.slice(1), 16) : 0x2f5d8a,
    hairStyle: styles[look.hair],
    glasses: look.glasses,
  };
}

/** A colour made lighter (amount > 0) or darker (amount < 0), for shading. */
export function shade(color: number, amount: number): number {
  const channel = (shift: number) => {
    const c = (color >> shift) & 0xff;
    const v = amount >= 0 ? c + (255 - c) * amount : c * (1 + amount);
    return Math.round(Math.max(0, Math.min(255, v))) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}
