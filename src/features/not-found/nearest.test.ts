import { describe, expect, it } from 'vitest';
import { nearestPage, normalizePath, type PageRef } from './nearest';

const pages: PageRef[] = [
  { path: '/', title: 'Home page' },
  { path: '/guide/', title: 'The guide: all topics' },
  { path: '/guide/what-is-iop/', title: 'What is IOP?' },
  { path: '/guide/iop-vs-php/', title: 'IOP vs PHP' },
  { path: '/guide/paying-for-iop/', title: 'Paying for IOP' },
  { path: '/faq/keep-working/', title: 'Can I keep working during IOP?' },
  { path: '/es/guide/what-is-iop/', title: '¿Qué es un IOP?' },
  { path: '/es/guide/iop-vs-php/', title: 'IOP frente a PHP' },
  { path: '/h/what/', title: 'What is IOP?', href: '/guide/what-is-iop/' },
  { path: '/h/vs/', title: 'IOP vs PHP', href: '/guide/iop-vs-php/' },
  { path: '/es/h/what/', title: '¿Qué es un IOP?', href: '/es/guide/what-is-iop/' },
];
const near = (typed: string, base?: string) => nearestPage(typed, pages, base)?.title;

describe('normalizePath', () => {
  it('makes a typed address comparable with the site’s paths', () => {
    expect(normalizePath('/Guide/What-Is-IOP')).toBe('/guide/what-is-iop/');
    expect(normalizePath('/guide//what_is iop/index.html')).toBe('/guide/what-is-iop/');
    expect(normalizePath('/guide/what%20is%20iop')).toBe('/guide/what-is-iop/');
    expect(normalizePath('/iop/guide/x/', '/iop/')).toBe('/guide/x/');
    expect(normalizePath('/%E0%A4%A')).toBe('/%e0%a4%a/');
    expect(normalizePath('/guide/x/?q=1#top')).toBe('/guide/x/');
  });
});

describe('the nearest page to a mistyped address', () => {
  it('finds the page a reader meant: a missing hyphen, a swap, capitals, a missing folder', () => {
    expect(near('/guide/whatis-iop')).toBe('What is IOP?');
    expect(near('/guide/waht-is-iop/')).toBe('What is IOP?');
    expect(near('/GUIDE/WHAT-IS-IOP/')).toBe('What is IOP?');
    expect(near('/whatis-iop/')).toBe('What is IOP?');
    expect(near('/guide/paying-for-iop.html')).toBe('Paying for IOP');
    expect(near('/faq/keep-workin/')).toBe('Can I keep working during IOP?');
  });
  it('finds short addresses typed wrong or in capitals, linking straight to the page they open', () => {
    expect(nearestPage('/h/wat/', pages)).toEqual(pages[8]);
    expect(nearestPage('/H/VS', pages)?.href).toBe('/guide/iop-vs-php/');
    expect(near('/es/h/wht/')).toBe('¿Qué es un IOP?');
  });
  it('prefers the page in the language of the typed address', () => {
    expect(near('/es/guide/whatis-iop/')).toBe('¿Qué es un IOP?');
    expect(near('/es/whatis-iop/')).toBe('¿Qué es un IOP?');
    expect(near('/whatis-iop/')).toBe('What is IOP?');
  });
  it('works under a base path', () => {
    expect(near('/iop/guide/whatis-iop/', '/iop/')).toBe('What is IOP?');
  });
  it('offers nothing when no page is near', () => {
    expect(near('/completely/unrelated/address/')).toBeUndefined();
    expect(near('/xyz/')).toBeUndefined();
    expect(nearestPage('/guide/whatis-iop', [])).toBeUndefined();
  });
});
