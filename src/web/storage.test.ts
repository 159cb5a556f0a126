// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test/support/fakes.ts';
import { browserStorage, openStore } from './storage.ts';

describe('openStore', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips JSON under a rapport. prefix', () => {
    const store = openStore(browserStorage());
    expect(store.write('play', { turn: 3, history: ['a'] })).toEqual({ ok: true });
    expect(store.read('play')).toEqual({ turn: 3, history: ['a'] });
    expect(localStorage.getItem('rapport.play')).toBe('{"turn":3,"history":["a"]}');
    store.remove('play');
    expect(store.read('play')).toBeUndefined();
  });

  it('treats a corrupt entry as absent', () => {
    localStorage.setItem('rapport.settings', '{not json');
    expect(openStore(browserStorage()).read('settings')).toBeUndefined();
  });

  it('reports a full quota without throwing', () => {
    const store = openStore(memoryStorage('QuotaExceededError'));
    expect(store.unavailable).toBe(false);
    expect(store.write('play', { big: 'x' })).toEqual({ ok: false, problem: 'full' });
  });

  it('reports blocked storage (SecurityError) as unavailable', () => {
    const store = openStore(memoryStorage('SecurityError'));
    expect(store.unavailable).toBe(true);
    expect(store.write('play', 1)).toEqual({ ok: false, problem: 'unavailable' });
    expect(store.read('play')).toBeUndefined();
  });

  it('works with no storage at all', () => {
    const store = openStore(undefined);
    expect(store.unavailable).toBe(true);
    expect(store.write('settings', {})).toEqual({ ok: false, problem: 'unavailable' });
    expect(() => store.remove('settings')).not.toThrow();
  });

  it('survives a getter that throws SecurityError', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      expect(browserStorage()).toBeUndefined();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
    }
  });
});
