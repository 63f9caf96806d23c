// <theme-toggle>: the dark mode button (ThemeToggle.astro) switches the theme and remembers the reader's pick.
import { THEME_STORAGE_KEY, nextTheme, type Theme } from './names';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const dark = matchMedia('(prefers-color-scheme: dark)');
    const current = (): Theme =>
      (document.documentElement.dataset.theme as Theme | undefined) ?? (dark.matches ? 'dark' : 'light');
    const show = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
    show();
    button.addEventListener('click', () => {
      const theme = nextTheme(current());
      document.documentElement.dataset.theme = theme;
      try {
        localStorage.setItem(THEME_STORAGE_KEY, theme);
      } catch {
        // Storage may be blocked; the choice then lasts for this page only.
      }
      show();
    });
    dark.addEventListener('change', show);
  }
}
customElements.define('theme-toggle', ThemeToggle);
