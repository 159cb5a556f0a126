import { describe, expect, it } from 'vitest';
import { cardStatuses, statusOf } from './cardStatus.ts';

const attempt = (scenarioId: string, percent: number, passed: boolean, presenter = false) => ({ scenarioId, percent, passed, ...(presenter ? { presenter: { revealed: [], votes: {}, branches: [] } as never } : {}) });

describe('cardStatuses', () => {
  it('is not started without attempts', () => {
    expect(statusOf(cardStatuses([], undefined), 'a')).toEqual({ kind: 'not-started' });
  });

  it('keeps the best score, and passed once any attempt passed', () => {
    const s = cardStatuses([attempt('a', 40, false), attempt('a', 72, false), attempt('b', 60, false), attempt('b', 90, true), attempt('b', 50, false)], undefined);
    expect(statusOf(s, 'a')).toEqual({ kind: 'attempted', best: 72 });
    expect(statusOf(s, 'b')).toEqual({ kind: 'passed', best: 90 });
  });

  it('says in progress for the unfinished conversation, with the best so far', () => {
    const s = cardStatuses([attempt('a', 40, false)], 'a');
    expect(statusOf(s, 'a')).toEqual({ kind: 'in-progress', best: 40 });
    expect(statusOf(cardStatuses([], 'c'), 'c')).toEqual({ kind: 'in-progress' });
  });

  it('leaves out attempts presented to a class', () => {
    expect(statusOf(cardStatuses([attempt('a', 95, true, true)], undefined), 'a')).toEqual({ kind: 'not-started' });
  });
});
