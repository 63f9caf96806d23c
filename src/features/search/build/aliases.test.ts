import { describe, expect, it } from 'vitest';
import { buildAliasMap, targetUrl } from './aliases';
import { parseAliasFile } from '../../../model/search-aliases';
import { localePaths } from '../../../i18n/lang';
import { makePaths } from '../../../lib/urls';

const levels = [
  { id: 'php', name: 'Partial hospitalization program', shortName: 'PHP', aliases: ['day program', 'day treatment'] },
];

describe('targetUrl', () => {
  it('builds every kind of target through the URL builder', () => {
    expect(targetUrl({ article: 'iop-vs-php' })).toBe('/guide/iop-vs-php/');
    expect(targetUrl({ article: 'paying-for-iop', section: 'medicare' })).toBe('/guide/paying-for-iop/#medicare');
    expect(targetUrl({ faq: 'can-i-keep-working' })).toBe('/faq/can-i-keep-working/');
    expect(targetUrl({ glossary: 'moud' })).toBe('/glossary/#moud');
    expect(targetUrl({ path: '/tools/questions/' })).toBe('/tools/questions/');
  });

  it('puts a page given by path under the language and the base path', () => {
    expect(targetUrl({ path: '/tools/questions/' }, localePaths('es', '/'))).toBe('/es/tools/questions/');
    expect(targetUrl({ path: '/tools/questions/' }, makePaths('/iop/'))).toBe('/iop/tools/questions/');
    expect(targetUrl({ path: '/tools/questions/' }, localePaths('es', '/iop/'))).toBe('/iop/es/tools/questions/');
    expect(() => parseAliasFile('groups:\n  - words: [list]\n    to: [{ path: tools/questions }]\n')).toThrow(
      /groups\.0\.to\.0/,
    );
  });
});

describe('buildAliasMap', () => {
  it('merges level aliases, groups and glossary aliases by page and fragment, without duplicates', () => {
    const file = parseAliasFile(
      'levels:\n  php: [{ article: iop-vs-php }, { glossary: php }]\ngroups:\n  - words: [Day program, rehab]\n    to: [{ article: iop-vs-php }]\n',
    );
    const map = buildAliasMap(file, levels, [
      { id: 'php', aliases: ['day hospital'] },
      { id: 'cbt', aliases: [] },
    ]);
    expect(map.get('/guide/iop-vs-php/')?.get('')).toEqual([
      'Partial hospitalization program',
      'PHP',
      'day program',
      'day treatment',
      'rehab',
    ]);
    expect(map.get('/glossary/')?.get('php')).toEqual([
      'Partial hospitalization program',
      'PHP',
      'day program',
      'day treatment',
      'day hospital',
    ]);
    expect(map.get('/glossary/')?.has('cbt')).toBe(false);
  });

  it('fails on a level id with no content/levels file', () => {
    const file = parseAliasFile('levels:\n  rtc: [{ article: x }]\ngroups: []\n');
    expect(() => buildAliasMap(file, levels, [])).toThrow(/aliases\.yaml: levels\.rtc: no content\/levels\/rtc\.yaml/);
  });
});
