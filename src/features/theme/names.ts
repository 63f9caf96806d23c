/**
 * The theme's names: the two themes a reader can pick (with no pick the OS decides) and where the pick is kept. The
 * toggle (theme-toggle.ts), the head script (head-script.ts) and the stylesheets' [data-theme] selectors use them.
 */

/** The themes, as written in <html data-theme="..."> and in storage. */
export const THEMES = ['light', 'dark'] as const;
/** One of them. */
export type Theme = (typeof THEMES)[number];

/** Where the reader's pick is kept (localStorage; the only thing this site stores on a device). */
export const THEME_STORAGE_KEY = 'theme';

/** The theme the toggle switches to. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
