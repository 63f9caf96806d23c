// The palette in the built site: the stylesheet every page loads declares palette.ts's colours after Tailwind and
// minifying (light, dark by pick, dark by the OS, and paper), and the error pages' stylesheet uses the palette's
// danger colours and no other colour.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Container } from 'postcss';
import { DIST, requireBuiltSite } from '../../../tests/helpers/dist';
import { PALETTE, PRINT_PALETTE } from './palette';

/** A hex colour as six lower-case digits (the minifier writes #ffffff as #fff). */
const hex6 = (c: string) => {
  const h = c.toLowerCase().replace(/^#/, '');
  return `#${h.length === 3 ? [...h].map((d) => d + d).join('') : h}`;
};
/** A palette with every colour as six digits. */
const six = (p: Record<string, string>) => Object.fromEntries(Object.entries(p).map(([t, c]) => [t, hex6(c)]));

/** The custom properties of each rule with `selector` (inside `@media params` when given), colours as six digits. */
function declared(root: Container, selector: string, media?: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  root.walkRules(selector, (rule) => {
    const parent = rule.parent;
    const inMedia = parent?.type === 'atrule' ? (parent as unknown as { params: string }).params : undefined;
    if (inMedia !== media) return;
    found.push(
      Object.fromEntries(
        (rule.nodes ?? []).flatMap((n) =>
          n.type === 'decl' && n.prop.startsWith('--') && /^#[0-9a-f]+$/i.test(n.value)
            ? [[n.prop.slice(2), hex6(n.value)]]
            : [],
        ),
      ),
    );
  });
  return found;
}

describe('the palette in the built site', () => {
  requireBuiltSite();
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  const sheets = [...home.matchAll(/<link rel="stylesheet" href="\/([^"]+\.css)"/g)].map((m) =>
    readFileSync(join(DIST, m[1]), 'utf8'),
  );
  const css = postcss.parse(sheets.find((s) => s.includes('--surface:')) ?? '');

  it('the stylesheet every page loads declares the light, the dark and the print palette', () => {
    expect(declared(css, ':root')).toContainEqual(six(PALETTE.light));
    expect(declared(css, ':root:where([data-theme=dark])')).toEqual([six(PALETTE.dark)]);
    expect(declared(css, ':root:where(:not([data-theme=light]))', '(prefers-color-scheme:dark)')).toEqual([
      six(PALETTE.dark),
    ]);
    expect(declared(css, ':root,:root[data-theme=dark]', 'print')).toEqual([six(PRINT_PALETTE)]);
  });

  it("the error pages' stylesheet uses the palette's danger colours, light and dark, and no other colour", () => {
    const errorCss = readFileSync(join(DIST, 'errors/error.css'), 'utf8');
    expect(new Set(errorCss.match(/#[0-9a-f]{3,8}\b/gi))).toEqual(new Set([PALETTE.light.danger, PALETTE.dark.danger]));
    expect(errorCss).toContain(`.action { border-color: ${PALETTE.dark.danger}; color: ${PALETTE.dark.danger}; }`);
  });
});
