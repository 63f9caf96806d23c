// /codes.json and the /connect/ pages on the built site: every mapping with full addresses in both languages that
// open built pages and sections, the code system and the date; the list a reader without JavaScript sees; and the
// table the page's script reads, holding only paths of this site.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { readLinkRegistry } from '../../model/link-registry';
import { readSite } from '../links/build/site';
import { addressesIn, unresolvedAddresses } from '../links/data-files';
import { readCodes } from '../../model/read';
import { ICD10CM_OID } from '../../lib/icd10';
import type { CodesJsonMapping } from './codes-json';
import type { TableRow } from './request';

const SITE = readFileSync('dist/robots.txt', 'utf8').match(/Sitemap: (https?:\/\/[^/]+)/)![1];
const { site, ids } = readSite('dist', readLinkRegistry());
const isFile = (path: string) => existsSync(join('dist', path)) && statSync(join('dist', path)).isFile();
const json = JSON.parse(readFileSync('dist/codes.json', 'utf8')) as {
  codeSystem: { name: string; oid: string };
  date: string;
  connect: { en: string; es: string };
  mappings: CodesJsonMapping[];
};
const page = (path: string) => parseHTML(readFileSync(`dist${path}index.html`, 'utf8')).document;

describe('/codes.json', () => {
  it('gives the code system, the date and every mapping of content/codes.yaml', () => {
    expect(json.codeSystem).toEqual({ name: 'ICD-10-CM', oid: ICD10CM_OID });
    expect(json.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.connect).toEqual({ en: `${SITE}/connect/`, es: `${SITE}/es/connect/` });
    expect(json.mappings.map((m) => m.code)).toEqual(readCodes().mappings.map((m) => m.code));
  });

  it('gives full addresses in both languages that open built pages and sections', () => {
    const withPages = json.mappings.filter((m) => m.en);
    expect(withPages.length).toBeGreaterThan(25);
    for (const m of withPages) {
      expect(m.en!.url.startsWith(`${SITE}/guide/`), m.code).toBe(true);
      expect(m.es!.url.startsWith(`${SITE}/es/guide/`), m.code).toBe(true);
      expect(m.en!.title.length, m.code).toBeGreaterThan(5);
    }
    const urls = addressesIn(readFileSync('dist/codes.json', 'utf8'), `${SITE}/`);
    expect(urls.length).toBeGreaterThan(20);
    expect(unresolvedAddresses(urls, `${SITE}/`, site, ids, isFile)).toEqual([]);
  });

  it('answers PTSD with the trauma page in both languages, and marks general Spanish pages (none now)', () => {
    const ptsd = json.mappings.find((m) => m.code === 'F43.1')!;
    expect(ptsd.en!.url).toBe(`${SITE}/guide/trauma-and-ptsd/`);
    expect(ptsd.es).toEqual({
      url: `${SITE}/es/guide/trauma-and-ptsd/`,
      title: expect.stringMatching(/TEPT/),
      general: false,
    });
    expect(json.mappings.find((m) => m.code === 'F50')!.es).toMatchObject({
      url: `${SITE}/es/guide/eating-disorder-iop/`,
      general: false,
    });
    expect(json.mappings.filter((m) => m.es?.general).map((m) => m.code)).toEqual([]);
    expect(json.mappings.find((m) => m.code === 'F17')).toMatchObject({ en: null, es: null, none: expect.any(String) });
  });

  it('is listed in /links.json with the feeds', () => {
    const links = JSON.parse(readFileSync('dist/links.json', 'utf8')) as { data: { url: string; type: string }[] };
    expect(links.data.map((d) => d.url)).toEqual([
      `${SITE}/codes.json`,
      `${SITE}/feed.json`,
      `${SITE}/es/feed.json`,
      `${SITE}/changes.xml`,
      `${SITE}/es/changes.xml`,
    ]);
  });
});

describe('/connect/ and /es/connect/', () => {
  it('lists every code with its page in the page’s language, as links a reader without JavaScript can follow', () => {
    for (const [path, prefix] of [
      ['/connect/', '/guide/'],
      ['/es/connect/', '/es/guide/'],
    ]) {
      const doc = page(path);
      const rows = [...doc.querySelectorAll('.connect-table tbody tr')];
      expect(rows.length, path).toBe(json.mappings.length);
      const links = rows.flatMap((r) => [...r.querySelectorAll('a')].map((a) => a.getAttribute('href')!));
      expect(links.length, path).toBe(json.mappings.filter((m) => m.en).length);
      for (const href of links) expect(href.startsWith(prefix), `${path} ${href}`).toBe(true);
      const f431 = rows.find((r) => r.querySelector('th')?.textContent?.trim() === 'F43.1')!;
      expect(f431.querySelector('a')!.getAttribute('href'), path).toBe(`${prefix}trauma-and-ptsd/`);
    }
  });

  it('hides the problem block until the script shows it, with search, the guide and the crisis lines in it', () => {
    const doc = page('/connect/');
    const block = doc.querySelector('[data-problem]')!;
    expect(block.hasAttribute('hidden')).toBe(true);
    expect([...block.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(['/search/', '/guide/', '/guide/what-is-iop/', '/get-help/']),
    );
    expect(block.querySelector('.crisis-box')?.textContent).toContain('988');
    expect([...block.querySelectorAll('[data-problem-text]')].map((p) => p.getAttribute('data-problem-text'))).toEqual([
      'missing',
      'malformed',
      'system',
      'unknown',
    ]);
  });

  it('writes the table the script reads with paths of this site only', () => {
    for (const [path, other] of [
      ['/connect/', '/es/connect/'],
      ['/es/connect/', '/connect/'],
    ]) {
      const element = page(path).querySelector('iop-connect')!;
      expect(element.getAttribute('data-other')).toBe(other);
      const rows = JSON.parse(element.querySelector('[data-codes]')!.textContent!) as TableRow[];
      expect(rows.length).toBe(json.mappings.length);
      for (const [low, high, en, es] of rows) {
        expect(high > low).toBe(true);
        for (const p of [en, es].filter(Boolean)) expect(site.has(p.split('#')[0]), p).toBe(true);
      }
    }
  });
});
