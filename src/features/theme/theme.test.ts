// The theme's names and its head script: the script applies a stored pick that names a theme, ignores anything else,
// survives blocked storage, and always marks the page as having JavaScript; its hash is the one the policy allows.
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { cspHash } from '../../lib/csp-hash';
import { THEMES, THEME_STORAGE_KEY, nextTheme } from './names';
import { INLINE_SCRIPT_HASHES, THEME_BOOTSTRAP } from './head-script';

/** Runs the head script against a stand-in page whose storage holds `stored` (or throws when `stored` is an Error). */
function run(stored: string | null | Error) {
  const html = { dataset: {} as Record<string, string>, classes: new Set<string>() };
  const keys: string[] = [];
  runInNewContext(THEME_BOOTSTRAP, {
    localStorage: {
      getItem: (key: string) => {
        keys.push(key);
        if (stored instanceof Error) throw stored;
        return stored;
      },
    },
    document: { documentElement: { dataset: html.dataset, classList: { add: (c: string) => html.classes.add(c) } } },
  });
  return { theme: html.dataset.theme, js: html.classes.has('js'), keys };
}

describe('the theme', () => {
  it('toggles between its two themes', () => {
    expect(THEMES).toEqual(['light', 'dark']);
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('light');
  });

  it.each(THEMES)('the head script applies a stored pick of %s before the first paint', (theme) => {
    expect(run(theme)).toEqual({ theme, js: true, keys: [THEME_STORAGE_KEY] });
  });

  it('ignores no pick or a value that is not a theme, and survives blocked storage', () => {
    expect(run(null)).toMatchObject({ theme: undefined, js: true });
    expect(run('purple"><script>')).toMatchObject({ theme: undefined, js: true });
    expect(run(new Error('SecurityError: storage is blocked'))).toMatchObject({ theme: undefined, js: true });
  });

  it('allows exactly the head script by its hash', () => {
    expect(INLINE_SCRIPT_HASHES).toEqual([cspHash(THEME_BOOTSTRAP)]);
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
