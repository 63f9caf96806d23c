import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { sectionLinks } from './plugin';

const compile = (mdx: string) => (mdxToJs(mdx, { hastPlugins: [sectionLinks()] }) as { code: string }).code;

describe('section links', () => {
  it('give h2 and h3 the id Astro would, with a link to itself beside the heading', () => {
    const js = compile('## What IOP costs\n\nText.\n\n### Medicare\n\n## What IOP costs\n');
    expect(js).toContain('id: "what-iop-costs"');
    expect(js).toContain('id: "what-iop-costs-1"');
    expect(js).toContain('href: "#medicare"');
    expect(js).toContain('Link to this section: Medicare');
  });
  it('take an explicit id from a {/* #id */} comment, so a translation keeps the same anchor', () => {
    const js = compile('## ¿Cuánto cuesta un IOP? {/* #what-iop-costs */}\n\nTexto.\n');
    expect(js).toContain('id: "what-iop-costs"');
    expect(js).toContain('href: "#what-iop-costs"');
    expect(js).not.toContain('cuanto-cuesta');
    // The comment is not part of the heading's words (the section's label, and the TOC and link titles after it).
    expect(js).toContain('section: ¿Cuánto cuesta un IOP?"');
    expect(js).not.toContain('/* #what-iop-costs */');
  });
  it('leave the id comment out of the heading and of every label made from its words', () => {
    const js = compile('## ¿Cuánto cuesta un IOP? {/* #what-iop-costs */}\n\nTexto.\n');
    expect(js).toContain('children: "¿Cuánto cuesta un IOP?"');
    expect(js).toContain('Link to this section: ¿Cuánto cuesta un IOP?"');
    expect(js).not.toContain('/*');
    expect(js).not.toContain('#what-iop-costs */');
  });
});
