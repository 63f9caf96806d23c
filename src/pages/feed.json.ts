// /feed.json: JSON Feed 1.1 of every English article, FAQ answer and handout (src/features/feeds/). Also /es/feed.json.
import type { APIRoute } from 'astro';
import { buildJsonFeed } from '../features/feeds/build';
import { localeOf } from '../i18n/lang';

export const GET: APIRoute = async ({ site, url }) =>
  new Response(JSON.stringify(await buildJsonFeed(localeOf(url).lang, site!.href), null, 1), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
