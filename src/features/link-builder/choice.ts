/**
 * The builder's choice in its own address: /clinics/links/?page=/guide/iop-vs-php/&part=how-iop-and-php-differ, so a
 * reload, Back, or a link one colleague sends another opens the builder on the same page and part. Pure.
 */

/** The page and part named in a query string (empty strings when absent); never throws on a malformed one. */
export function readChoice(search: string): { page: string; part: string } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  return { page: params.get('page') ?? '', part: params.get('part') ?? '' };
}

/** The query string for a choice ("?page=%2Fguide%2Fiop-vs-php%2F&part=..."), the part left out when there is none. */
export function choiceQuery(page: string, part: string): string {
  const params = new URLSearchParams({ page });
  if (part) params.set('part', part);
  return `?${params}`;
}
