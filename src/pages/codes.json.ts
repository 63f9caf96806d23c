// /codes.json: every diagnosis-code mapping (content/codes.yaml) with full addresses in both languages, for record
// systems that fetch and cache. The link contract checks that every address in it opens a built page and section.
import type { APIRoute } from 'astro';
import { codesJson } from '../features/connect/codes-json';
import { articleHeadings, getArticles, getCodes } from '../model/queries';
import { BASE, BUILD_DAY } from '../config';

export const GET: APIRoute = async ({ site }) => {
  const [codes, en, es, enSections, esSections] = await Promise.all([
    getCodes(),
    getArticles('en'),
    getArticles('es'),
    articleHeadings('en'),
    articleHeadings('es'),
  ]);
  const titles = (list: typeof en) => new Map(list.map((a) => [a.id, a.data.title]));
  const doc = codesJson(codes, {
    site: site!.href,
    base: BASE,
    date: BUILD_DAY.toISOString().slice(0, 10),
    titles: { en: titles(en), es: titles(es) },
    sections: { en: enSections, es: esSections },
  });
  return new Response(JSON.stringify(doc, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
