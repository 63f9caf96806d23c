import { describe, expect, it } from 'vitest';
import { selfLinkLabel, shareUrl } from './markup';

describe('self links', () => {
  it('share an absolute address without the search highlight', () => {
    expect(shareUrl('#medicare', 'https://iopguide.org/guide/paying-for-iop/?highlight=medicare#top')).toBe(
      'https://iopguide.org/guide/paying-for-iop/#medicare',
    );
    expect(shareUrl('/faq/keep-working/', 'https://iopguide.org/faq/')).toBe('https://iopguide.org/faq/keep-working/');
  });
  it('name what they link to for screen readers', () => {
    expect(selfLinkLabel('section', 'Medicare')).toBe('Link to this section: Medicare');
  });
});
