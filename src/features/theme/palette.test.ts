// The colour tokens are written once (palette.ts); the stylesheets that declare them as CSS custom properties must
// say the same, token for token. A colour changed in one place and not the other fails here, naming the file, the
// theme and the token.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';
import { PALETTE, PRINT_PALETTE, TOKENS, lightAndDark, type Token } from './palette';

const GLOBAL_CSS = 'src/styles/global.css';
const PRINT_CSS = 'src/styles/print.css';

/** The custom properties declared directly in a rule or at-rule (not in the blocks nested in it), in order. */
function customProperties(node: Container): [string, string][] {
  return (node.nodes ?? []).flatMap((n) =>
    n.type === 'decl' && n.prop.startsWith('--') ? [[n.prop.slice(2), n.value] as [string, string]] : [],
  );
}

/** global.css's palettes: the light one in `:root`, the dark one in its `@variant dark-tokens` block. */
function screenPalettes(css: string, file = GLOBAL_CSS) {
  const root = postcss.parse(css, { from: file });
  const rule = root.nodes.find((n): n is Rule => n.type === 'rule' && n.selector === ':root');
  if (!rule) throw new Error(`${file}: no top-level :root rule with the colour tokens`);
  const dark = rule.nodes.find((n): n is AtRule => n.type === 'atrule' && n.params === 'dark-tokens');
  if (!dark) throw new Error(`${file}: the :root rule has no @variant dark-tokens block with the dark palette`);
  return { light: customProperties(rule), dark: customProperties(dark) };
}

/** print.css's palette: the custom properties of `:root` inside `@media print`. */
function printPalette(css: string, file = PRINT_CSS): [string, string][] {
  const root = postcss.parse(css, { from: file });
  const rule = root.nodes
    .filter((n): n is AtRule => n.type === 'atrule' && n.name === 'media' && n.params === 'print')
    .flatMap((m) => m.nodes ?? [])
    .find((n): n is Rule => n.type === 'rule' && n.selectors.includes(':root'));
  if (!rule) throw new Error(`${file}: no :root rule inside @media print`);
  return customProperties(rule);
}

/** How a stylesheet's declarations differ from the data: each problem names the file, the palette and the token. */
function mismatches(file: string, name: string, declared: [string, string][], data: Record<string, string>): string[] {
  const problems: string[] = [];
  const seen = new Map(declared);
  for (const [token, value] of Object.entries(data)) {
    if (!seen.has(token)) problems.push(`${file}: the ${name} palette does not declare --${token} (${value})`);
    else if (seen.get(token)!.toLowerCase() !== value.toLowerCase())
      problems.push(`${file}: --${token} in the ${name} palette is ${seen.get(token)}, palette.ts says ${value}`);
  }
  for (const [token] of declared)
    if (!(token in data)) problems.push(`${file}: --${token} in the ${name} palette is not in palette.ts`);
  return problems;
}

describe('the colour tokens', () => {
  const screen = screenPalettes(readFileSync(GLOBAL_CSS, 'utf8'));

  it('global.css declares the light and the dark palette of palette.ts, token for token, in order', () => {
    expect([
      ...mismatches(GLOBAL_CSS, 'light', screen.light, PALETTE.light),
      ...mismatches(GLOBAL_CSS, 'dark', screen.dark, PALETTE.dark),
    ]).toEqual([]);
    expect(screen.light.map(([t]) => t)).toEqual(TOKENS);
    expect(screen.dark.map(([t]) => t)).toEqual(TOKENS);
  });

  it('print.css declares the print palette of palette.ts', () => {
    expect(mismatches(PRINT_CSS, 'print', printPalette(readFileSync(PRINT_CSS, 'utf8')), PRINT_PALETTE)).toEqual([]);
  });

  it('names the file, the palette and the token when a colour differs, is missing or is extra', () => {
    // A stylesheet written from the data, then changed: one colour, one token renamed.
    const decls = (theme: 'light' | 'dark') => TOKENS.map((t) => `--${t}: ${PALETTE[theme][t]};`).join('\n');
    const css = `:root {\n${decls('light')}\ncolor-scheme: light;\n@variant dark-tokens {\n${decls('dark')}\n}\n}`
      .replace('--danger: #ff9c9c;', '--danger: #ff8f8f;')
      .replace('--mark: #fff0a8;', '--glow: #fff0a8;');
    expect(screenPalettes(css.replace('#ff8f8f', '#ff9c9c').replace('--glow', '--mark'))).toEqual({
      light: TOKENS.map((t) => [t, PALETTE.light[t]]),
      dark: TOKENS.map((t) => [t, PALETTE.dark[t]]),
    });
    const changed = screenPalettes(css);
    expect([
      ...mismatches(GLOBAL_CSS, 'light', changed.light, PALETTE.light),
      ...mismatches(GLOBAL_CSS, 'dark', changed.dark, PALETTE.dark),
    ]).toEqual([
      `${GLOBAL_CSS}: the light palette does not declare --mark (#fff0a8)`,
      `${GLOBAL_CSS}: --glow in the light palette is not in palette.ts`,
      `${GLOBAL_CSS}: --danger in the dark palette is #ff8f8f, palette.ts says #ff9c9c`,
    ]);
    expect(() => screenPalettes(':root { --surface: #fff; }', 'x.css')).toThrow(
      'x.css: the :root rule has no @variant dark-tokens block',
    );
    expect(() => printPalette('a { color: red; }', 'y.css')).toThrow('y.css: no :root rule inside @media print');
  });

  it('gives a token in both themes, for pages that follow the OS by media query', () => {
    expect(lightAndDark('danger')).toEqual({ light: PALETTE.light.danger, dark: PALETTE.dark.danger });
  });

  // WCAG 2.2's contrast ratio (its definitions of relative luminance and contrast ratio): a few lines of arithmetic,
  // so no colour library for it.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  /** What the site writes on what: text colours (4.5:1) and the focus indicator (3:1, WCAG 1.4.11). */
  const PAIRS: [Token, Token, number][] = [
    ['text', 'surface', 4.5],
    ['text', 'surface-alt', 4.5],
    ['text', 'accent-soft', 4.5],
    ['text', 'danger-surface', 4.5],
    ['text', 'mark', 4.5],
    ['muted', 'surface', 4.5],
    ['muted', 'surface-alt', 4.5],
    ['accent', 'surface', 4.5],
    ['accent', 'surface-alt', 4.5],
    ['accent-strong', 'surface', 4.5],
    ['danger', 'surface', 4.5],
    ['danger', 'danger-surface', 4.5],
    ['surface', 'accent', 4.5],
    ['focus', 'surface', 3],
  ];

  it.each(['light', 'dark'] as const)('%s: every pair the site puts together has enough contrast', (theme) => {
    const low = PAIRS.filter(([fg, bg, min]) => contrast(PALETTE[theme][fg], PALETTE[theme][bg]) < min).map(
      ([fg, bg, min]) => `${fg} on ${bg}: ${contrast(PALETTE[theme][fg], PALETTE[theme][bg]).toFixed(2)} < ${min}`,
    );
    expect(low).toEqual([]);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
