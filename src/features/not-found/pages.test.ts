import { describe, expect, it } from 'vitest';
import { notFoundData, notFoundPages, readNotFoundData } from './pages';

const titles = new Map([
  ['/guide/what-is-iop/', { title: 'What is IOP?' }],
  ['/404.html', { title: 'Page not found' }],
  ['/handouts/iop-vs-php/', { title: 'IOP vs PHP </script>' }],
]);

describe('the 404 page’s list of pages', () => {
  it('lists pages and short addresses (leading to the page they open), never the 404 page', () => {
    const pages = notFoundPages(titles, { '/h/what/': '/guide/what-is-iop/', '/h/gone/': '/nowhere/' });
    expect(pages).toEqual([
      { path: '/guide/what-is-iop/', title: 'What is IOP?' },
      { path: '/handouts/iop-vs-php/', title: 'IOP vs PHP </script>' },
      { path: '/h/what/', title: 'What is IOP?', href: '/guide/what-is-iop/' },
    ]);
  });
  it('ships as a JSON data block that cannot close its script element, and reads back the same', () => {
    const pages = notFoundPages(titles, { '/h/what/': '/guide/what-is-iop/' });
    const data = notFoundData(pages);
    expect(data).not.toContain('</script>');
    expect(readNotFoundData(data)).toEqual(pages);
  });
});
