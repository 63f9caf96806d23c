// /changes.xml: the Atom feed of pages whose dated facts changed or are about to (src/features/feeds/), on the day the
// site is built for. Also /es/changes.xml.
import type { APIRoute } from 'astro';
import { buildChangesFeed } from '../features/feeds/build';
import { localeOf } from '../i18n/lang';
import { BUILD_DAY } from '../config';

export const GET: APIRoute = async ({ site, url }) =>
  new Response(await buildChangesFeed(localeOf(url).lang, site!.href, BUILD_DAY), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
