/**
 * The site's colours as data: each semantic token in the light and the dark palette, and what paper gets.
 * src/styles/global.css declares the same values as CSS custom properties (--surface, --text, ...) for Tailwind's
 * @theme and the site's own rules, and src/styles/print.css the print ones; palette.test.ts fails when a stylesheet
 * and this module differ in any token or value. The CSS is checked rather than generated: Tailwind compiles it (the
 * dark-tokens variant, @theme), and twelve lines per palette read best where they are used. The server's own error
 * pages take their colours from here (src/pages/errors/error.css.ts).
 */
import type { Theme } from './names.ts';

/** The semantic tokens, in the order global.css declares them. */
export const TOKENS = [
  'surface',
  'surface-alt',
  'text',
  'muted',
  'accent',
  'accent-strong',
  'accent-soft',
  'border',
  'danger',
  'danger-surface',
  'focus',
  'mark',
] as const;
/** One of them (the custom property is `--${token}`). */
export type Token = (typeof TOKENS)[number];

/**
 * Each theme's colours. The pairs the site puts together reach WCAG's 4.5:1 for text and 3:1 for the focus indicator in
 * both themes (palette.test.ts; the axe pass over the built pages checks them as rendered).
 */
export const PALETTE: Record<Theme, Record<Token, string>> = {
  light: {
    surface: '#ffffff',
    'surface-alt': '#f3f6f8',
    text: '#1b2631',
    muted: '#4a5866',
    accent: '#0b5d7a',
    'accent-strong': '#083f53',
    'accent-soft': '#e3f1f6',
    border: '#c9d3dc',
    danger: '#a3191e',
    'danger-surface': '#fcefef',
    focus: '#b34700',
    mark: '#fff0a8',
  },
  dark: {
    surface: '#11181f',
    'surface-alt': '#1a232c',
    text: '#e7edf2',
    muted: '#b3c0cc',
    accent: '#7cc8e6',
    'accent-strong': '#a9dcf0',
    'accent-soft': '#16313d',
    border: '#3a4855',
    danger: '#ff9c9c',
    'danger-surface': '#3a1719',
    focus: '#ffb366',
    mark: '#5c4a00',
  },
};

/**
 * On paper, in either theme: black on white (print.css). The tokens it leaves out (the focus indicator and the
 * highlight of a section link) keep the current theme's colour.
 */
export const PRINT_PALETTE: Partial<Record<Token, string>> = {
  surface: '#fff',
  'surface-alt': '#fff',
  text: '#000',
  muted: '#222',
  accent: '#000',
  border: '#777',
  danger: '#000',
  'danger-surface': '#fff',
  'accent-soft': '#fff',
  'accent-strong': '#000',
};

/** A token's colour in each theme, for a page that follows the OS with a media query (the error pages). */
export function lightAndDark(token: Token): { light: string; dark: string } {
  return { light: PALETTE.light[token], dark: PALETTE.dark[token] };
}
