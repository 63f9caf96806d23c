/** The two themes a reader can pick; with no pick the OS decides. */
export type Theme = 'light' | 'dark';

/** The theme the toggle switches to. */
export function nextTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}

/** A stored value, checked: anything but 'light' or 'dark' means "follow the OS". */
export function parseStoredTheme(value: string | null): Theme | null {
  return value === 'light' || value === 'dark' ? value : null;
}
