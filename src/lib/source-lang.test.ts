import { describe, expect, it } from 'vitest';
import { sourceLang } from './source-lang';

describe('sourceLang', () => {
  it('knows the Spanish editions of agency sites by host or path', () => {
    expect(sourceLang('https://es.medicare.gov/coverage/mental-health-care-partial-hospitalization')).toBe('es');
    expect(sourceLang('https://www.cuidadodesalud.gov/es/appeal-insurance-company-decision/internal-appeals/')).toBe(
      'es',
    );
    expect(sourceLang('https://nida.nih.gov/es/node/38234')).toBe('es');
    expect(sourceLang('https://medlineplus.gov/spanish/ency/article/001942.htm')).toBe('es');
  });
  it('takes every other source as English', () => {
    expect(sourceLang('https://www.medicare.gov/coverage/intensive-outpatient-program-services')).toBe('en');
    expect(sourceLang('https://www.samhsa.gov/find-help/national-helpline')).toBe('en');
    expect(sourceLang('https://www.ecfr.gov/current/title-42/part-2')).toBe('en');
    expect(sourceLang('https://www.example.org/estudio')).toBe('en');
  });
});
