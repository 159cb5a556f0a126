import { describe, expect, it } from 'vitest';
import { Session } from '../../engine/session.ts';
import { fixture, tickingClock } from '../../../test/support/scenarios.ts';
import { betterOption } from './feedback.ts';

const scenario = fixture('tiny-counter.yaml');
const take = (s: Session, text: string) => s.choose(s.view().options.find((o) => o.text.startsWith(text))!.choice);

describe('betterOption', () => {
  it('names the better response on offer beside a poor one, with the poor one\'s tip', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    const turn = take(s, 'Yes?');
    const better = betterOption(scenario, turn);
    expect(better?.option.text).toMatch(/^Sorry to keep you/);
    const tip = turn.offered.find((o) => o.text === 'Yes?')?.tip;
    expect(better?.tip).toBe(tip);
  });

  it('gives none when the learner took the best response there was', () => {
    const s = Session.start(scenario, { seed: 1, now: tickingClock() });
    expect(betterOption(scenario, take(s, 'Sorry to keep you'))).toBeUndefined();
  });
});
