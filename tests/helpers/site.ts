// One Chromium and one static server for dist/ per browser-test file, started before its tests and closed after.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveDist } from './server';

/** The running site: read `site.browser` and `site.url` inside tests (they are set once beforeAll has run). */
export interface BuiltSite {
  browser: Browser;
  url: string;
}

/** Register beforeAll/afterAll hooks that launch Chromium and serve dist/; returns the handle they fill in. */
export function useBuiltSite(): BuiltSite {
  const site = {} as BuiltSite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    site.browser = await launchBrowser();
    const server = await serveDist();
    site.url = server.url;
    close = server.close;
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
