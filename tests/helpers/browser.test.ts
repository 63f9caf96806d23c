// Finding Chromium: the headless shell first, the full browser for Lighthouse, and a loud failure with install help.
import { describe, expect, it } from 'vitest';
import { findChromium } from './browser.ts';

const only =
  (...present: string[]) =>
  (p: string) =>
    present.includes(p);

describe('findChromium', () => {
  it('prefers the headless shell, and the full browser when asked (Lighthouse)', () => {
    const both = only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell');
    expect(findChromium({}, both)).toBe('/usr/bin/chromium-headless-shell');
    expect(findChromium({}, both, true)).toBe('/usr/bin/chromium');
    expect(findChromium({}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('takes CHROMIUM_PATH, and says so when nothing is there', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, only('/opt/c'))).toBe('/opt/c');
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/c' }, only())).toThrow('CHROMIUM_PATH is set to "/opt/c"');
  });

  it('fails with how to install one when there is none', () => {
    expect(() => findChromium({}, only())).toThrow(/apt-get install chromium-headless-shell/);
  });
});
