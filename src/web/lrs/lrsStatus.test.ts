import { describe, expect, it } from 'vitest';
import { initI18n, setLanguage } from '../i18n/i18n.ts';
import { lrsStatusText } from './lrsStatus.ts';

const base = { sent: 0, rejected: [] };

describe('LRS status line', () => {
  it('says where the statements are', () => {
    initI18n('en-GB');
    expect(lrsStatusText({ ...base, state: 'sending', pending: 8 })).toBe('Sending the statements to the Learning Record Store…');
    expect(lrsStatusText({ ...base, state: 'waiting-to-retry', pending: 8 })).toBe('8 statements are waiting to go to the Learning Record Store; they will be sent when it can be reached.');
    expect(lrsStatusText({ ...base, state: 'idle', pending: 0, sent: 8 })).toBe('The statements are in the Learning Record Store.');
    expect(lrsStatusText({ ...base, state: 'refused', pending: 8, lastError: 'the LRS answered 401' })).toBe('The Learning Record Store refused the statements: the LRS answered 401');
    expect(lrsStatusText({ ...base, state: 'no-endpoint', pending: 0 })).toBe('');
  });

  it('speaks Welsh', () => {
    initI18n('en-GB');
    setLanguage('cy');
    expect(lrsStatusText({ ...base, state: 'waiting-to-retry', pending: 3 })).toBe("Mae 3 datganiad yn aros i fynd i'r Storfa Cofnodion Dysgu; fe'u hanfonir pan fydd modd ei chyrraedd.");
  });
});

describe('LRS status line after a refusal', () => {
  it("speaks of the statements of this conversation that the LRS would not accept, with its answer, not of older ones", () => {
    initI18n('en-GB');
    const rejected = [
      { id: 'old', status: 400 },
      { id: 'mine', status: 403, answer: 'verb not allowed' },
    ];
    expect(lrsStatusText({ state: 'idle', pending: 0, sent: 7, rejected }, new Set(['mine', 'other']))).toBe(
      'The statements are in the Learning Record Store, except 1 that it would not accept (403: verb not allowed); those are kept in this browser.',
    );
    expect(lrsStatusText({ state: 'idle', pending: 0, sent: 7, rejected }, new Set(['other']))).toBe('The statements are in the Learning Record Store.');
  });
});
