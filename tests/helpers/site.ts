// The running site for browser tests: the run's one Chromium and one nginx serving dist/ with deploy/ (both started by
// tests/setup/browser.ts), reached from each test file by connecting rather than launching.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser, untimed } from './browser.ts';
import '../setup/provided.ts';

/** The running site: read `site.browser` and `site.url` inside tests (they are set once beforeAll has run). */
export interface BuiltSite {
  browser: Browser;
  url: string;
}

/** Connect to the run's shared Chromium; every context it opens has no time limit but the test's. */
export async function sharedBrowser(): Promise<Browser> {
  const endpoint = inject('browserWSEndpoint');
  if (!endpoint)
    throw new Error(
      'No shared browser was provided: browser tests run in the browser project (files named *.browser.test.ts), whose global setup (tests/setup/browser.ts) starts Chromium and nginx.',
    );
  const browser = await connectBrowser(endpoint);
  // Contexts made with browser.newContext() directly (downloads, permissions) get the same untimed waits as those
  // made with newContext() in tests/helpers/browser.ts.
  const open = browser.newContext.bind(browser);
  browser.newContext = async (options) => untimed(await open(options));
  return browser;
}

/** Register beforeAll/afterAll hooks that connect to the shared Chromium; returns the handle they fill in. */
export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  beforeAll(async () => {
    site.url = inject('siteUrl');
    site.browser = await sharedBrowser();
  });
  // Closing a connected browser closes this file's contexts and the connection, not the shared Chromium.
  afterAll(() => site.browser?.close());
  return site;
}
