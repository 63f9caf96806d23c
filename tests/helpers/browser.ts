// Find and launch Chromium for browser tests. No browser is a failure with instructions, never a silent skip.
import { existsSync } from 'node:fs';
import { injectAxe } from './axe.ts';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
} from 'playwright-core';

/**
 * Where Chromium may be, lightest first. Debian's chromium-headless-shell is the same Chromium built without the
 * desktop browser around it (Playwright's own choice for headless runs): the browser tests take about a third less
 * CPU with it than with the full `chromium` (measured: 556 against 949 CPU seconds for the browser project), and they
 * are CPU-bound on a 2-core machine. The full browser is the fallback, and the choice for Lighthouse (`full: true`).
 */
const SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/**
 * Path to a Chromium binary: $CHROMIUM_PATH, else the usual install paths (the headless shell first, unless `full`);
 * throws with install help if none.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = existsSync,
  full = false,
): string {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is set to "${env.CHROMIUM_PATH}", but no file is there.`);
  }
  const candidates = full ? [...BROWSERS, ...SHELLS] : [...SHELLS, ...BROWSERS];
  const found = candidates.find(exists);
  if (!found) {
    throw new Error(
      'Browser tests need Chromium and none was found.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium-headless-shell (or chromium)\n' +
        `  Or point CHROMIUM_PATH at a Chromium or Chrome binary. Looked in: ${candidates.join(', ')}`,
    );
  }
  return found;
}

/** Flags for headless Chromium that keep it off the network (it must not phone home); Lighthouse's runs use them too. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch headless Chromium in this process (tools and benchmarks; tests connect to the run's one browser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** Launch the test run's one Chromium as a server that test files connect to (tests/setup/browser.ts). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/** Connect to the browser server at `wsEndpoint`. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** The viewports and colour schemes every page is checked in. */
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** Options for newContext: a viewport and colour scheme in short, plus any of Playwright's context options. */
export type ContextOptions = Omit<BrowserContextOptions, 'viewport' | 'colorScheme'> & {
  width?: number;
  height?: number;
  scheme?: 'light' | 'dark';
  /** Put axe-core into every page of the context, once (tests/helpers/axe.ts). */
  axe?: boolean;
};

/**
 * A context at one viewport and colour scheme, optionally without JavaScript. Its actions and waits have no time limit
 * of their own: the test's timeout is the only one, so a busy machine slows a test down rather than failing one step.
 */
export async function newContext(browser: Browser, opts: ContextOptions = {}): Promise<BrowserContext> {
  const { width, height, scheme, axe, ...rest } = opts;
  const context = await browser.newContext({
    ...rest,
    viewport: { width: width ?? 1280, height: height ?? 900 },
    colorScheme: scheme ?? 'light',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
  });
  untimed(context);
  if (axe) await injectAxe(context);
  return context;
}

/** Take away Playwright's own 30-second limits on actions and navigation (the test's timeout governs). */
export function untimed(context: BrowserContext): BrowserContext {
  context.setDefaultTimeout(0);
  context.setDefaultNavigationTimeout(0);
  return context;
}
