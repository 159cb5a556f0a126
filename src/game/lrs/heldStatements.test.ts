import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, t } from '../../web/i18n/i18n.ts';
import { heldNotice } from './heldStatements.ts';

beforeAll(() => initI18n('en-GB'));

const text = (n: ReturnType<typeof heldNotice>) => (n ? t(n.key, n.params) : '');

describe('the notice about statements held from earlier', () => {
  it('says what became of them, in the order it happens', () => {
    expect(text(heldNotice({ held: 8, left: 8, refused: 0, state: 'sending', error: '' }))).toBe('Sending 8 statements held from earlier to the Learning Record Store…');
    expect(heldNotice({ held: 8, left: 8, refused: 0, state: 'waiting-to-retry', error: 'offline or unreachable: Failed to fetch' })).toMatchObject({ tone: 'warning' });
    expect(text(heldNotice({ held: 8, left: 8, refused: 0, state: 'waiting-to-retry', error: 'the LRS answered 503' }))).toBe(
      '8 statements held from earlier are waiting for the Learning Record Store, which cannot be reached just now (the LRS answered 503). They will be sent when it can be.',
    );
    expect(text(heldNotice({ held: 8, left: 0, refused: 0, state: 'idle', error: '' }))).toBe('8 statements held from earlier have reached the Learning Record Store.');
  });

  it('says when the LRS refused them, or some of them', () => {
    expect(text(heldNotice({ held: 8, left: 8, refused: 0, state: 'refused', error: 'the LRS answered 401: check the endpoint and credentials' }))).toMatch(/^The Learning Record Store refused the 8 statements held from earlier \(the LRS answered 401/);
    expect(text(heldNotice({ held: 8, left: 0, refused: 1, state: 'idle', error: '400: bad verb' }))).toBe(
      '7 statements held from earlier have reached the Learning Record Store. It would not accept 1 of them (400: bad verb); those are kept in this browser.',
    );
  });
});
