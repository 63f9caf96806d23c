// Reading infobutton requests and answering them from the table the build writes from the real content/codes.yaml:
// each mapping in both languages, the fallback chain, and bad input of every kind (nothing from it is ever returned).
import { describe, expect, it } from 'vitest';
import { answer, languageOf, pageFor, readRequest, type TableRow } from './request';
import { codeTable } from './table';
import { resolveCodes } from '../../model/codes';
import { readCodes, readKind, readSpanishKind } from '../../model/read';
import { headingIds } from '../../model/build/cross-refs';
import { localePaths } from '../../i18n/lang';

const articles = (list: { id: string; body: string }[]) =>
  new Map(list.map((a) => [a.id, new Set(headingIds(a.body))]));
const rows: TableRow[] = codeTable(
  resolveCodes(readCodes(), { en: articles(readKind('articles')), es: articles(readSpanishKind('articles')) }),
);
const en = localePaths('en');
const es = localePaths('es');
/** The answer to a query string on the English (or Spanish) page. */
const ask = (query: string, page: 'en' | 'es' = 'en') => answer(rows, readRequest(query), page);
const go = (to: string) => ({ kind: 'go', to });
const problem = (p: string) => ({ kind: 'problem', problem: p });
const ICD = 'mainSearchCriteria.v.cs=2.16.840.1.113883.6.90';

describe('reading a request', () => {
  it('reads the standard parameters, names in any case', () => {
    expect(
      readRequest(
        `?${ICD}&mainSearchCriteria.v.c=F43.10&mainSearchCriteria.v.dn=PTSD&informationRecipient.languageCode.c=es`,
      ),
    ).toEqual({ asked: true, codes: [{ code: 'F43.10', system: '2.16.840.1.113883.6.90' }], lang: 'es' });
    expect(readRequest('?MAINSEARCHCRITERIA.V.C=f4310&InformationRecipient.LanguageCode.C=EN')).toEqual({
      asked: true,
      codes: [{ code: 'f4310' }],
      lang: 'en',
    });
  });

  it('reads numbered criteria in order, each with its own code system', () => {
    expect(
      readRequest('?mainSearchCriteria.v.c1=Z63.72&mainSearchCriteria.v.c=J45.909&mainSearchCriteria.v.cs1=ICD-10-CM'),
    ).toEqual({ asked: true, codes: [{ code: 'J45.909' }, { code: 'Z63.72', system: 'ICD-10-CM' }] });
  });

  it('reads Spanish from es, sp, spa and tags with a region; anything else is English', () => {
    for (const v of ['es', 'ES', 'sp', 'spa', 'es-US', 'es_MX', 'es-419']) expect(languageOf(v), v).toBe('es');
    for (const v of ['en', 'en-US', 'fr', 'zh', 'x']) expect(languageOf(v), v).toBe('en');
    expect(languageOf('')).toBeUndefined();
  });

  it('tells a page being read from a request, and leaves out empty codes', () => {
    expect(readRequest('')).toEqual({ asked: false, codes: [] });
    expect(readRequest('?utm_source=x')).toEqual({ asked: false, codes: [] });
    expect(readRequest('?mainSearchCriteria.v.c=')).toEqual({ asked: true, codes: [] });
  });
});

