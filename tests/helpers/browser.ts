// Find and launch Chromium for browser tests. No browser is a failure with instructions, never a silent skip.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Path to a Chromium binary: $CHROMIUM_PATH, else the usual install paths; throws with install help if none. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
): string {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but no file is there.`);
  }
  const found = CANDIDATES.find(exists);
  if (!found) {
    throw new Error(
      'Browser tests need Chromium and none was found.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        `  Or point CHROMIUM_PATH at a Chromium or Chrome binary. Looked in: ${CANDIDATES.join(', ')}`,
    );
  }
  return found;
}

/** Launch headless Chromium with flags that keep it off the network (it must not phone home). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** The viewports and colour schemes every page is checked in. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** A context at one viewport and colour scheme, optionally without JavaScript. */
export function newContext(
  browser: Browser,
  opts: { width?: number; height?: number; scheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
    colorScheme: opts.scheme ?? 'light',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
}
