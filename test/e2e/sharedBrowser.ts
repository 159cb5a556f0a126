/**
 * One browser for a whole e2e file, opened on the app's start page before its
 * tests and closed after them. The tests read it through the returned object,
 * whose fields stand for the browser once it is open.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { openBrowser, type Browser } from './browser.ts';

export function sharedBrowser(options: Parameters<typeof openBrowser>[0] & { timeout?: number } = {}): Browser {
  const { timeout = 15_000, ...open } = options;
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser(open);
    browser.page.setDefaultTimeout(timeout);
    await browser.page.goto(inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Browser => {
    if (!browser) throw new Error('the shared browser is used before beforeAll opened it');
    return browser;
  };
  return {
    get context() {
      return current().context;
    },
    get page() {
      return current().page;
    },
    get errors() {
      return current().errors;
    },
    get profile() {
      return current().profile;
    },
    close: () => current().close(),
  };
}
