/** The two themes a reader can pick; with no pick the OS decides. */
export type Theme = 'light' | 'dark';

/** Where the reader's pick is kept (localStorage; the only thing this site stores on a device). */
export const THEME_STORAGE_KEY = 'theme';

/** The theme the toggle switches to. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
