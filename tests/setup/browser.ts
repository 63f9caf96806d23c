// Global setup of the browser project: one Chromium (a Playwright browser server) and one nginx over dist/ with
// deploy/'s configuration for the whole run, and the index of dist/. Test files connect (tests/helpers/site.ts).
import type { TestProject } from 'vitest/node';
import './provided.ts';
import { launchBrowserServer } from '../helpers/browser.ts';
import { indexDist } from '../helpers/dist.ts';
import { startNginx } from '../helpers/nginx.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Each of these fails with what to run or install: no build, no Chromium, no nginx.
  project.provide('distIndex', indexDist());
  const nginx = await startNginx();
  let browser;
  try {
    browser = await launchBrowserServer();
  } catch (e) {
    nginx.stop();
    throw e;
  }
  project.provide('siteUrl', nginx.url);
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    nginx.stop();
  };
}
