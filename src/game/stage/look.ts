/**
 * A customer's appearance: from the scenario's `look` where the author gave
 * one, otherwise chosen from the name, so the same customer always looks the same.
 */
import type { Scenario } from '../../scenario/schema.ts';

export interface Look {
  skin: number;
  hair: number;
  clothes: number;
  /** 0 short, 1 long, 2 tied back, 3 little hair. */
  hairStyle: number;
  glasses: boolean;
}

const skins = [0xf1c7a5, 0xe0ac84, 0xc68642, 0x8d5524, 0x5c3a21, 0xf5d6c0];
const hairs = [0x2b1b12, 0x4a3020, 0x8a5a2b, 0xb0a090, 0x1a1a1a, 0xc9c0b5];
const clothes = [0x2f5d8a, 0x7a3b52, 0x3f6e4a, 0x8a6a2f, 0x4d4d7a, 0x9a4a2a];

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

const hex = (value: string | undefined) => (value ? parseInt(value.slice(1), 16) : undefined);

export function lookOf(customer: Scenario['customer']): Look {
  const h = hash(customer.name);
  const pick = (list: number[], shift: number) => list[(h >>> shift) % list.length]!;
  return {
    skin: hex(customer.look.skin) ?? pick(skins, 0),
    hair: hex(customer.look.hair) ?? pick(hairs, 5),
    clothes: hex(customer.look.clothes) ?? pick(clothes, 10),
    hairStyle: (h >>> 15) % 4,
    glasses: (h >>> 19) % 3 === 0,
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
