// @vitest-environment happy-dom
/**
 * The page's side of working offline: registering the worker (and knowing
 * when a first install is complete), telling a start that a new version was
 * installed, and letting a waiting version take over at a start.
 */
import { describe, expect, it, vi } from 'vitest';
import { currentBuild, isNewVersion, takeWaitingVersion } from './newVersion.ts';
import { registerOffline } from './registerOffline.ts';

/** A worker as the page sees it: a state, and 'statechange' as it moves on. */
class FakeWorker extends EventTarget {
  messages: unknown[] = [];
  constructor(public state: ServiceWorkerState) {
    super();
  }
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
}

function container(options: { controller?: boolean; registration?: Partial<Record<'installing' | 'waiting' | 'active', FakeWorker>>; refuse?: boolean } = {}) {
  const events = new EventTarget();
  const registration = { installing: null, waiting: null, active: null, ...options.registration };
  const registered: string[] = [];
  const c = {
    controller: options.controller ? {} : null,
    register: async (url: string) => {
      if (options.refuse) throw new DOMException('blocked', 'SecurityError');
      registered.push(url);
      return registration;
    },
    getRegistration: async () => registration,
    addEventListener: (type: string, fn: EventListener, o?: AddEventListenerOptions) => events.addEventListener(type, fn, o),
  };
  return { container: c as unknown as ServiceWorkerContainer, registered, fire: (type: string) => events.dispatchEvent(new Event(type)) };
}

describe('registering the offline worker', () => {
  it('registers sw.js beside the page, and says when a first install has everything cached', async () => {
    const installing = new FakeWorker('installing');
    const { container: c, registered } = container({ registration: { installing } });
    const ready = vi.fn();
    await registerOffline({ ready }, c);
    expect(registered).toEqual(['./sw.js']);
    installing.become('installed');
    expect(ready).not.toHaveBeenCalled();
    installing.become('activated');
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('says nothing on later starts, when a worker already controls the page', async () => {
    const ready = vi.fn();
    const installing = new FakeWorker('installing');
    await registerOffline({ ready }, container({ controller: true, registration: { installing } }).container);
    installing.become('activated');
    expect(ready).not.toHaveBeenCalled();
  });

  it('goes on online only, with a warning and no error, where the browser refuses a worker or has none', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ready = vi.fn();
    expect(await registerOffline({ ready }, container({ refuse: true }).container)).toBeUndefined();
    expect(await registerOffline({ ready }, undefined)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(ready).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('a new version', () => {
  it('is named by the build tag of the page, "dev" without one', () => {
    document.head.innerHTML = '<meta name="rapport-build" content="094e0775ba01313c">';
    expect(currentBuild()).toBe('094e0775ba01313c');
    document.head.innerHTML = '';
    expect(currentBuild()).toBe('dev');
  });

  it('is news at the first start of another build, not at the first start ever nor at a start of the same build', () => {
    const m = new Map<string, string>();
    const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    expect(isNewVersion('a', storage)).toBe(false);
    expect(isNewVersion('a', storage)).toBe(false);
    expect(isNewVersion('b', storage)).toBe(true);
    expect(isNewVersion('b', storage)).toBe(false);
    const broken = { getItem: () => { throw new DOMException('denied', 'SecurityError'); }, setItem: () => {} };
    expect(isNewVersion('c', broken)).toBe(false);
  });

  it('waiting since an earlier visit takes over at a start, and the page reloads into it once it has', async () => {
    const waiting = new FakeWorker('installed');
    const { container: c, fire } = container({ controller: true, registration: { waiting } });
    const reload = vi.fn();
    expect(await takeWaitingVersion(c, reload)).toBe(true);
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    fire('controllerchange');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is left alone when nothing waits, or when no worker controls the page yet', async () => {
    const reload = vi.fn();
    expect(await takeWaitingVersion(container({ controller: true }).container, reload)).toBe(false);
    expect(await takeWaitingVersion(container({ registration: { waiting: new FakeWorker('installed') } }).container, reload)).toBe(false);
    expect(await takeWaitingVersion(undefined, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