describe('answering a request', () => {
  it('opens the page of each kind of mapping, in English by default', () => {
    expect(ask(`?${ICD}&mainSearchCriteria.v.c=F43.10`)).toEqual(go(en.article('trauma-and-ptsd')));
    expect(ask('?mainSearchCriteria.v.c=F11.20')).toEqual(
      go(en.article('therapies-and-services', 'medicines-for-opioid-use-disorder')),
    );
    expect(ask('?mainSearchCriteria.v.c=F10.239')).toEqual(go(en.article('stopping-alcohol-or-sedatives-safely')));
    expect(ask('?mainSearchCriteria.v.c=F50.00')).toEqual(go(en.article('eating-disorder-iop')));
    expect(ask('?mainSearchCriteria.v.c=O99.345')).toEqual(
      go(en.article('pregnancy-and-postpartum', 'depression-and-anxiety-during-and-after-pregnancy')),
    );
    expect(ask('?mainSearchCriteria.v.c=Z63.72')).toEqual(go(en.article('for-families')));
  });

  it('opens the Spanish page when Spanish is asked for, on either page', () => {
    const ptsd = go(es.article('trauma-and-ptsd'));
    expect(ask(`?${ICD}&mainSearchCriteria.v.c=F43.10&informationRecipient.languageCode.c=es`)).toEqual(ptsd);
    expect(ask('?mainSearchCriteria.v.c=F4310&informationRecipient.languageCode.c=sp', 'es')).toEqual(ptsd);
    expect(ask('?mainSearchCriteria.v.c=F43.10', 'es')).toEqual(ptsd);
    expect(ask('?mainSearchCriteria.v.c=F43.10&informationRecipient.languageCode.c=en', 'es')).toEqual(
      go(en.article('trauma-and-ptsd')),
    );
    expect(ask('?mainSearchCriteria.v.c=F11.20&informationRecipient.languageCode.c=es')).toEqual(
      go(es.article('therapies-and-services', 'medicines-for-opioid-use-disorder')),
    );
  });

  it('follows the chain: the code, its range, then the page’s Spanish twin', () => {
    expect(ask('?mainSearchCriteria.v.c=F42.2')).toEqual(
      go(en.article('mental-health-and-substance-use-iop', 'what-a-mental-health-iop-focuses-on')),
    );
    expect(ask('?mainSearchCriteria.v.c=F14.20')).toEqual(
      go(en.article('mental-health-and-substance-use-iop', 'what-a-substance-use-iop-adds')),
    );
    expect(ask('?mainSearchCriteria.v.c=F10.20&informationRecipient.languageCode.c=es')).toEqual(
      go(es.article('stopping-alcohol-or-sedatives-safely')),
    );
    expect(ask('?mainSearchCriteria.v.c=F50.2&informationRecipient.languageCode.c=es')).toEqual(
      go(es.article('eating-disorder-iop')),
    );
    expect(ask('?mainSearchCriteria.v.c=F99')).toEqual(go(en.article('what-is-iop')));
  });

  it('opens the first code that has a page', () => {
    expect(ask('?mainSearchCriteria.v.c=J45.909&mainSearchCriteria.v.c1=F43.12')).toEqual(
      go(en.article('trauma-and-ptsd')),
    );
  });

  it('says why when there is no page, and never returns anything from the request', () => {
    expect(ask('?mainSearchCriteria.v.c=J45.909')).toEqual(problem('unknown'));
    expect(ask('?mainSearchCriteria.v.c=F17.210')).toEqual(problem('unknown'));
    expect(ask('?mainSearchCriteria.v.c=O99.330')).toEqual(problem('unknown'));
    expect(ask('?informationRecipient.languageCode.c=en')).toEqual(problem('missing'));
    expect(ask('?mainSearchCriteria.v.c=')).toEqual(problem('missing'));
    expect(ask('?mainSearchCriteria.v.c=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).toEqual(problem('malformed'));
    expect(ask('?mainSearchCriteria.v.c=F43.1' + '0'.repeat(100))).toEqual(problem('malformed'));
    expect(ask('?mainSearchCriteria.v.c=javascript:alert(1)')).toEqual(problem('malformed'));
    expect(ask('?mainSearchCriteria.v.c=309.81&mainSearchCriteria.v.cs=2.16.840.1.113883.6.103')).toEqual(
      problem('system'),
    );
    expect(ask('?mainSearchCriteria.v.c=47505003&mainSearchCriteria.v.cs=2.16.840.1.113883.6.96')).toEqual(
      problem('system'),
    );
  });

  it('shows a Spanish request’s problem on the Spanish page, and an English one on the English page', () => {
    expect(ask('?mainSearchCriteria.v.c=J45.909&informationRecipient.languageCode.c=es')).toEqual({
      kind: 'switch',
      lang: 'es',
    });
    expect(ask('?mainSearchCriteria.v.c=J45.909&informationRecipient.languageCode.c=es', 'es')).toEqual(
      problem('unknown'),
    );
    expect(ask('?mainSearchCriteria.v.c=XX&informationRecipient.languageCode.c=en', 'es')).toEqual({
      kind: 'switch',
      lang: 'en',
    });
  });

  it('leaves the page as it is when nothing is asked', () => {
    expect(ask('')).toEqual({ kind: 'idle' });
    expect(ask('?q=F43.10')).toEqual({ kind: 'idle' });
  });

  it('only ever opens a path from the table', () => {
    const paths = new Set(rows.flatMap((r) => [r[2], r[3]]));
    for (const code of ['F43.10', 'F11.20', 'Z56.0', 'F32.A', 'F53.0', 'Z65.1'])
      for (const lang of ['en', 'es'] as const) {
        const page = pageFor(rows, { code }, lang);
        expect(paths.has(page), `${code} ${lang}`).toBe(true);
      }
  });
});
