// The check that every handout's two short addresses are registered in content/links.yaml and lead where they
// should: a cross-reference between two content files, so it lives with the content model.
import { sitePaths } from '../lib/urls.ts';
import { localePaths } from '../i18n/lang.ts';

/** The fields of a handout the check reads. */
export interface HandoutShort {
  id: string;
  short: string;
  article: string;
}

/**
 * Problems with handouts' short addresses: each handout has two, registered under `short:` in content/links.yaml:
 * /h/<code>/ leads to the handout's article (it is printed on the sheet), and /p/<code>/ to the handout itself. No two
 * handouts may share a code. Each problem names the file and what to do.
 */
export function shortLinkProblems(
  handouts: readonly HandoutShort[],
  short: Record<string, string>,
  lang: 'en' | 'es' = 'en',
): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  // Registry keys are site paths without the base; a Spanish handout's address is under /es/.
  const site = lang === 'es' ? localePaths('es', '/') : sitePaths;
  const folder = lang === 'es' ? 'content/es/handouts' : 'content/handouts';
  for (const h of handouts) {
    if (seen.has(h.short))
      problems.push(`${folder}/${h.id}.mdx: short: "${h.short}" is also used by ${seen.get(h.short)}`);
    seen.set(h.short, h.id);
    for (const [from, to, what] of [
      [site.shortLink(h.short), site.article(h.article), 'the page this handout sums up'],
      [site.handoutShortLink(h.short), site.handout(h.id), 'this handout'],
    ]) {
      if (short[from] === undefined)
        problems.push(
          `${folder}/${h.id}.mdx: short: ${from} is not registered. Add "${from}: ${to}" under "short:" in content/links.yaml.`,
        );
      else if (short[from] !== to)
        problems.push(
          `${folder}/${h.id}.mdx: short: ${from} leads to ${short[from]} in content/links.yaml, not to ${to}, ${what}.`,
        );
    }
  }
  return problems;
}
