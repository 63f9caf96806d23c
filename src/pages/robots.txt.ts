// robots.txt, generated so the sitemap address comes from the one configured site URL.
import type { APIRoute } from 'astro';
import { siteUrl, withBase } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${withBase('/')}\n\nSitemap: ${siteUrl('/sitemap-index.xml', site!)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
