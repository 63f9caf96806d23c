// content/links.yaml's schema and the redirects it serves.
import { describe, expect, it } from 'vitest';
import { parseRegistry, readLinkRegistry, redirectsOf } from './link-registry';

describe('the link registry', () => {
  it('reads the project registry', () => {
    expect(Object.keys(readLinkRegistry().pages)).toContain('/');
  });
});
